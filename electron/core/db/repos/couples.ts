import type { Db } from '@core/db/sqlite';
import type {
  Couple,
  CoupleFields,
  CoupleStatusFilter,
  CoupleSummary,
  Partner,
  PartnerFields,
} from '@shared/contract/couples';
import type { CoupleStatus, PartnerPosition, Severity } from '@shared/domain/couple';

interface CoupleRow {
  id: string;
  display_name: string;
  status: CoupleStatus;
  referral_source: string | null;
  start_date: string | null;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
  open_flags: number;
}

interface PartnerRow {
  id: string;
  couple_id: string;
  position: PartnerPosition;
  first_name: string;
  last_name: string;
  preferred_name: string | null;
  pronouns: string | null;
  date_of_birth: string | null;
  phone: string | null;
  email: string | null;
  in_recovery: 0 | 1;
  substances: string;
  severity: Severity | null;
  years_of_use: number | null;
  sobriety_date: string | null;
}

interface SummaryRow {
  id: string;
  display_name: string;
  status: CoupleStatus;
  start_date: string | null;
  updated_at: string;
  open_flags: number;
  a_name: string;
  b_name: string;
}

/** Folded search text and sort key are computed by the caller (shared/domain/text). */
export interface CoupleIndexing {
  searchText: string;
  sortKey: string;
}

function toPartner(row: PartnerRow): Partner {
  return {
    id: row.id,
    position: row.position,
    firstName: row.first_name,
    lastName: row.last_name,
    preferredName: row.preferred_name,
    pronouns: row.pronouns,
    dateOfBirth: row.date_of_birth,
    phone: row.phone,
    email: row.email,
    inRecovery: row.in_recovery === 1,
    substances: JSON.parse(row.substances) as string[],
    severity: row.severity,
    yearsOfUse: row.years_of_use,
    sobrietyDate: row.sobriety_date,
  };
}

function partnerParams(partner: PartnerFields) {
  return {
    first_name: partner.firstName,
    last_name: partner.lastName,
    preferred_name: partner.preferredName,
    pronouns: partner.pronouns,
    date_of_birth: partner.dateOfBirth,
    phone: partner.phone,
    email: partner.email,
    in_recovery: partner.inRecovery ? 1 : 0,
    substances: JSON.stringify(partner.substances),
    severity: partner.severity,
    years_of_use: partner.yearsOfUse,
    sobriety_date: partner.sobrietyDate,
  };
}

/** Counts a couple's unresolved safety flags (the table arrives in migration 2). */
const OPEN_FLAGS = '(SELECT count(*) FROM safety_flags f WHERE f.couple_id = c.id AND f.resolved_at IS NULL)';

