import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEncryptedDatabase, type PageSize } from '@core/db/open';
import type { Db } from '@core/db/sqlite';
import { addDaysIso } from '@shared/domain/dates';
import { expect, it } from 'vitest';
import { fictionalDapNote, fictionalSession } from '../fixtures/sessions';
import { makeCore, TEST_PASSPHRASE, testClock } from '../support/core';
import { seedWeeklyHistory } from '../support/weekly-history';
import { fillClinical, measureClinical } from './clinical-workload';
import { foundationWorkload } from './foundation-workload';
import { buildLargePractice, measureMaintenance, median } from './maintenance-workload';
import { type ComparedRow, latencies, percentile, report, time } from './measure';
import { openPlain } from './plain-database';

/**
 * Issue 17 item 8: the encrypted database with 4 KiB pages (every vault before this) against
 * 16 KiB pages (`legacy_page_size=16384` before the key), with plain 4 KiB SQLite as the
 * baseline, on the workloads of the other benches. The variants run interleaved, round after
 * round, in fresh folders, and each figure is the median over the rounds, so a noisy machine
 * moves all three alike. Smaller sizes for a quick look: BENCH_ROUNDS, BENCH_COUPLES,
 * BENCH_NOTES, BENCH_SEARCH_NOTES, BENCH_LARGE_NOTES, BENCH_WEEKS.
 */

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const COUPLES = Number(process.env.BENCH_COUPLES ?? 20_000);
const NOTES = Number(process.env.BENCH_NOTES ?? 100_000);
const SEARCH_NOTES = Number(process.env.BENCH_SEARCH_NOTES ?? 50_000);
const LARGE_NOTES = Number(process.env.BENCH_LARGE_NOTES ?? 100_000);
const WEEKS = Number(process.env.BENCH_WEEKS ?? 104);
const AUTOSAVES = 300;
const DASHBOARD_RUNS = 60;
const START = '2024-11-25';

type Variant = 'plain' | 'enc4k' | 'enc16k';
const VARIANTS: readonly Variant[] = ['plain', 'enc4k', 'enc16k'];
const PAGE_SIZE: Record<Exclude<Variant, 'plain'>, PageSize> = { enc4k: 4096, enc16k: 16384 };

/** Figures by phase, then by variant: one value per round. */
type Figures = Map<string, Map<Variant, number[]>>;

function record(figures: Figures, variant: Variant, phase: string, ms: number): void {
  const byVariant = figures.get(phase) ?? new Map<Variant, number[]>();
  figures.set(phase, byVariant);
  byVariant.set(variant, [...(byVariant.get(variant) ?? []), ms]);
}

function openVariant(variant: Variant, path: string): Db {
  return variant === 'plain'
    ? openPlain(path)
    : openEncryptedDatabase(path, randomBytes(32), { pageSize: PAGE_SIZE[variant] });
}

/**
 * A draft saved as the editor autosaves it: one note-sized row rewritten in its own
 * transaction (a commit, an fsync), on a database that already holds the foundation's rows.
 */
function autosaves(db: Db): number[] {
  const note = 'The couple named one small repair after each argument this week. '.repeat(24);
  const id = db
    .prepare("INSERT INTO bench_notes (couple_id, body, at) VALUES ('draft', ?, '2026-02-01')")
    .run(note).lastInsertRowid;
  const save = db.prepare('UPDATE bench_notes SET body = ? WHERE id = ?');
  return latencies(AUTOSAVES, (i) => save.run(`${note}${i}`, id));
}

function rawRound(figures: Figures, variant: Variant, dir: string): void {
  const db = openVariant(variant, join(dir, `${variant}-foundation.db`));
  for (const row of foundationWorkload(db, COUPLES, NOTES)) record(figures, variant, row.phase, row.ms);
  const saved = autosaves(db);
  record(figures, variant, 'autosave (one row, own commit), median', percentile(saved, 50));
  record(figures, variant, 'autosave (one row, own commit), p95', percentile(saved, 95));
  db.close();

  const clinical = openVariant(variant, join(dir, `${variant}-clinical.db`));
  let coupleIds: string[] = [];
  const fill = time(() => {
    coupleIds = fillClinical(clinical, SEARCH_NOTES);
  });
  record(figures, variant, `fill ${SEARCH_NOTES} sessions with notes and index`, fill);
  for (const row of measureClinical(clinical, coupleIds, SEARCH_NOTES))
    record(figures, variant, row.phase, row.ms);
  clinical.close();
}

function maintenanceRound(figures: Figures, variant: Exclude<Variant, 'plain'>, dir: string): void {
  const key = randomBytes(32);
  const pageSize = PAGE_SIZE[variant];
  const db = buildLargePractice(join(dir, `${variant}-large.db`), key, LARGE_NOTES, pageSize);
  const times = measureMaintenance(db, key, dir, 1, pageSize);
  db.close();
  const size = `${LARGE_NOTES} notes`;
  record(figures, variant, `unlock page check, ${size}`, times.check);
  record(figures, variant, `backup (copy + verify), ${size}`, times.backup);
  // The same bytes moved without SQLite, as the maintenance bench's baseline.
  record(figures, 'plain', `unlock page check, ${size}`, times.read);
  record(figures, 'plain', `backup (copy + verify), ${size}`, times.copy);
  key.fill(0);
}

