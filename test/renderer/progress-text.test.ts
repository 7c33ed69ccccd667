import {
  describeAdherence,
  describeArea,
  describeAttendance,
  describeRadar,
} from '@renderer/features/dashboard/describe';
import { monthLabel, percentText, valueText } from '@renderer/features/dashboard/format';
import {
  measuredCount,
  milestonesByGoal,
  progressPercent,
  progressText,
} from '@renderer/features/dashboard/milestoneView';
import type { AreaChart, MilestoneProgress } from '@shared/domain/dashboard';
import { describe, expect, it } from 'vitest';

const names = { A: 'Zoë', B: 'Łukasz' };

const trust: AreaChart = {
  area: 'trust',
  label: 'Trust',
  series: {
    A: [
      { date: '2026-09-01', value: 2 },
      { date: '2026-10-02', value: 7 },
    ],
    B: [
      { date: '2026-09-01', value: 4 },
      { date: '2026-10-02', value: 4 },
    ],
  },
  target: { A: 5, B: null },
  discrepancies: [{ date: '2026-10-02', A: 7, B: 4 }],
  discrepancyNow: true,
};

function milestone(overrides: Partial<MilestoneProgress> = {}): MilestoneProgress {
  return {
    key: 'milestone:trust:A:halfway',
    description: 'Partner A’s rating of trust halfway to target',
    goal: 'Rebuild trust',
    method: 'partnerFeedbackA',
    baseline: 2,
    target: 8,
    dueDate: '2026-12-18',
    scale: { unit: 'rating', min: 0, max: 10 },
    source: { kind: 'checkIn', partner: 'A', area: 'trust' },
    sourceLabel: 'Partner A’s check-in ratings in sessions and assessments',
    derived: true,
    measurements: 2,
    fromSource: 2,
    entered: 0,
    outOfRange: [],
    latest: { date: '2026-10-22', value: 4.5 },
    reachedOn: null,
    progress: 2.5 / 6,
    trend: 'insufficient',
    trendSummary: 'Too few measurements',
    stalled: false,
    stallReason: null,
    series: [],
    ...overrides,
  };
}

describe('chart descriptions (the charts’ accessible names)', () => {
  it('names each partner with first, latest and target, the span, and the gaps for the clinician', () => {
    const text = describeArea(trust, [{ date: '2026-09-20', kind: 'relapse', label: 'Relapse' }], names, {
      shareable: false,
      locale: 'en-GB',
    });
    expect(text).toContain('Trust.');
    expect(text).toContain('1 Sept 2026 to 2 Oct 2026');
    expect(text).toContain('Partner A (Zoë): 2 ratings, first 2, latest 7, target 5.');
    expect(text).toContain('Partner B (Łukasz): 2 ratings, first 4, latest 4.');
    expect(text).toContain('1 date with the partners 3 or more points apart, including the latest.');
    expect(text).toContain('Events marked: relapse 1.');
  });

  it('leaves the gaps between partners out of the shareable view', () => {
    const text = describeArea(trust, [], names, { shareable: true, locale: 'en-GB' });
    expect(text).not.toMatch(/apart/);
  });

  it('says so when an area has no ratings', () => {
    const empty = { ...trust, series: { A: [], B: [] }, discrepancies: [] };
    expect(describeArea(empty, [], names, { shareable: false })).toContain('No ratings yet.');
  });

  it('words the radar, attendance and calendar charts', () => {
    expect(
      describeRadar(
        [{ area: 'trust', label: 'Trust', baseline: { A: 2, B: 4 }, latest: { A: 7, B: null } }],
        'B',
        names,
      ),
    ).toContain('Partner B (Łukasz): first rating against latest, per area (0 to 10). Trust 4 then —.');
    expect(describeAttendance([{ month: '2026-10', due: 5, attended: 4, rate: 0.8 }], 'en-GB')).toBe(
      'Sessions attended of sessions due, per month: Oct 2026 4 of 5.',
    );
    expect(describeAttendance([])).toMatch(/no sessions were due yet/);
    expect(
      describeAdherence(
        [
          {
            month: '2026-11',
            daysRecorded: 4,
            trustDiscussion: { done: 3, recorded: 4, rate: 0.75 },
            abstinence: { A: { yes: 3, no: 1, unknown: 0, rate: 0.75 }, B: null },
            supportMeetings: 0,
            screens: { taken: 0, positive: 0 },
          },
        ],
        ['A'],
        names,
        'en-GB',
      ),
    ).toContain('Nov 2026: trust discussion 75%, abstinent days Partner A (Zoë) 75%');
  });
});

describe('formatting', () => {
  it('formats months, percentages and values', () => {
    expect(monthLabel('2027-01', 'en-GB')).toBe('Jan 2027');
    expect(percentText(0.333)).toBe('33%');
    expect(percentText(null)).toBe('Not recorded');
    expect(valueText(4.25)).toBe('4.3');
    expect(valueText(4)).toBe('4');
    expect(valueText(null)).toBe('—');
  });
});

describe('milestone view', () => {
  it('groups milestones under their goal in plan order', () => {
    const groups = milestonesByGoal([
      milestone({ key: 'a', goal: 'Rebuild trust' }),
      milestone({ key: 'b', goal: 'Talk daily' }),
      milestone({ key: 'c', goal: 'Rebuild trust' }),
    ]);
    expect(groups.map((g) => [g.goal, g.milestones.map((m) => m.key)])).toEqual([
      ['Rebuild trust', ['a', 'c']],
      ['Talk daily', ['b']],
    ]);
  });

  it('says how far along a milestone is, or why it cannot', () => {
    expect(progressPercent(milestone())).toBe(42);
    expect(progressText(milestone())).toBe('42% of the way from 2 to 8 (latest 4.5)');
    expect(progressText(milestone({ progress: null, latest: null, measurements: 0 }))).toBe(
      'Not measured yet (baseline 2, target 8)',
    );
    expect(progressText(milestone({ baseline: null, progress: null }))).toBe('No baseline or target set');
    expect(measuredCount([milestone(), milestone({ measurements: 0 })])).toBe(1);
  });
});
