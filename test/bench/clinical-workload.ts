import { randomUUID } from 'node:crypto';
import { migrate } from '@core/db/migrate';
import { migrations } from '@core/db/migrations';
import type { Db } from '@core/db/sqlite';
import { createSession } from '@core/session';
import { type NoteContent, noteSearchText } from '@shared/domain/notes';
import { latencies, percentile } from './measure';

const QUERIES = 300;

/** A hundred notes per couple, as in a practice a few years old. */
const couplesFor = (notes: number) => Math.max(1, Math.round(notes / 100));

/**
 * Clinical words plus synthetic ones, drawn with a Zipf-like skew as in real prose: a few
 * words are in most notes, most words in few. Queries use words of middling frequency, as
 * a clinician searching for a name, a place or a topic would; the very common words are
 * measured separately as the worst case.
 */
const CLINICAL = (
  'trust listening gratitude boundaries relapse craving sobriety meeting sponsor finances argument timeout ' +
  'journal affection hug holding hands apology resentment disclosure honesty promise routine weekend ' +
  'walk dinner children parenting work stress trigger anger withdrawal avoidance forgiveness intimacy goals'
).split(' ');
const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ren',
  'sa',
  'tu',
  'vel',
  'dor',
  'ni',
  'pa',
  'qui',
  'zen',
  'bri',
  'ost',
  'ula',
];
const VOCABULARY = [
  ...CLINICAL,
  ...Array.from({ length: 6000 }, (_, i) => {
    const a = SYLLABLES[i % 15] ?? '';
    const b = SYLLABLES[Math.floor(i / 15) % 15] ?? '';
    const c = SYLLABLES[Math.floor(i / 225) % 15] ?? '';
    return `${a}${b}${c}`;
  }),
];

/** Deterministic Zipf-like pick: index ~ N * u^3 favours the start of the list. */
function pick(seed: number): string {
  const u = (((Math.sin(seed * 12.9898) * 43758.5453) % 1) + 1) % 1;
  return VOCABULARY[Math.floor(VOCABULARY.length * u ** 3)] ?? 'trust';
}

function noteText(i: number): NoteContent {
  const words = (n: number, seed: number) =>
    Array.from({ length: n }, (_, k) => pick(seed * 1000 + k)).join(' ');
  return {
    format: 'DAP',
    sections: { data: words(90, i), assessment: words(50, i + 7), plan: words(30, i + 13) },
    interventions: ['Reflective listening practice'],
    planInterventions: [],
    progress: [],
    homework: words(12, i + 3),
    risk: {
      useSinceLastSession: { A: 'no', B: 'no' },
      safetyConcerns: false,
      suicidalThoughts: false,
      details: null,
    },
  };
}

/** Fills a database through the real repositories: couples, one session and one note per row. */
export function fillClinical(db: Db, notes: number): string[] {
  const couples = couplesFor(notes);
  migrate(db, migrations, () => {});
  // Loading is set-up, not what is measured: skip zeroing freed pages while the index merges.
  db.pragma('secure_delete = OFF');
  const s = createSession(db, Buffer.alloc(32), () => new Date('2026-11-20T09:00:00Z'));
  const coupleIds: string[] = [];
  db.transaction(() => {
    for (let c = 0; c < couples; c++) {
      const id = randomUUID();
      coupleIds.push(id);
      const partner = (first: string) => ({
        firstName: first,
        lastName: `Example-${c}`,
        preferredName: null,
        pronouns: null,
        dateOfBirth: null,
        phone: null,
        email: null,
        inRecovery: true,
        substances: [],
        severity: null,
        yearsOfUse: null,
        sobrietyDate: null,
      });
      s.couples.insert(
        { couple: id, partnerA: randomUUID(), partnerB: randomUUID() },
        {
          displayName: `Bench couple ${c}`,
          status: 'active',
          referralSource: null,
          startDate: null,
          partnerA: partner('Ana'),
          partnerB: partner('Bo'),
        },
        { searchText: `bench couple ${c}`, sortKey: `bench couple ${c}` },
        '2026-01-01T00:00:00Z',
      );
    }
  })();
  const batch = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const coupleId = coupleIds[i % couples] ?? '';
      const sessionId = randomUUID();
      const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(i / couples) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      s.sessions.insert(
        sessionId,
        {
          coupleId,
          date: day,
          startTime: '10:00',
          durationMinutes: 50,
          type: 'joint',
          place: 'office',
          outcome: 'held',
          outcomeReason: null,
          cancelledBy: null,
          noticeHours: null,
          attendance: { A: 'present', B: 'present' },
          checkIn: { A: null, B: null },
        },
        '2026-01-01T00:00:00Z',
      );
      const noteId = randomUUID();
      const content = noteText(i);
      s.notes.insertDraft({ id: noteId, sessionId, coupleId, content, now: '2026-01-01T00:00:00Z' });
      s.search.index('note', noteId, coupleId, `Bench couple · ${day}`, noteSearchText(content));
    }
  });
  for (let from = 0; from < notes; from += 2_000) batch(from, Math.min(notes, from + 2_000));
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('secure_delete = ON');
  return coupleIds;
}

/** Full-text search and a couple's timeline over what `fillClinical` wrote. */
export function measureClinical(db: Db, coupleIds: string[], notes: number) {
  const couples = couplesFor(notes);
  const s = createSession(db, Buffer.alloc(32), () => new Date('2026-11-20T09:00:00Z'));
  const searches = latencies(QUERIES, (i) =>
    s.search.query(VOCABULARY[200 + ((i * 37) % 3000)] ?? 'trust', {
      includeProcessNotes: false,
      limit: 50,
    }),
  );
  const commonWord = latencies(30, (i) =>
    s.search.query(CLINICAL[i % 5] ?? 'trust', { includeProcessNotes: false, limit: 50 }),
  );
  const timelines = latencies(QUERIES, (i) =>
    s.timeline.timeline(coupleIds[(i * 13) % coupleIds.length] ?? ''),
  );
  return [
    { phase: `full-text search over ${notes} notes, median`, ms: percentile(searches, 50) },
    { phase: `full-text search over ${notes} notes, p95`, ms: percentile(searches, 95) },
    { phase: 'search for one of the 5 most common words, p95', ms: percentile(commonWord, 95) },
    {
      phase: `couple timeline (${Math.round(notes / couples)} sessions), median`,
      ms: percentile(timelines, 50),
    },
    {
      phase: `couple timeline (${Math.round(notes / couples)} sessions), p95`,
      ms: percentile(timelines, 95),
    },
  ];
}
