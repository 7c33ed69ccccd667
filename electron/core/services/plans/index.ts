import { randomUUID } from 'node:crypto';
import { CoreFailure, notFound } from '@core/errors';
import type { ServiceContext } from '@core/services/context';
import type { HandlerMap } from '@core/services/handlers';
import type { Session } from '@core/session';
import type { PlanVersion, plansContract } from '@shared/contract/plans';
import { toIsoDate } from '@shared/domain/dates';
import { isSafetySensitive } from '@shared/domain/library';
import {
  blankPlanDocument,
  diffPlanVersions,
  type PlanDocument,
  signingProblems,
  withCurrentSuggestions,
} from '@shared/domain/plan';
import { loadVersion, planSummary, proposalFor } from './versions';

function requireCouple(s: Session, coupleId: string): void {
  if (!s.couples.get(coupleId)) throw notFound('couple');
}

function requireDraft(s: Session, id: string): PlanVersion {
  const version = loadVersion(s, id);
  if (version.status !== 'draft') {
    throw new CoreFailure(
      'conflict',
      `Version ${version.version} is signed and cannot change. Start a revision instead.`,
    );
  }
  return version;
}

export function createPlansHandlers(ctx: ServiceContext) {
  return {
    'plans:propose': ({ coupleId }) => {
      const s = ctx.session();
      requireCouple(s, coupleId);
      const { document } = proposalFor(s, coupleId, ctx.clock());
      s.audit.record('plan.proposed', { entity: 'couple', id: coupleId }, { coupleId });
      return { document };
    },

    'plans:get': ({ coupleId }) => {
      const s = ctx.session();
      requireCouple(s, coupleId);
      const versions = s.plans.listForCouple(coupleId);
      const active = s.plans.activeFor(coupleId);
      const draft = s.plans.draftFor(coupleId);
      s.audit.record('plan.viewed', { entity: 'couple', id: coupleId }, { coupleId });
      return { versions, active, draft };
    },

    'plans:version': ({ id }) => {
      const s = ctx.session();
      const version = loadVersion(s, id);
      s.audit.record(
        'plan.viewed',
        { entity: 'plan_version', id },
        { coupleId: version.coupleId, version: version.version },
      );
      return version;
    },

    'plans:startDraft': ({ coupleId, from }) => {
      const s = ctx.session();
      requireCouple(s, coupleId);
      const open = s.plans.draftFor(coupleId);
      if (open) {
        throw new CoreFailure(
          'conflict',
          `Version ${open.version} is still a draft. Continue it, or discard it before starting another.`,
        );
      }
      const active = s.plans.activeFor(coupleId);
      let document: PlanDocument;
      let assessmentId: string | null = null;
      let reviewDate: string | null = null;
      if (from === 'proposal') {
        ({ document, assessmentId } = proposalFor(s, coupleId, ctx.clock()));
      } else if (from === 'blank') {
        document = blankPlanDocument();
      } else {
        if (!active) throw new CoreFailure('not_found', 'There is no signed plan to revise yet.');
        // The suggestions come fresh from the latest assessment and today's safety flags.
        const latest =
          s.assessments.listForCouple(coupleId).length > 0 ? proposalFor(s, coupleId, ctx.clock()) : null;
        document = withCurrentSuggestions(active.document, latest?.document ?? null);
        assessmentId = s.plans.assessmentIdOf(active.id);
        reviewDate = active.reviewDate;
      }
      const id = randomUUID();
      s.db.transaction(() => {
        s.plans.insertDraft({
          id,
          coupleId,
          source: from === 'active' ? 'revision' : from,
          basedOn: active?.id ?? null,
          assessmentId,
          document,
          reviewDate,
          now: ctx.clock().toISOString(),
        });
        s.audit.record('plan.draft_started', { entity: 'plan_version', id }, { coupleId, from });
      })();
      return loadVersion(s, id);
    },

    'plans:saveDraft': ({ id, document, reviewDate }) => {
      const s = ctx.session();
      const draft = requireDraft(s, id);
      s.db.transaction(() => {
        s.plans.updateDraft(id, document, reviewDate, ctx.clock().toISOString());
        s.audit.record('plan.draft_saved', { entity: 'plan_version', id }, { coupleId: draft.coupleId });
      })();
      return loadVersion(s, id);
    },

    'plans:discardDraft': ({ id }) => {
      const s = ctx.session();
      const draft = requireDraft(s, id);
      s.db.transaction(() => {
        s.plans.deleteDraft(id);
        s.audit.record(
          'plan.draft_discarded',
          { entity: 'plan_version', id },
          { coupleId: draft.coupleId, version: draft.version },
        );
      })();
      return { discarded: true as const };
    },

    'plans:sign': ({ id, signedBy }) => {
      const s = ctx.session();
      const draft = requireDraft(s, id);
      const sensitive = new Set(
        s.library
          .entries()
          .filter(isSafetySensitive)
          .map((entry) => entry.id),
      );
      const problems = signingProblems(draft.document, draft.reviewDate, {
        today: toIsoDate(ctx.clock()),
        safetyFlagOpen: s.safety.list({ coupleId: draft.coupleId, openOnly: true }).length > 0,
        isSafetySensitive: (libraryId) => sensitive.has(libraryId),
      });
      if (Object.keys(problems).length > 0) {
        throw new CoreFailure('validation', 'The plan is not ready to sign yet.', { fields: problems });
      }
      const now = ctx.clock().toISOString();
      s.db.transaction(() => {
        const active = s.plans.activeFor(draft.coupleId);
        if (active) s.plans.supersede(active.id, now);
        s.plans.activate(id, now, signedBy);
        s.audit.record(
          'plan.signed',
          { entity: 'plan_version', id },
          { coupleId: draft.coupleId, version: draft.version, ...(active ? { supersedes: active.id } : {}) },
        );
        // Treatment has begun once a plan is signed: the couple leaves Intake.
        if (s.couples.activateIfIntake(draft.coupleId, now)) {
          s.audit.record(
            'couple.updated',
            { entity: 'couple', id: draft.coupleId },
            { fields: ['status'], from: 'intake', to: 'active', reason: 'plan signed' },
          );
        }
      })();
      return loadVersion(s, id);
    },

    'plans:diff': ({ fromId, toId }) => {
      const s = ctx.session();
      const from = loadVersion(s, fromId);
      const to = loadVersion(s, toId);
      if (from.coupleId !== to.coupleId) {
        throw new CoreFailure('validation', 'Only versions of the same couple’s plan can be compared.');
      }
      s.audit.record(
        'plan.compared',
        { entity: 'couple', id: from.coupleId },
        {
          coupleId: from.coupleId,
          versions: [String(from.version), String(to.version)],
        },
      );
      return { from: planSummary(from), to: planSummary(to), changes: diffPlanVersions(from, to) };
    },
  } satisfies HandlerMap<Exclude<keyof typeof plansContract, 'plans:review' | 'today:overview'>>;
}
