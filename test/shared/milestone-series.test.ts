import { buildDashboard } from '@shared/domain/dashboard';
import { milestoneProgress } from '@shared/domain/dashboard/milestones';
import type { DashboardInput } from '@shared/domain/dashboard/types';
import { addDaysIso } from '@shared/domain/dates';
import { blankPlanDocument, type PlanMilestone } from '@shared/domain/plan';
import type { RecoveryDay } from '@shared/domain/progress';
import {
  milestoneSeries,
  outOfRangeSentence,
  recentAbstinence,
  weekEnding,
} from '@shared/domain/progress/milestone-series';
import { buildProgressReport } from '@shared/domain/reports/progress-report';
import { describe, expect, it } from 'vitest';
import { goal, milestone, objective, problemArea } from './plan-fixtures';
import { fixtureCouple, fixtureOptions, ratings } from './report-fixtures';

const held = (date: string, A: number | null, B: number | null = null) => ({
  id: `s-${date}`,
  date,
  outcome: 'held' as const,
  attendance: { A: 'present' as const, B: 'present' as const },
  checkIn: { A: A === null ? null : ratings(A), B: B === null ? null : ratings(B) },
});

const day = (date: string, patch: Partial<RecoveryDay> = {}): RecoveryDay => ({
  date,
  trustDiscussion: null,
  abstinence: { A: null, B: null },
  supportMeeting: null,
  screen: null,
  ...patch,
});

/** A record as the dashboard gets it, empty but for what a test gives. */
function record(patch: Partial<DashboardInput> = {}): DashboardInput {
  return {
    today: '2026-03-18', // a Wednesday
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
    ...patch,
  };
}

/** A milestone signed before scales and sources were stored: both are inferred from its key. */
const legacyTrustA = milestone({
  key: 'milestone:trust:A:halfway',
  description: "Partner A's rating of trust halfway to target",
  method: 'partnerFeedbackA',
  baseline: 2,
  target: 5,
});
const legacyTrustDiscussion = milestone({
  key: 'milestone:trust:accountability:log',
  description: 'Days per week the daily trust discussion or promises-kept log is recorded',
  method: 'coupleLog',
  baseline: 0,
  target: 5,
});
const abstinenceA = milestone({
  key: 'milestone:triggers:A:abstinence',
  description: 'Abstinent days per week',
  method: 'coupleLog',
  baseline: 3,
  target: 7,
});

function planWith(...milestones: PlanMilestone[]): DashboardInput['plan'] {
  return {
    document: {
      ...blankPlanDocument(),
      problemAreas: [
        problemArea({
          key: 'area:trust',
          area: 'trust',
          title: 'Trust',
          goals: [
            goal({
              key: 'goal:trust',
              description: 'Rebuild trust',
              objectives: [objective({ key: 'obj:trust', milestones })],
            }),
          ],
        }),
      ],
    },
    signedAt: '2026-01-10T10:00:00.000Z',
  };
}

describe('weekEnding', () => {
  it('ends a week on its Sunday: Monday to Sunday, whatever the day given', () => {
    expect(weekEnding('2026-03-09')).toBe('2026-03-15'); // Monday
    expect(weekEnding('2026-03-12')).toBe('2026-03-15'); // Thursday
    expect(weekEnding('2026-03-15')).toBe('2026-03-15'); // Sunday
    expect(weekEnding('2026-12-28')).toBe('2027-01-03'); // across a year
  });
});

