import { randomUUID } from 'node:crypto';
import { CoreFailure, notFound } from '@core/errors';
import type {
  Assessment,
  assessmentsContract,
  PartnerAssessment,
  PartnerScores,
} from '@shared/contract/assessments';
import {
  positiveSafetyItems,
  scoreAuditC,
  substanceUseSeverity,
  unaskedSafetyItems,
} from '@shared/domain/assessment';
import { toIsoDate } from '@shared/domain/dates';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handlers';

function scorePartner(partner: PartnerAssessment): PartnerScores {
  return {
    dsm5Assessed: partner.dsm5Assessed,
    criteriaMet: partner.dsm5Criteria.length,
    severity: substanceUseSeverity(partner.dsm5Criteria.length),
    auditC: partner.auditC ? scoreAuditC(partner.auditC, partner.auditCSex) : null,
    // Only a "yes" raises the flag below; an unasked item is shown as such, never as a denial.
    positiveSafety: positiveSafetyItems(partner.safety),
    unaskedSafety: unaskedSafetyItems(partner.safety),
  };
}

export function createAssessmentsHandlers(ctx: ServiceContext) {
  function requireCouple(coupleId: string): void {
    if (!ctx.session().couples.get(coupleId)) throw notFound('couple');
  }

  return {
    'assessments:create': (fields) => {
      const session = ctx.session();
      requireCouple(fields.coupleId);
      const now = ctx.clock();
      if (fields.assessedOn > toIsoDate(now)) {
        throw new CoreFailure('validation', 'Some fields need attention.', {
          fields: { assessedOn: 'The assessment date cannot be in the future' },
        });
      }
      const scores = { partnerA: scorePartner(fields.partnerA), partnerB: scorePartner(fields.partnerB) };
      const reasons = [
        ...scores.partnerA.positiveSafety.map((id) => `A.${id}`),
        ...scores.partnerB.positiveSafety.map((id) => `B.${id}`),
      ];
      const id = randomUUID();
      session.db.transaction(() => {
        const version = session.assessments.nextVersion(fields.coupleId);
        session.assessments.insert({
          id,
          fields,
          version,
          createdAt: now.toISOString(),
          scores,
          safetyPositive: reasons.length > 0,
        });
        session.audit.record(
          'assessment.created',
          { entity: 'assessment', id },
          { coupleId: fields.coupleId, version },
        );
        if (reasons.length > 0) {
          const flagId = randomUUID();
          session.safety.insert({
            id: flagId,
            coupleId: fields.coupleId,
            raisedAt: now.toISOString(),
            source: 'assessment',
            sourceId: id,
            reasons,
          });
          session.audit.record(
            'safety.flag_raised',
            { entity: 'safety_flag', id: flagId },
            { coupleId: fields.coupleId, reasons },
          );
        }
      })();
      return session.assessments.get(id) as Assessment;
    },

    'assessments:get': ({ id }) => {
      const assessment = ctx.session().assessments.get(id);
      if (!assessment) throw notFound('assessment');
      ctx.session().audit.record('assessment.viewed', { entity: 'assessment', id });
      return assessment;
    },

    'assessments:list': ({ coupleId }) => {
      requireCouple(coupleId);
      return { items: ctx.session().assessments.listForCouple(coupleId) };
    },
  } satisfies HandlerMap<keyof typeof assessmentsContract>;
}
