import {
  areaRows,
  gapSegments,
  markerLines,
  targetLines,
  tickLabelStyle,
  timeDomain,
  timeTicks,
} from '@renderer/features/dashboard/areaSeries';
import { gapStrokeWidth } from '@renderer/features/dashboard/chartStyle';
import {
  adherenceRows,
  attendanceRows,
  labelInterval,
  partnersWithAbstinence,
} from '@renderer/features/dashboard/monthRows';
import { hasRadarData, radarRows, shortAreaLabel } from '@renderer/features/dashboard/radarRows';
import type { AreaChart, ChartMarker } from '@shared/domain/dashboard';
import { epochDay, isoOfEpochDay } from '@shared/domain/dates';
import type { MonthAdherence } from '@shared/domain/progress';
import { describe, expect, it } from 'vitest';

function trustArea(overrides: Partial<AreaChart> = {}): AreaChart {
  return {
    area: 'trust',
    label: 'Trust',
    series: {
      A: [
        { date: '2026-09-01', value: 2 },
        { date: '2026-09-25', value: 3 },
        { date: '2026-10-02', value: 7 },
      ],
      B: [
        { date: '2026-09-01', value: 4 },
        { date: '2026-10-02', value: 4 },
      ],
    },
    target: { A: 5, B: 5 },
    discrepancies: [{ date: '2026-10-02', A: 7, B: 4 }],
    discrepancyNow: true,
    ...overrides,
  };
}

describe('area chart rows', () => {
  it('puts both partners’ ratings of a date on one row, a missing rating as null, oldest first', () => {
    const rows = areaRows(trustArea());
    expect(rows.map((r) => [r.date, r.A, r.B])).toEqual([
      ['2026-09-01', 2, 4],
      ['2026-09-25', 3, null],
      ['2026-10-02', 7, 4],
    ]);
    expect(rows[0]?.day).toBe(epochDay('2026-09-01'));
  });

  it('marks only the rows the core flagged as 3 or more apart', () => {
    expect(areaRows(trustArea()).map((r) => r.apart)).toEqual([false, false, true]);
  });

  it('keeps two ratings a partner gave on the same date (assessment and check-in) as two rows', () => {
    const rows = areaRows(
      trustArea({
        series: {
          A: [
            { date: '2026-09-01', value: 2 },
            { date: '2026-09-01', value: 3 },
          ],
          B: [{ date: '2026-09-01', value: 5 }],
        },
        discrepancies: [],
      }),
    );
    expect(rows.map((r) => [r.A, r.B])).toEqual([
      [2, 5],
      [3, null],
    ]);
  });

  it('spans the time axis over ratings and events, padded, and has none without ratings', () => {
    const markers: ChartMarker[] = [{ date: '2026-12-01', kind: 'relapse', label: 'Relapse' }];
    const rows = areaRows(trustArea());
    const [min, max] = timeDomain(rows, markers) ?? [0, 0];
    expect(min).toBeLessThan(epochDay('2026-09-01'));
    expect(max).toBeGreaterThan(epochDay('2026-12-01'));
    expect(timeDomain([], markers)).toBeNull();
  });

  it('pads a single date so its point is not drawn on the edge', () => {
    const rows = areaRows(trustArea({ series: { A: [{ date: '2026-09-01', value: 2 }], B: [] } }));
    const [min, max] = timeDomain(rows, []) ?? [0, 0];
    expect(max - min).toBeGreaterThanOrEqual(4);
  });

  it('ticks weekly over a short span and on the first of months over a long one, at most six', () => {
    const start = epochDay('2026-09-01');
    expect(timeTicks([start, start + 21])).toEqual([start, start + 7, start + 14, start + 21]);
    const twoYears = timeTicks([epochDay('2025-01-10'), epochDay('2027-01-10')]);
    expect(twoYears.length).toBeLessThanOrEqual(6);
    expect(twoYears.every((day) => isoOfEpochDay(day).endsWith('-01'))).toBe(true);
    expect(isoOfEpochDay(twoYears[0] ?? 0)).toBe('2025-02-01');
  });

  it('puts a weekly tick under the first rating, and labels long spans by month and year', () => {
    const day = epochDay('2026-11-28');
    expect(timeTicks([day - 2, day + 2], 6, day)).toEqual([day]);
    expect(timeTicks([day - 10, day + 20], 6, day)).toEqual([day - 7, day, day + 7, day + 14]);
    expect(tickLabelStyle([day - 60, day])).toBe('day');
    expect(tickLabelStyle([day - 400, day])).toBe('month');
  });

  it('thins the partner-gap bars as they grow many, and month labels to at most eight', () => {
    expect(gapStrokeWidth(3)).toBeGreaterThan(gapStrokeWidth(50));
    expect(labelInterval(6)).toBe(0);
    expect(labelInterval(24)).toBe(2);
  });

  it('draws one target line when both partners share it, else one per partner', () => {
    expect(targetLines(trustArea())).toEqual([{ who: 'both', value: 5 }]);
    expect(targetLines(trustArea({ target: { A: 6, B: null } }))).toEqual([{ who: 'A', value: 6 }]);
    expect(targetLines(trustArea({ target: { A: 6, B: 7 } })).map((t) => t.who)).toEqual(['A', 'B']);
  });

  it('joins the two ratings of each flagged date, and keys every event line uniquely', () => {
    expect(gapSegments(trustArea())).toEqual([{ day: epochDay('2026-10-02'), A: 7, B: 4 }]);
    const lines = markerLines([
      { date: '2026-10-02', kind: 'missedSession', label: 'Missed session' },
      { date: '2026-10-02', kind: 'missedSession', label: 'Missed session' },
    ]);
    expect(new Set(lines.map((l) => l.key)).size).toBe(2);
  });
});