describe('milestoneSeries', () => {
  it('reads a check-in milestone from that partner’s ratings of the area at held sessions and assessments', () => {
    const series = milestoneSeries(
      legacyTrustA,
      record({
        assessments: [{ assessedOn: '2026-01-05', ratings: { A: ratings(2), B: ratings(9) } }],
        sessions: [
          held('2026-01-14', 3, 8),
          { ...held('2026-01-21', null), outcome: 'noShow', checkIn: { A: null, B: null } },
          held('2026-01-28', null, 7), // partner A gave no check-in
          held('2026-02-04', 4),
          held('2026-03-25', 9), // after today: not yet
        ],
      }),
    );
    expect(series.measure).toMatchObject({
      source: { kind: 'checkIn', partner: 'A', area: 'trust' },
      scale: { unit: 'rating', min: 0, max: 10 },
      inferred: true,
    });
    expect(series.values).toEqual([
      { date: '2026-01-05', value: 2 },
      { date: '2026-01-14', value: 3 },
      { date: '2026-02-04', value: 4 },
    ]);
    expect(series).toMatchObject({ derived: 3, entered: 0, outOfRange: [] });
  });

  it('counts the recovery calendar per complete Monday-to-Sunday week, dated on its Sunday', () => {
    const week = (monday: string, marks: Partial<RecoveryDay>[]) =>
      marks.map((mark, i) => day(addDaysIso(monday, i), mark));
    const yes = { trustDiscussion: true, abstinence: { A: 'yes', B: null } } as const;
    const no = { trustDiscussion: false, abstinence: { A: 'no', B: null } } as const;
    const calendar = [
      // Week ending 2026-03-01: all seven days recorded, five of them yes.
      ...week('2026-02-23', [yes, no, yes, yes, no, yes, yes]),
      // Week ending 2026-03-08: nothing recorded at all: a gap, not a zero.
      // Week ending 2026-03-15: six days recorded, and abstinence unknown on one of them: a gap for
      // both, not a low count, since a day nobody filled in is not a day of use.
      ...week('2026-03-09', [
        yes,
        yes,
        { trustDiscussion: true, abstinence: { A: 'unknown', B: null } },
        yes,
        yes,
        yes,
      ]),
      // Week ending 2026-03-22: all seven recorded, but it is still in progress on the 18th.
      ...week('2026-03-16', [yes, yes, yes, no, no, yes, yes]),
    ];
    const input = record({ calendar });
    const trust = milestoneSeries(legacyTrustDiscussion, input);
    expect(trust.measure.source).toEqual({ kind: 'calendar', field: 'trustDiscussion', partner: null });
    expect(trust.values).toEqual([{ date: '2026-03-01', value: 5 }]);
    const abstinent = milestoneSeries(abstinenceA, input);
    expect(abstinent.measure.source).toEqual({ kind: 'calendar', field: 'abstinence', partner: 'A' });
    expect(abstinent.values).toEqual([{ date: '2026-03-01', value: 5 }]);
    // On the Sunday itself the week is over and counts.
    expect(milestoneSeries(legacyTrustDiscussion, { ...input, today: '2026-03-22' }).values.at(-1)).toEqual({
      date: '2026-03-22',
      value: 5,
    });
  });

  it('says how many days a week each partner was abstinent lately: the last four complete weeks, rounded down', () => {
    const marks = (monday: string, ...abstinent: ('yes' | 'no')[]) =>
      abstinent.map((A, i) => day(addDaysIso(monday, i), { abstinence: { A, B: null } }));
    const calendar = [
      ...marks('2026-02-02', 'no', 'no', 'no', 'no', 'no', 'no', 'no'), // five weeks back: left out
      ...marks('2026-02-09', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'no'), // 6
      ...marks('2026-02-16', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes'), // 7
      ...marks('2026-02-23', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes'), // 7
      ...marks('2026-03-02', 'yes', 'yes', 'yes', 'yes', 'yes', 'no', 'yes'), // 6
      ...marks('2026-03-16', 'no', 'no'), // the week in progress
    ];
    expect(recentAbstinence(calendar, '2026-03-18')).toEqual({ A: 6, B: null });
    expect(recentAbstinence([], '2026-03-18')).toEqual({ A: null, B: null });
  });

  it('merges values entered by hand for the key with the derived ones, by date, and lists entries out of range', () => {
    const series = milestoneSeries(
      legacyTrustA,
      record({
        assessments: [{ assessedOn: '2026-01-05', ratings: { A: ratings(2), B: ratings(2) } }],
        sessions: [held('2026-02-04', 4)],
        measurements: [
          { milestoneKey: legacyTrustA.key, source: 'partnerFeedbackA', measuredOn: '2026-01-20', value: 3 },
          { milestoneKey: legacyTrustA.key, source: 'partnerFeedbackA', measuredOn: '2026-03-03', value: 12 },
          { milestoneKey: 'milestone:other', source: 'coupleLog', measuredOn: '2026-01-21', value: 1 },
        ],
      }),
    );
    expect(series.values.map((v) => v.date)).toEqual([
      '2026-01-05',
      '2026-01-20',
      '2026-02-04',
      '2026-03-03',
    ]);
    expect(series).toMatchObject({ derived: 2, entered: 2 });
    expect(series.outOfRange).toEqual([{ date: '2026-03-03', value: 12 }]);
  });

  it('says which recorded values lie outside the range, for the clinician', () => {
    const format = (iso: string) => `<${iso}>`;
    expect(outOfRangeSentence([], { min: 0, max: 10 }, format)).toBeNull();
    expect(outOfRangeSentence([{ date: '2026-03-03', value: 12 }], { min: 0, max: 10 }, format)).toBe(
      "A value outside this milestone's range: 12 on <2026-03-03> (range 0 to 10)",
    );
    expect(
      outOfRangeSentence(
        [
          { date: '2026-03-03', value: 12 },
          { date: '2026-03-10', value: 9 },
        ],
        { min: 0, max: 7 },
        format,
      ),
    ).toBe("Values outside this milestone's range: 12 on <2026-03-03>, 9 on <2026-03-10> (range 0 to 7)");
  });

  it('uses a stored source over the key', () => {
    const stored = milestone({
      key: 'ms:custom',
      scale: { unit: 'rating', min: 0, max: 10 },
      recordedBy: { kind: 'checkIn', partner: 'B', area: 'communication' },
    });
    const series = milestoneSeries(stored, record({ sessions: [held('2026-02-04', 1, 6)] }));
    expect(series.measure.inferred).toBe(false);
    expect(series.values).toEqual([{ date: '2026-02-04', value: 6 }]);
  });
});

describe('milestoneProgress from the derived series', () => {
  it('measures a legacy rating milestone from check-ins alone, naming the source and counting its values', () => {
    const [trust, log] = milestoneProgress(
      record({
        plan: planWith(legacyTrustA, legacyTrustDiscussion),
        assessments: [{ assessedOn: '2026-01-05', ratings: { A: ratings(2), B: ratings(2) } }],
        sessions: [held('2026-01-14', 3), held('2026-01-21', 4), held('2026-01-28', 5)],
      }),
    );
    expect(trust).toMatchObject({
      sourceLabel: "Partner A's check-in ratings in sessions and assessments",
      derived: true,
      measurements: 4,
      fromSource: 4,
      entered: 0,
      latest: { date: '2026-01-28', value: 5 },
      progress: 1,
      trend: 'improving',
    });
    expect(log).toMatchObject({
      sourceLabel: 'Recovery calendar: days with the trust discussion',
      derived: true,
      measurements: 0,
      latest: null,
      progress: null,
    });
  });

  it('judges a report’s milestones on their whole history up to the period’s end, as the dashboard does then', () => {
    const plan = planWith(legacyTrustA);
    const sessions = Array.from({ length: 12 }, (_, week) =>
      held(addDaysIso('2026-01-07', week * 7), Math.min(10, 2 + week)),
    );
    const whole = record({ today: '2026-05-15', plan, sessions });
    const report = buildProgressReport({
      couple: fixtureCouple,
      options: fixtureOptions({ from: '2026-03-01', to: '2026-03-15' }),
      dashboardInput: whole,
      generatedOn: '2026-05-15',
    });
    // The dashboard as it stood on the period's last day, over the whole record to then.
    const then = buildDashboard({
      ...whole,
      today: '2026-03-15',
      sessions: sessions.filter((s) => s.date <= '2026-03-15'),
    });
    const onScreen = then.milestones[0];
    const printed = report.milestones?.[0];
    expect(printed?.latest).toEqual(onScreen?.latest);
    expect(printed).toMatchObject({
      progress: onScreen?.progress,
      trend: onScreen?.trend,
      stalled: onScreen?.stalled,
    });
    expect(printed?.latest).toEqual({ date: '2026-03-11', value: 10 });
    expect(report.goals?.[0]?.status).toBe('met');
  });

  it('prints "Not yet measured" only when no source has a value', () => {
    const input = (sessions: DashboardInput['sessions']) => ({
      couple: fixtureCouple,
      options: fixtureOptions({ from: '2026-01-01', to: '2026-03-31' }),
      dashboardInput: record({ today: '2026-05-15', plan: planWith(legacyTrustA), sessions }),
      generatedOn: '2026-05-15',
    });
    expect(buildProgressReport(input([])).goals?.[0]?.status).toBe('notMeasured');
    expect(buildProgressReport(input([held('2026-02-04', 3)])).goals?.[0]).toMatchObject({
      status: 'progressing',
      detail: '0 of 1 milestone at target',
    });
  });

  it('leaves abstinence weeks off a report without substance-use details', () => {
    const calendar = Array.from({ length: 14 }, (_, i) =>
      day(addDaysIso('2026-03-02', i), { trustDiscussion: true, abstinence: { A: 'yes', B: null } }),
    );
    const dashboardInput = record({
      today: '2026-05-15',
      plan: planWith(abstinenceA, legacyTrustDiscussion),
      calendar,
    });
    const report = (includeSubstanceUse: boolean) =>
      buildProgressReport({
        couple: fixtureCouple,
        options: fixtureOptions({ from: '2026-03-01', to: '2026-03-31', includeSubstanceUse }),
        dashboardInput,
        generatedOn: '2026-05-15',
      });
    const withUse = buildDashboard(dashboardInput).milestones;
    expect(withUse.map((m) => m.latest?.value)).toEqual([7, 7]);
    const periodWithout = report(false);
    expect(
      periodWithout.milestones?.find((m) => m.description === 'Abstinent days per week')?.latest ?? null,
    ).toBe(null);
    expect(periodWithout.milestones?.find((m) => m.description.startsWith('Days per week'))?.latest).toEqual({
      date: '2026-03-15',
      value: 7,
    });
  });
});
