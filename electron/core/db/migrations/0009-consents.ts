import type { Migration } from './types';

/**
 * 42 CFR Part 2 consents, one partner each (`partner` 'A' or 'B' as the partners table
 * positions them). The scope is a JSON array of the kinds of information allowed
 * (`shared/domain/consent.ts`). A consent is never edited or deleted: a partner revokes it, and
 * the revocation date is the one change allowed, once. The triggers hold that line under the
 * services, so a report made under a consent can always be traced to the terms it relied on.
 */
export const migration0009: Migration = {
  version: 9,
  name: 'consents',
  up(db) {
    db.exec(`
      CREATE TABLE consents (
        id TEXT PRIMARY KEY,
        couple_id TEXT NOT NULL REFERENCES couples (id),
        partner TEXT NOT NULL CHECK (partner IN ('A', 'B')),
        recipient_kind TEXT NOT NULL
          CHECK (recipient_kind IN ('couple', 'referringProgramme', 'insurer', 'court', 'other')),
        recipient_name TEXT,
        purpose TEXT NOT NULL CHECK (length(purpose) BETWEEN 1 AND 500),
        scope TEXT NOT NULL CHECK (json_valid(scope) AND json_array_length(scope) >= 1),
        signed_on TEXT NOT NULL,
        expires_on TEXT CHECK (expires_on IS NULL OR expires_on > signed_on),
        expiry_event TEXT,
        revoked_on TEXT CHECK (revoked_on IS NULL OR revoked_on >= signed_on),
        created_at TEXT NOT NULL,
        -- Exactly one way to end: a date or an event.
        CHECK ((expires_on IS NULL) <> (expiry_event IS NULL)),
        CHECK (recipient_kind = 'couple' OR recipient_name IS NOT NULL)
      ) STRICT;
      CREATE INDEX consents_couple ON consents (couple_id, partner, signed_on);
      CREATE TRIGGER consents_revoke_only BEFORE UPDATE ON consents
        WHEN OLD.revoked_on IS NOT NULL
          OR NEW.revoked_on IS NULL
          OR NEW.id IS NOT OLD.id OR NEW.couple_id IS NOT OLD.couple_id OR NEW.partner IS NOT OLD.partner
          OR NEW.recipient_kind IS NOT OLD.recipient_kind OR NEW.recipient_name IS NOT OLD.recipient_name
          OR NEW.purpose IS NOT OLD.purpose OR NEW.scope IS NOT OLD.scope OR NEW.signed_on IS NOT OLD.signed_on
          OR NEW.expires_on IS NOT OLD.expires_on OR NEW.expiry_event IS NOT OLD.expiry_event
          OR NEW.created_at IS NOT OLD.created_at
        BEGIN SELECT RAISE(ABORT, 'a consent can only be revoked, once'); END;
      CREATE TRIGGER consents_no_delete BEFORE DELETE ON consents
        BEGIN SELECT RAISE(ABORT, 'consents cannot be deleted'); END;
    `);
  },
};
