/** fast-check arbitraries for the plan engine's input: any partner the assessment form can record. */

import {
  codependencyItems,
  dsm5Criteria,
  type SafetyAnswer,
  type SafetyItemId,
  safetyItems,
  trustHistoryItems,
} from '@shared/domain/assessment';
import type { EnginePartner } from '@shared/domain/plan-engine';
import fc from 'fast-check';

const criteria = dsm5Criteria.map((c) => c.id);
const rating = fc.integer({ min: 0, max: 10 });
export const partnerArb: fc.Arbitrary<EnginePartner> = fc.record({
  ratings: fc.record({
    emotional: rating,
    physical: rating,
    intellectual: rating,
    experiential: rating,
    trust: rating,
    communication: rating,
  }),
  substances: fc.subarray(['alcohol', 'cannabis', 'fictional-pills']),
  dsm5Criteria: fc.subarray(criteria),
  yearsOfUse: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
  trustHistory: fc.subarray(trustHistoryItems.map((i) => i.id)),
  codependency: fc.subarray(codependencyItems.map((i) => i.id)),
  commitment: fc.integer({ min: 1, max: 5 }),
  intent: fc.constantFrom('improve', 'decide', 'unsure'),
  safety: fc.record(
    Object.fromEntries(
      safetyItems.map((item) => [
        item.id,
        fc.nat(19).map((n): SafetyAnswer => (n === 0 ? 'yes' : n % 3 === 0 ? 'notAsked' : 'no')),
      ]),
    ) as Record<SafetyItemId, fc.Arbitrary<SafetyAnswer>>,
  ),
});
export const historyArb = fc.option(
  fc.record({
    attendanceRate: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
    stalledMilestones: fc.integer({ min: 0, max: 8 }),
  }),
  { nil: undefined },
);
