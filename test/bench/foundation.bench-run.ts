import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { migrate } from '../../electron/core/db/migrate';
import { migrations } from '../../electron/core/db/migrations';
import { openEncryptedDatabase } from '../../electron/core/db/open';
import { createCouplesRepo } from '../../electron/core/db/repos/couples';
import type { Db } from '../../electron/core/db/sqlite';
import type { CoupleFields } from '../../shared/contract/couples';
import { foldForSearch } from '../../shared/domain/text';
import { type ComparedRow, latencies, percentile, report, time } from './measure';
import { openPlain } from './plain-database';

const COUPLES = Number(process.env.BENCH_COUPLES ?? 20_000);
const NOTES = Number(process.env.BENCH_NOTES ?? 100_000);
const LOOKUPS = 2_000;
const LISTS = 200;

const FIRST = ['Zoë', 'Łukasz', 'Åsa', 'Chidi', 'Mei', 'Ravi', 'Inès', 'Tomás', 'Noor', 'Kai'];
const LAST = [
  'Müller',
  'Żółć',
  'Lindqvist',
  'Okafor',
  'Tanaka',
  'Iyer',
  'Dubois',
  'Ñúñez',
  'Haddad',
  'Kealoha',
];

function fictional(i: number): CoupleFields {
  const partner = (offset: number) => ({
    firstName: FIRST[(i + offset) % FIRST.length] ?? 'Test',
    lastName: `${LAST[(i * 7 + offset) % LAST.length]}-${i}`,
    preferredName: null,
    pronouns: null,
    dateOfBirth: '1980-01-01',
    phone: '+1 555 0100',
    email: `bench${i}@example.org`,
    inRecovery: offset === 0,
    substances: offset === 0 ? ['alcohol'] : [],
    severity: offset === 0 ? ('moderate' as const) : null,
    yearsOfUse: offset === 0 ? 5 : null,
    sobrietyDate: null,
  });
  const a = partner(0);
  const b = partner(3);
  return {
    displayName: `${a.firstName} & ${b.firstName} ${i}`,
    status: i % 10 === 0 ? 'archived' : 'active',
    referralSource: null,
    startDate: '2026-01-01',
    partnerA: a,
    partnerB: b,
  };
}

/** About the size of a session note: 1.5 KB of text. */
const NOTE = 'The couple practised reflective listening and agreed on a weekly check-in. '.repeat(20);

function workload(db: Db): { phase: string; ms: number; unit: string }[] {
  migrate(db, migrations, () => {});
  db.exec(
    'CREATE TABLE bench_notes (id INTEGER PRIMARY KEY, couple_id TEXT NOT NULL, body TEXT NOT NULL, at TEXT NOT NULL) STRICT; CREATE INDEX bench_notes_couple ON bench_notes (couple_id, at)',
  );
  const repo = createCouplesRepo(db);
  const ids: string[] = [];
  const insertCouples = time(() => {
    const batch = db.transaction((from: number, to: number) => {
      for (let i = from; i < to; i++) {
        const fields = fictional(i);
        const id = randomUUID();
        ids.push(id);
        repo.insert(
          { couple: id, partnerA: randomUUID(), partnerB: randomUUID() },
          fields,
          {
            searchText: foldForSearch(
              `${fields.displayName} ${fields.partnerA.lastName} ${fields.partnerB.lastName}`,
            ),
            sortKey: foldForSearch(fields.displayName),
          },
          '2026-01-01T00:00:00.000Z',
        );
      }
    });
    for (let from = 0; from < COUPLES; from += 1_000) batch(from, Math.min(COUPLES, from + 1_000));
  });
  const insertNote = db.prepare('INSERT INTO bench_notes (couple_id, body, at) VALUES (?, ?, ?)');
  const insertNotes = time(() => {
    const batch = db.transaction((from: number, to: number) => {
      for (let i = from; i < to; i++)
        insertNote.run(ids[i % ids.length], NOTE, `2026-01-${String((i % 28) + 1).padStart(2, '0')}`);
    });
    for (let from = 0; from < NOTES; from += 1_000) batch(from, Math.min(NOTES, from + 1_000));
  });
  const listOpen = latencies(LISTS, () => repo.list({ foldedQuery: null, status: 'open', limit: 200 }));
  const listSearch = latencies(LISTS, (i) =>
    repo.list({ foldedQuery: foldForSearch(LAST[i % LAST.length] ?? 'x'), status: 'open', limit: 200 }),
  );
  const getCouple = latencies(LOOKUPS, (i) => repo.get(ids[(i * 7919) % ids.length] ?? ''));
  const notesOf = db.prepare(
    'SELECT id, at, length(body) FROM bench_notes WHERE couple_id = ? ORDER BY at DESC',
  );
  const notesLookup = latencies(LOOKUPS, (i) => notesOf.all(ids[(i * 104729) % ids.length]));
  return [
    { phase: `insert ${COUPLES} couples (2 partners each)`, ms: insertCouples, unit: 'ms' },
    { phase: `insert ${NOTES} note-sized rows`, ms: insertNotes, unit: 'ms' },
    { phase: 'list open couples, median', ms: percentile(listOpen, 50), unit: 'ms' },
    { phase: 'list open couples, p95', ms: percentile(listOpen, 95), unit: 'ms' },
    { phase: 'search couples by name, median', ms: percentile(listSearch, 50), unit: 'ms' },
    { phase: 'search couples by name, p95', ms: percentile(listSearch, 95), unit: 'ms' },
    { phase: 'get one couple by id, median', ms: percentile(getCouple, 50), unit: 'ms' },
    { phase: 'get one couple by id, p95', ms: percentile(getCouple, 95), unit: 'ms' },
    { phase: "a couple's notes by id, median", ms: percentile(notesLookup, 50), unit: 'ms' },
    { phase: "a couple's notes by id, p95", ms: percentile(notesLookup, 95), unit: 'ms' },
  ];
}

it('measures the encrypted database against plain SQLite on the same workload', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rekindle-bench-'));
  try {
    const plainDb = openPlain(join(dir, 'plain.db'));
    const plain = workload(plainDb);
    plainDb.close();
    const encryptedDb = openEncryptedDatabase(join(dir, 'encrypted.db'), randomBytes(32));
    const encrypted = workload(encryptedDb);
    encryptedDb.close();
    const rows: ComparedRow[] = encrypted.map((row, i) => ({
      phase: row.phase,
      subject: row.ms,
      baseline: plain[i]?.ms ?? Number.NaN,
      unit: row.unit,
    }));
    report('foundation', 'encrypted', 'plain', rows);
    expect(rows.every((row) => Number.isFinite(row.subject) && Number.isFinite(row.baseline))).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