async function coreRound(figures: Figures, variant: Exclude<Variant, 'plain'>): Promise<void> {
  const clock = testClock(`${START}T09:00:00.000Z`);
  const t = await makeCore({ clock, core: { databasePageSize: PAGE_SIZE[variant], preloadFonts: false } });
  try {
    await t.ok('vault:create', { passphrase: TEST_PASSPHRASE });
    let coupleId = '';
    const seeding = Date.now();
    ({ coupleId } = await seedWeeklyHistory(t.ok, {
      start: START,
      weeks: WEEKS,
      reviewDate: addDaysIso(START, 14),
      afterSigning: () => clock.advance(WEEKS * 7 * 86_400_000),
    }));
    record(figures, variant, `seed ${WEEKS} weeks through dispatch`, Date.now() - seeding);
    const timed = async (channel: 'dashboard:get') => {
      const start = process.hrtime.bigint();
      const result = await t.core.dispatch(channel, { coupleId });
      if (!result.ok) throw new Error(result.error.message);
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    for (let i = 0; i < 10; i++) await timed('dashboard:get');
    const dashboard: number[] = [];
    for (let i = 0; i < DASHBOARD_RUNS; i++) dashboard.push(await timed('dashboard:get'));
    record(figures, variant, 'dashboard:get p50', percentile(dashboard, 50));
    record(figures, variant, 'dashboard:get p95', percentile(dashboard, 95));

    const held = await t.ok(
      'sessions:create',
      fictionalSession(coupleId, { date: addDaysIso(START, WEEKS * 7), startTime: '16:00' }),
    );
    const sessionId = held.id;
    const drafts: number[] = [];
    for (let i = 0; i < 100; i++) {
      const content = fictionalDapNote({ homework: `Gratitude journal, ${i + 3} entries each` });
      const start = process.hrtime.bigint();
      const saved = await t.core.dispatch('notes:saveDraft', { sessionId, content });
      drafts.push(Number(process.hrtime.bigint() - start) / 1e6);
      if (!saved.ok) throw new Error(saved.error.message);
    }
    record(figures, variant, 'notes:saveDraft (autosave) through dispatch, p50', percentile(drafts, 50));
    record(figures, variant, 'notes:saveDraft (autosave) through dispatch, p95', percentile(drafts, 95));

    await t.core.lock();
    const unlock: number[] = [];
    for (let i = 0; i < 3; i++) {
      const start = process.hrtime.bigint();
      await t.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
      unlock.push(Number(process.hrtime.bigint() - start) / 1e6);
      await t.core.lock();
    }
    record(figures, variant, `vault:unlock (test scrypt cost, ${WEEKS} weeks)`, median(unlock));
  } finally {
    await t.dispose();
  }
}

it('encrypted 4 KiB against 16 KiB pages, with plain SQLite as the baseline', {
  timeout: 60 * 60_000,
}, async () => {
  const figures: Figures = new Map();
  for (let round = 0; round < ROUNDS; round++) {
    // A different variant goes first each round, so warming up and background load spread over all.
    const order = VARIANTS.map((_, i) => VARIANTS[(i + round) % VARIANTS.length] as Variant);
    for (const variant of order) {
      const dir = mkdtempSync(join(tmpdir(), 'rekindle-bench-page-size-'));
      try {
        rawRound(figures, variant, dir);
        if (variant !== 'plain') {
          maintenanceRound(figures, variant, dir);
          await coreRound(figures, variant);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
  const medianOf = (phase: string, variant: Variant) => median(figures.get(phase)?.get(variant) ?? []);
  const phases = [...figures.keys()];
  const rows = (subject: Variant, baseline: Variant): ComparedRow[] =>
    phases
      .filter((phase) => figures.get(phase)?.has(subject) && figures.get(phase)?.has(baseline))
      .map((phase) => ({
        phase,
        subject: medianOf(phase, subject),
        baseline: medianOf(phase, baseline),
        unit: 'ms',
      }));
  report('page-size-before', 'enc 4 KiB', 'plain', rows('enc4k', 'plain'));
  report('page-size-after', 'enc 16 KiB', 'plain', rows('enc16k', 'plain'));
  const decisive = rows('enc16k', 'enc4k');
  report('page-size', 'enc 16 KiB', 'enc 4 KiB', decisive);
  console.log(
    `(${ROUNDS} rounds, medians; plain rows for the unlock check and the backup are reading and copying the file)`,
  );
  expect(decisive.length).toBeGreaterThan(10);
  expect(decisive.every((row) => Number.isFinite(row.subject) && Number.isFinite(row.baseline))).toBe(true);
});
