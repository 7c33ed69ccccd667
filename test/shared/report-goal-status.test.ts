import { goalStanding, type MilestoneStanding } from '@shared/domain/reports/goal-status';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const m = (
  baseline: number | null,
  target: number | null,
  latest: number | null,
  stalled = false,
): MilestoneStanding => ({
  baseline,
  target,
  latest: latest === null ? null : { date: '2026-04-01', value: latest },
  stalled,
});

describe('goalStanding', () => {
  it.each([
    ['every measurable milestone at target', [m(2, 5, 5), m(0, 3, 4)], 'met', '2 of 2 milestones at target'],
    ['a target below the baseline, reached', [m(6, 1, 1)], 'met', '1 of 1 milestone at target'],
    ['a target below the baseline, not reached', [m(6, 1, 3)], 'progressing', '0 of 1 milestone at target'],
    [
      'a milestone without a target does not stop a goal being met',
      [m(2, 5, 5), m(null, null, 3)],
      'met',
      '1 of 1 milestone at target',
    ],
    [
      'met outranks a stale stall flag on a milestone at target',
      [m(2, 5, 5, true)],
      'met',
      '1 of 1 milestone at target',
    ],
    [
      'a stall outranks progress elsewhere',
      [m(2, 5, 5), m(0, 5, 1, true)],
      'stalled',
      '1 milestone with no recent improvement; 1 of 2 milestones at target',
    ],
    ['one measured, one not', [m(2, 5, 3), m(0, 5, null)], 'progressing', '0 of 2 milestones at target'],
    [
      'measured, but with no target to judge by',
      [m(null, null, 3)],
      'progressing',
      '1 milestone measured; none has a target set',
    ],
    ['nothing measured', [m(2, 5, null)], 'notMeasured', 'No measurements yet'],
    ['no milestones', [], 'notMeasured', 'No milestones set for this goal'],
  ] as const)('%s', (_case, milestones, status, detail) => {
    expect(goalStanding(milestones)).toEqual({ status, detail });
  });

  it('is never met while a measurable milestone is short of its target (property)', () => {
    const milestone = fc
      .record({
        baseline: fc.integer({ min: 0, max: 10 }),
        target: fc.integer({ min: 0, max: 10 }),
        latest: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
        stalled: fc.boolean(),
      })
      .map(({ baseline, target, latest, stalled }) => m(baseline, target, latest, stalled));
    fc.assert(
      fc.property(fc.array(milestone, { maxLength: 5 }), (milestones) => {
        const short = milestones.some((x) => {
          if (x.latest === null || x.baseline === null || x.target === null) return true;
          return x.target >= x.baseline ? x.latest.value < x.target : x.latest.value > x.target;
        });
        const { status } = goalStanding(milestones);
        return !(status === 'met' && short);
      }),
    );
  });
});
