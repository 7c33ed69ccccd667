import { z } from 'zod';
import type { ProposedPlan } from '../domain/plan-engine/types';
import { idSchema } from './fields';

/**
 * The proposal is computed in the core by the pure engine in shared/domain and returned
 * as is; it is typed end to end, and nothing in it comes from outside the process. Plans
 * the clinician edits and saves come back through schemas of their own.
 */
const proposedPlanSchema = z.custom<ProposedPlan>(
  (value) => typeof value === 'object' && value !== null && 'problemAreas' in value && 'timeline' in value,
  'Not a proposed plan',
);

export const plansContract = {
  'plans:propose': {
    input: z.object({ coupleId: idSchema }).strict(),
    output: z.object({
      assessmentId: idSchema,
      assessedOn: z.string(),
      attendanceRate: z.number().min(0).max(1).nullable(),
      plan: proposedPlanSchema,
    }),
  },
} as const;