describe('monthly rows', () => {
  const adherence: MonthAdherence[] = [
    {
      month: '2026-11',
      daysRecorded: 4,
      trustDiscussion: { done: 3, recorded: 4, rate: 0.75 },
      abstinence: { A: { yes: 3, no: 1, unknown: 0, rate: 0.75 }, B: null },
      supportMeetings: 2,
      screens: { taken: 1, positive: 0 },
    },
  ];

  it('labels months and turns rates into whole percentages, keeping “not recorded” as null', () => {
    expect(attendanceRows([{ month: '2026-10', due: 5, attended: 4, rate: 0.8 }], 'en-GB')).toEqual([
      { month: '2026-10', label: 'Oct 2026', due: 5, attended: 4, percent: 80 },
    ]);
    expect(adherenceRows(adherence, 'en-GB')[0]).toMatchObject({
      label: 'Nov 2026',
      trust: 75,
      abstinenceA: 75,
      abstinenceB: null,
      supportMeetings: 2,
    });
  });

  it('gives abstinence bars only to partners with abstinence recorded (those in recovery)', () => {
    expect(partnersWithAbstinence(adherence)).toEqual(['A']);
    expect(partnersWithAbstinence([])).toEqual([]);
  });
});

describe('radar rows', () => {
  it('takes one partner’s first and latest rating per area, with short spoke labels', () => {
    const rows = radarRows(
      [
        {
          area: 'emotional',
          label: 'Emotional intimacy',
          baseline: { A: 3, B: 4 },
          latest: { A: 6, B: null },
        },
      ],
      'B',
    );
    expect(rows).toEqual([{ area: 'emotional', label: 'Emotional', baseline: 4, latest: null }]);
    expect(hasRadarData(rows)).toBe(true);
    expect(hasRadarData([{ area: 'trust', label: 'Trust', baseline: null, latest: null }])).toBe(false);
    expect(shortAreaLabel('Communication')).toBe('Communication');
  });
});
