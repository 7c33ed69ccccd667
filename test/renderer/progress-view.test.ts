import { attendanceText, homeworkText, rateText } from '@renderer/features/dashboard/consistencyText';
import { dashboardContent } from '@renderer/features/dashboard/emptiness';
import { cellMark, cellText, heatmapCounts, heatmapMonths } from '@renderer/features/dashboard/heatmapGrid';
import { isShareable, showsTables, withSwitch } from '@renderer/features/dashboard/viewParams';
import { buildDashboard, type DashboardInput } from '@shared/domain/dashboard';
import { describe, expect, it } from 'vitest';

function emptyInput(overrides: Partial<DashboardInput> = {}): DashboardInput {
  return {
    today: '2026-11-20',
    assessments: [],
    sessions: [],
    plan: null,
    planSignings: [],
    measurements: [],
    calendar: [],
    events: [],
    openSafetyFlags: 0,
    homework: [],
    maxPoints: 200,
    ...overrides,
  };
}

const ratings = (value: number) => ({
  emotional: value,
  physical: value,
  intellectual: value,
  experiential: value,
  trust: value,
  communication: value,
});

describe('shareable view and table switches in the address', () => {
  it('reads and writes each switch, keeping the tab', () => {
    const params = new URLSearchParams('tab=progress');
    expect(isShareable(params)).toBe(false);
    const shared = withSwitch(params, 'shareable', true);
    expect(shared.toString()).toBe('tab=progress&view=shareable');
    expect(isShareable(shared)).toBe(true);
    const tables = withSwitch(shared, 'tables', true);
    expect(showsTables(tables)).toBe(true);
    expect(withSwitch(tables, 'shareable', false).toString()).toBe('tab=progress&tables=1');
    // The original is left alone.
    expect(params.toString()).toBe('tab=progress');
  });

  it('treats any other value of view as the clinician’s view', () => {
    expect(isShareable(new URLSearchParams('view=1'))).toBe(false);
  });
});

describe('what the dashboard has to show', () => {
  it('is empty for a couple with nothing recorded (the core’s own empty dashboard)', () => {
    const content = dashboardContent(buildDashboard(emptyInput()));
    expect(content).toMatchObject({ hasPlan: false, hasRatings: false, isEmpty: true });
  });

  it('has ratings but no plan after an assessment only', () => {
    const content = dashboardContent(
      buildDashboard(
        emptyInput({
          assessments: [{ assessedOn: '2026-09-01', ratings: { A: ratings(3), B: ratings(4) } }],
        }),
      ),
    );
    expect(content).toMatchObject({
      hasPlan: false,
      hasRatings: true,
      hasMeasurements: false,
      isEmpty: false,
    });
  });
});

describe('recovery-calendar heatmap grid', () => {
  const days = [
    { date: '2024-01-31', abstinence: 'yes' as const, trustDiscussion: true },
    { date: '2024-03-02', abstinence: 'no' as const, trustDiscussion: false },
    { date: '2024-03-03', abstinence: null, trustDiscussion: null },
  ];

  it('lays out every month from the first to the last recorded day, gaps included, a cell per day', () => {
    const months = heatmapMonths(days);
    expect(months.map((m) => [m.month, m.cells.length])).toEqual([
      ['2024-01', 31],
      ['2024-02', 29],
      ['2024-03', 31],
    ]);
    expect(months[0]?.cells[30]?.entry?.abstinence).toBe('yes');
    expect(months[1]?.cells.every((c) => c.entry === null)).toBe(true);
    expect(months[2]?.cells[1]?.date).toBe('2024-03-02');
    expect(heatmapMonths([])).toEqual([]);
  });

  it('crosses a year end', () => {
    const months = heatmapMonths([
      { date: '2025-12-30', abstinence: 'yes', trustDiscussion: null },
      { date: '2026-01-02', abstinence: 'yes', trustDiscussion: null },
    ]);
    expect(months.map((m) => m.month)).toEqual(['2025-12', '2026-01']);
  });

  it('words each cell and counts the days', () => {
    expect(cellMark(null)).toBe('none');
    expect(cellMark(days[2] ?? null)).toBe('blank');
    expect(cellText(days[1] ?? null)).toBe('Use recorded; trust discussion not held');
    expect(cellText(null)).toBe('Not recorded');
    expect(heatmapCounts(days)).toEqual({ recorded: 3, yes: 1, no: 1, unknown: 0, trustHeld: 1 });
  });
});

describe('consistency figures', () => {
  it('says homework as the clinician would, leaving out the parts that are zero', () => {
    const homework = { assigned: 8, reported: 6, done: 5, partly: 1, rate: 5.5 / 8, reportedRate: 0.75 };
    expect(homeworkText(homework)).toBe('5 of 8 done, 1 partly, 2 not reported');
    expect(homeworkText({ ...homework, reported: 8, done: 5, partly: 0 })).toBe('5 of 8 done, 3 not done');
    expect(rateText(homework.rate)).toBe('69%');
    expect(attendanceText({ due: 8, attended: 7, rate: 7 / 8 })).toBe('7 of 8 sessions attended');
  });

  it('has an empty state for a couple with nothing due yet', () => {
    const { consistency } = buildDashboard(emptyInput());
    expect(homeworkText(consistency.homework)).toBe('None reviewed or past due yet');
    expect(attendanceText(consistency.attendance)).toBe('No session due yet');
    expect(rateText(consistency.homework.rate)).toBeNull();
  });
});
