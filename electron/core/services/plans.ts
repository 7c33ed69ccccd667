import type { plansContract } from '../../../shared/contract/plans';
import { attendanceRate } from '../../../shared/domain/attendance';
import type { LibraryEntry } from '../../../shared/domain/library';
import { proposePlan } from '../../../shared/domain/plan-engine';
import { CoreFailure, notFound } from '../errors';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handlers';

export function createPlansHandlers(ctx: ServiceContext) {
  return {
    /**
     * A plan proposal from the couple's latest assessment, their attendance so far and the
     * library as the clinician has edited it. Nothing is stored: the clinician edits and
     * saves the plan in a later step.
     */
    'plans:propose': ({ coupleId }) => {
      const s = ctx.session();
      if (!s.couples.get(coupleId)) throw notFound('couple');
      const latest = s.assessments.listForCouple(coupleId)[0];
      const assessment = latest ? s.assessments.get(latest.id) : null;
      if (!assessment) {
        throw new CoreFailure(
          'not_found',
          'Record an intake assessment first: the proposal is built from it.',
        );
      }
      const rate = attendanceRate(s.sessions.listForCouple(coupleId));
      const library = s.library.all().map((row) => JSON.parse(row.entry) as LibraryEntry);
      const plan = proposePlan({
        assessment,
        library,
        history: { attendanceRate: rate, stalledMilestones: 0 },
      });
      return { assessmentId: assessment.id, assessedOn: assessment.assessedOn, attendanceRate: rate, plan };
    },
  } satisfies HandlerMap<keyof typeof plansContract>;
}