/** Escapes LIKE wildcards so a search for "50%" means the characters, not a pattern. */
function likeContains(term: string): string {
  return `%${term.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

function statusClause(filter: CoupleStatusFilter): { sql: string; params: string[] } {
  if (filter === 'all') return { sql: '1 = 1', params: [] };
  if (filter === 'open') return { sql: "c.status <> 'archived'", params: [] };
  return { sql: 'c.status = ?', params: [filter] };
}

export function createCouplesRepo(db: Db) {
  const insertCouple = db.prepare(`
    INSERT INTO couples (id, display_name, status, referral_source, start_date, created_at, updated_at, archived_at, search_text, sort_key)
    VALUES (@id, @display_name, @status, @referral_source, @start_date, @now, @now, @archived_at, @search_text, @sort_key)`);
  const updateCouple = db.prepare(`
    UPDATE couples SET display_name = @display_name, status = @status, referral_source = @referral_source,
      start_date = @start_date, updated_at = @now, archived_at = @archived_at, search_text = @search_text, sort_key = @sort_key
    WHERE id = @id`);
  const insertPartner = db.prepare(`
    INSERT INTO partners (id, couple_id, position, first_name, last_name, preferred_name, pronouns, date_of_birth,
      phone, email, in_recovery, substances, severity, years_of_use, sobriety_date)
    VALUES (@id, @couple_id, @position, @first_name, @last_name, @preferred_name, @pronouns, @date_of_birth,
      @phone, @email, @in_recovery, @substances, @severity, @years_of_use, @sobriety_date)`);
  const updatePartner = db.prepare(`
    UPDATE partners SET first_name = @first_name, last_name = @last_name, preferred_name = @preferred_name,
      pronouns = @pronouns, date_of_birth = @date_of_birth, phone = @phone, email = @email, in_recovery = @in_recovery,
      substances = @substances, severity = @severity, years_of_use = @years_of_use, sobriety_date = @sobriety_date
    WHERE couple_id = @couple_id AND position = @position`);
  const selectCouple = db.prepare(`SELECT c.*, ${OPEN_FLAGS} AS open_flags FROM couples c WHERE c.id = ?`);
  const selectPartners = db.prepare('SELECT * FROM partners WHERE couple_id = ? ORDER BY position');
  const archive = db.prepare(
    "UPDATE couples SET status = 'archived', archived_at = @now, updated_at = @now WHERE id = @id",
  );
  const activateFromIntake = db.prepare(
    "UPDATE couples SET status = 'active', updated_at = @now WHERE id = @id AND status = 'intake'",
  );

  function coupleParams(
    id: string,
    fields: CoupleFields,
    indexing: CoupleIndexing,
    now: string,
    archivedAt: string | null,
  ) {
    return {
      id,
      display_name: fields.displayName,
      status: fields.status,
      referral_source: fields.referralSource,
      start_date: fields.startDate,
      now,
      archived_at: archivedAt,
      search_text: indexing.searchText,
      sort_key: indexing.sortKey,
    };
  }

  return {
    get(id: string): Couple | null {
      const row = selectCouple.get(id) as CoupleRow | undefined;
      if (!row) return null;
      const partners = (selectPartners.all(id) as PartnerRow[]).map(toPartner);
      const [partnerA, partnerB] = partners;
      if (!partnerA || !partnerB) throw new Error('A couple record is missing a partner');
      return {
        id: row.id,
        displayName: row.display_name,
        status: row.status,
        referralSource: row.referral_source,
        startDate: row.start_date,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        archivedAt: row.archived_at,
        openSafetyFlags: row.open_flags,
        partnerA,
        partnerB,
      };
    },

    insert(
      ids: { couple: string; partnerA: string; partnerB: string },
      fields: CoupleFields,
      indexing: CoupleIndexing,
      now: string,
    ): void {
      db.transaction(() => {
        const archivedAt = fields.status === 'archived' ? now : null;
        insertCouple.run(coupleParams(ids.couple, fields, indexing, now, archivedAt));
        insertPartner.run({
          id: ids.partnerA,
          couple_id: ids.couple,
          position: 'A',
          ...partnerParams(fields.partnerA),
        });
        insertPartner.run({
          id: ids.partnerB,
          couple_id: ids.couple,
          position: 'B',
          ...partnerParams(fields.partnerB),
        });
      })();
    },

    update(
      id: string,
      fields: CoupleFields,
      indexing: CoupleIndexing,
      now: string,
      archivedAt: string | null,
    ): void {
      db.transaction(() => {
        updateCouple.run(coupleParams(id, fields, indexing, now, archivedAt));
        updatePartner.run({ couple_id: id, position: 'A', ...partnerParams(fields.partnerA) });
        updatePartner.run({ couple_id: id, position: 'B', ...partnerParams(fields.partnerB) });
      })();
    },

    archive(id: string, now: string): void {
      archive.run({ id, now });
    },

    /** Intake becomes Active; any other status is the clinician's and stays. True when it moved. */
    activateIfIntake(id: string, now: string): boolean {
      return activateFromIntake.run({ id, now }).changes > 0;
    },

    /** `foldedQuery` is already accent- and case-folded. */
    list(filter: { foldedQuery: string | null; status: CoupleStatusFilter; limit: number }): {
      items: CoupleSummary[];
      total: number;
    } {
      const status = statusClause(filter.status);
      const where = [status.sql];
      const params: (string | number)[] = [...status.params];
      if (filter.foldedQuery) {
        where.push("c.search_text LIKE ? ESCAPE '\\'");
        params.push(likeContains(filter.foldedQuery));
      }
      const whereSql = where.join(' AND ');
      const total = db
        .prepare(`SELECT count(*) FROM couples c WHERE ${whereSql}`)
        .pluck()
        .get(...params) as number;
      const rows = db
        .prepare(`
          SELECT c.id, c.display_name, c.status, c.start_date, c.updated_at, ${OPEN_FLAGS} AS open_flags,
            coalesce(a.preferred_name, a.first_name) || ' ' || a.last_name AS a_name,
            coalesce(b.preferred_name, b.first_name) || ' ' || b.last_name AS b_name
          FROM couples c
          JOIN partners a ON a.couple_id = c.id AND a.position = 'A'
          JOIN partners b ON b.couple_id = c.id AND b.position = 'B'
          WHERE ${whereSql}
          ORDER BY c.sort_key, c.id
          LIMIT ?`)
        .all(...params, filter.limit) as SummaryRow[];
      return {
        total,
        items: rows.map((row) => ({
          id: row.id,
          displayName: row.display_name,
          status: row.status,
          startDate: row.start_date,
          updatedAt: row.updated_at,
          openSafetyFlags: row.open_flags,
          partnerNames: [row.a_name, row.b_name],
        })),
      };
    },
  };
}

export type CouplesRepo = ReturnType<typeof createCouplesRepo>;
