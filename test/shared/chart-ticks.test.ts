import { timeTicks as screenTicks } from '@renderer/features/dashboard/areaSeries';
import { epochDay, isoOfEpochDay } from '@shared/domain/dates';
import { timeTicks, WEEKLY_TICKS_UP_TO_DAYS } from '@shared/domain/progress/ticks';
import { describe, expect, it } from 'vitest';

const day = epochDay('2026-09-03');

describe('time-axis ticks shared by the screen and the report', () => {
  it('tick by week up to nine weeks and by month beyond, at one threshold', () => {
    expect(WEEKLY_TICKS_UP_TO_DAYS).toBe(63);
    const nineWeeks = timeTicks(day, day + 63);
    expect(nineWeeks.unit).toBe('week');
    expect(nineWeeks.days).toHaveLength(10);
    expect(nineWeeks.days.at(-1)).toBe(day + 63);
    const longer = timeTicks(day, day + 64);
    expect(longer.unit).toBe('month');
    expect(longer.days.map(isoOfEpochDay)).toEqual(['2026-10-01', '2026-11-01']);
    // Two calendar months are at most 62 days: always weekly.
    expect(timeTicks(epochDay('2026-07-01'), epochDay('2026-08-31')).unit).toBe('week');
  });

  it('put weekly ticks on the weekday of the anchor, starting inside the span', () => {
    expect(timeTicks(day, day + 20).days).toEqual([day, day + 7, day + 14]);
    expect(timeTicks(day - 10, day + 20, day).days).toEqual([day - 7, day, day + 7, day + 14]);
    expect(timeTicks(day - 2.5, day + 8.5).days).toEqual([day - 2, day + 5]);
  });

  it('put month ticks on the first of each month, across a year boundary', () => {
    const ticks = timeTicks(epochDay('2026-11-01'), epochDay('2027-02-15'));
    expect(ticks.days.map(isoOfEpochDay)).toEqual(['2026-11-01', '2026-12-01', '2027-01-01', '2027-02-01']);
    const fromMidMonth = timeTicks(epochDay('2027-11-20') - 0.4, epochDay('2028-03-01'));
    expect(fromMidMonth.days.map(isoOfEpochDay)).toEqual([
      '2027-12-01',
      '2028-01-01',
      '2028-02-01',
      '2028-03-01',
    ]);
  });

  it('let the screen thin the shared ticks without moving them', () => {
    for (const span of [63, 64, 400]) {
      const shared = timeTicks(day, day + span).days;
      const shown = screenTicks([day, day + span], 6);
      expect(shown.length).toBeLessThanOrEqual(6);
      expect(shown.every((tick) => shared.includes(tick))).toBe(true);
      expect(shown[0]).toBe(shared[0]);
    }
  });
});
