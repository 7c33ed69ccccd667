import { applyRetention, type BackupStamp, isoWeekKey } from '@shared/domain/backups/retention';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

function stamp(createdAt: string): BackupStamp {
  const compact = createdAt.replace(/[-:]/g, '').slice(0, 15);
  return { fileName: `rekindle-backup-${compact.replace('T', '-')}.db`, createdAt };
}

function names(stamps: BackupStamp[]): string[] {
  return stamps.map((s) => s.fileName);
}

describe('isoWeekKey', () => {
  it.each([
    ['2026-11-20T09:00:00Z', '2026-W47'],
    ['2026-11-16T00:00:00Z', '2026-W47'], // Monday starts the week
    ['2026-11-15T23:59:59Z', '2026-W46'], // Sunday ends the one before
    ['2021-01-03T12:00:00Z', '2020-W53'], // early January can belong to the last year
    ['2024-12-30T12:00:00Z', '2025-W01'], // late December can belong to the next year
    ['2026-01-01T00:00:00Z', '2026-W01'],
  ])('puts %s in %s', (instant, week) => {
    expect(isoWeekKey(Date.parse(instant))).toBe(week);
  });
});

describe('applyRetention', () => {
  it('keeps the newest backup of each of the last N days and removes the rest of those days', () => {
    const backups = [
      stamp('2026-11-20T09:00:00Z'),
      stamp('2026-11-20T17:00:00Z'),
      stamp('2026-11-19T17:00:00Z'),
      stamp('2026-11-18T17:00:00Z'),
    ];
    const { keep, remove } = applyRetention(backups, { daily: 2, weekly: 0 });
    expect(keep.sort()).toEqual(names([backups[1], backups[2]] as BackupStamp[]).sort());
    expect(remove.sort()).toEqual(names([backups[0], backups[3]] as BackupStamp[]).sort());
  });

  it('counts days that have a backup, not calendar days, so a holiday does not empty the folder', () => {
    const backups = [
      stamp('2026-11-20T09:00:00Z'),
      stamp('2026-10-01T09:00:00Z'),
      stamp('2026-09-01T09:00:00Z'),
    ];
    expect(applyRetention(backups, { daily: 2, weekly: 0 }).keep).toEqual(names(backups.slice(0, 2)));
  });

  it('keeps the newest of each of the last M ISO weeks on top of the daily ones', () => {
    const backups = [
      stamp('2026-11-20T09:00:00Z'), // W47, newest
      stamp('2026-11-19T09:00:00Z'), // W47
      stamp('2026-11-13T09:00:00Z'), // W46 newest
      stamp('2026-11-10T09:00:00Z'), // W46
      stamp('2026-11-06T09:00:00Z'), // W45 newest
      stamp('2026-10-01T09:00:00Z'), // W40
    ];
    const { keep, remove } = applyRetention(backups, { daily: 1, weekly: 3 });
    expect(keep).toEqual(names([backups[0], backups[2], backups[4]] as BackupStamp[]));
    expect(remove).toEqual(names([backups[1], backups[3], backups[5]] as BackupStamp[]));
  });

  it('always keeps the newest backup, even with a policy of nothing', () => {
    const backups = [stamp('2026-11-19T09:00:00Z'), stamp('2026-11-20T09:00:00Z')];
    expect(applyRetention(backups, { daily: 0, weekly: 0 })).toEqual({
      keep: [backups[1]?.fileName],
      remove: [backups[0]?.fileName],
    });
  });

  it('keeps a backup whose time cannot be read rather than guess its age', () => {
    const odd = { fileName: 'rekindle-backup-odd.db', createdAt: 'not a time' };
    expect(applyRetention([odd, stamp('2026-11-20T09:00:00Z')], { daily: 1, weekly: 0 }).remove).toEqual([]);
  });

  it('decides the same whatever order the backups are listed in', () => {
    const backups = [
      stamp('2026-11-20T09:00:00Z'),
      stamp('2026-11-20T10:00:00Z'),
      stamp('2026-11-12T10:00:00Z'),
    ];
    const forward = applyRetention(backups, { daily: 1, weekly: 1 });
    const backward = applyRetention([...backups].reverse(), { daily: 1, weekly: 1 });
    expect(new Set(backward.keep)).toEqual(new Set(forward.keep));
  });

  it('returns nothing for no backups', () => {
    expect(applyRetention([], { daily: 7, weekly: 4 })).toEqual({ keep: [], remove: [] });
  });
});

describe('applyRetention properties', () => {
  const instant = fc
    .integer({ min: Date.parse('2024-01-01T00:00:00Z'), max: Date.parse('2027-12-31T23:59:59Z') })
    .map((ms) => new Date(Math.floor(ms / 1000) * 1000).toISOString());
  // Unique instants give unique file names, as the backup folder does.
  const backupsArb = fc.uniqueArray(instant, { maxLength: 60 }).map((instants) => instants.map(stamp));
  const policyArb = fc.record({
    daily: fc.integer({ min: 0, max: 10 }),
    weekly: fc.integer({ min: 0, max: 10 }),
  });

  it('never removes the newest backup', () => {
    fc.assert(
      fc.property(backupsArb, policyArb, (backups, policy) => {
        const newest = [...backups].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))[0];
        if (newest) expect(applyRetention(backups, policy).keep).toContain(newest.fileName);
      }),
    );
  });

  it('splits the input into two disjoint lists that together are the input', () => {
    fc.assert(
      fc.property(backupsArb, policyArb, (backups, policy) => {
        const { keep, remove } = applyRetention(backups, policy);
        expect(keep.filter((name) => remove.includes(name))).toEqual([]);
        expect([...keep, ...remove].sort()).toEqual(names(backups).sort());
      }),
    );
  });

  it('never keeps more than daily + weekly + 1 backups', () => {
    fc.assert(
      fc.property(backupsArb, policyArb, (backups, policy) => {
        expect(applyRetention(backups, policy).keep.length).toBeLessThanOrEqual(
          policy.daily + policy.weekly + 1,
        );
      }),
    );
  });

  it('is idempotent: applied again to what it kept, it removes nothing', () => {
    fc.assert(
      fc.property(backupsArb, policyArb, (backups, policy) => {
        const { keep } = applyRetention(backups, policy);
        const kept = backups.filter((b) => keep.includes(b.fileName));
        expect(applyRetention(kept, policy).remove).toEqual([]);
      }),
    );
  });
});
