import type { Db } from '@core/db/sqlite';
import type { Consent } from '@shared/contract/consents';
import type { DisclosureScope } from '@shared/domain/consent';

interface ConsentRow {
  id: string;
  couple_id: string;
  partner: Consent['partner'];
  recipient_kind: Consent['recipientKind'];
  recipient_name: string | null;
  purpose: string;
  scope: string;
  signed_on: string;
  expires_on: string | null;
  expiry_event: string | null;
  revoked_on: string | null;
  created_at: string;
}

function toConsent(row: ConsentRow): Consent {
  return {
    id: row.id,
    coupleId: row.couple_id,
    partner: row.partner,
    recipientKind: row.recipient_kind,
    recipientName: row.recipient_name,
    purpose: row.purpose,
    scope: JSON.parse(row.scope) as DisclosureScope[],
    signedOn: row.signed_on,
    expiresOn: row.expires_on,
    expiryEvent: row.expiry_event,
    revokedOn: row.revoked_on,
    createdAt: row.created_at,
  };
}

export type NewConsent = Omit<Consent, 'revokedOn'>;

export function createConsentsRepo(db: Db) {
  return {
    /** Both partners' consents, newest signed first. */
    list(coupleId: string): Consent[] {
      const rows = db
        .prepare('SELECT * FROM consents WHERE couple_id = ? ORDER BY signed_on DESC, created_at DESC, id')
        .all(coupleId) as ConsentRow[];
      return rows.map(toConsent);
    },

    get(id: string): Consent | null {
      const row = db.prepare('SELECT * FROM consents WHERE id = ?').get(id) as ConsentRow | undefined;
      return row ? toConsent(row) : null;
    },

    insert(consent: NewConsent): void {
      db.prepare(`
        INSERT INTO consents (id, couple_id, partner, recipient_kind, recipient_name, purpose, scope,
          signed_on, expires_on, expiry_event, created_at)
        VALUES (@id, @couple_id, @partner, @recipient_kind, @recipient_name, @purpose, @scope,
          @signed_on, @expires_on, @expiry_event, @created_at)`).run({
        id: consent.id,
        couple_id: consent.coupleId,
        partner: consent.partner,
        recipient_kind: consent.recipientKind,
        recipient_name: consent.recipientName,
        purpose: consent.purpose,
        scope: JSON.stringify(consent.scope),
        signed_on: consent.signedOn,
        expires_on: consent.expiresOn,
        expiry_event: consent.expiryEvent,
        created_at: consent.createdAt,
      });
    },

    revoke(id: string, revokedOn: string): void {
      db.prepare('UPDATE consents SET revoked_on = ? WHERE id = ?').run(revokedOn, id);
    },
  };
}
