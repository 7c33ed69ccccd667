import { randomUUID } from 'node:crypto';
import { migrate } from '@core/db/migrate';
import { migrations } from '@core/db/migrations';
import { createCouplesRepo } from '@core/db/repos/couples';
import type { Db } from '@core/db/sqlite';
import type { CoupleFields } from '@shared/contract/couples';
import { foldForSearch } from '@shared/domain/text';
import { latencies, percentile, time } from './measure';

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

/**
 * The foundation workload: bulk inserts of couples and note-sized rows, then the reads the
 * couples list and a couple's page make. Returns one row per phase.
 */
export function foundationWorkload(
  db: Db,
  couples: number,
  notes: number,
): { phase: string; ms: number; unit: string }[] {
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
    for (let from = 0; from < couples; from += 1_000) batch(from, Math.min(couples, from + 1_000));
  });
  const insertNote = db.prepare('INSERT INTO bench_notes (couple_id, body, at) VALUES (?, ?, ?)');
  const insertNotes = time(() => {
    const batch = db.transaction((from: number, to: number) => {
      for (let i = from; i < to; i++)
        insertNote.run(ids[i % ids.length], NOTE, `2026-01-${String((i % 28) + 1).padStart(2, '0')}`);
    });
    for (let from = 0; from < notes; from += 1_000) batch(from, Math.min(notes, from + 1_000));
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
    { phase: `insert ${couples} couples (2 partners each)`, ms: insertCouples, unit: 'ms' },
    { phase: `insert ${notes} note-sized rows`, ms: insertNotes, unit: 'ms' },
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
