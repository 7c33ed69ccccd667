import { randomUUID } from 'node:crypto';
import { CoreFailure, notFound } from '@core/errors';
import type { Session } from '@core/session';
import type { Homework, HomeworkWho, homeworkContract } from '@shared/contract/homework';
import type { Session as ClinicalSession } from '@shared/contract/sessions';
import { toIsoDate } from '@shared/domain/dates';
import {
  homeworkOptions,
  homeworkWhoFromLibrary,
  homeworkWhoFromPlan,
  isJointHomework,
  planHomework,
  safetyBlockMessage,
  safetyRefusal,
} from '@shared/domain/homework';
import type { LibraryEntry } from '@shared/domain/library';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handlers';

function refuse(field: string, message: string): never {
  throw new CoreFailure('validation', 'Some fields need attention.', { fields: { [field]: message } });
}

/** The active signed plan's document with its version id, or null before a plan is signed. */
function activePlan(s: Session, coupleId: string) {
  const active = s.plans.activeFor(coupleId);
  return active ? { versionId: active.id, document: active.document } : null;
}

interface Source {
  planVersionId: string | null;
  interventionKey: string | null;
  entry: LibraryEntry | null;
  /** The field a refusal about this source belongs to. */
  field: 'interventionKey' | 'libraryId' | 'title';
}

/**
 * Exactly one source: a plan intervention (its library entry comes with it), a library
 * exercise, or neither (a custom task). A library id sent with a plan intervention must be the
 * intervention's own: the form sends the option as listed.
 */
function resolveSource(
  s: Session,
  coupleId: string,
  input: { planVersionId: string | null; interventionKey: string | null; libraryId: string | null },
): Source {
  const entryOf = (id: string) => s.library.get(id)?.entry ?? null;
  if (input.planVersionId !== null || input.interventionKey !== null) {
    if (input.planVersionId === null) refuse('planVersionId', 'Choose the plan the intervention comes from');
    if (input.interventionKey === null) refuse('interventionKey', 'Choose an intervention of the plan');
    const plan = activePlan(s, coupleId);
    if (!plan || plan.versionId !== input.planVersionId) {
      refuse('planVersionId', 'This is not the couple’s current signed plan: choose from the current plan');
    }
    const intervention = planHomework(plan.document).find((i) => i.key === input.interventionKey);
    if (!intervention || homeworkWhoFromPlan(intervention.who) === null) {
      refuse('interventionKey', 'This is not an accepted homework intervention of the current plan');
    }
    if (input.libraryId !== null && input.libraryId !== intervention.libraryId) {
      refuse('libraryId', 'Choose either an intervention of the plan or a library exercise, not both');
    }
    const entry = entryOf(intervention.libraryId);
    if (!entry)
      refuse('interventionKey', 'The library exercise of this intervention is missing from the library');
    return {
      planVersionId: input.planVersionId,
      interventionKey: input.interventionKey,
      entry,
      field: 'interventionKey',
    };
  }
  if (input.libraryId !== null) {
    const entry = entryOf(input.libraryId);
    if (!entry) refuse('libraryId', 'This exercise is not in the library');
    if (homeworkWhoFromLibrary(entry.who) === null) {
      refuse('libraryId', 'This exercise is done in session with you, not as homework');
    }
    return { planVersionId: null, interventionKey: null, entry, field: 'libraryId' };
  }
  return { planVersionId: null, interventionKey: null, entry: null, field: 'title' };
}

/** Whether the couple has a safety flag still open: joint, touch and conflict work waits for it. */
export function hasOpenSafetyFlag(s: Session, coupleId: string): boolean {
  return s.safety.list({ coupleId, openOnly: true }).length > 0;
}

export function createHomeworkHandlers(ctx: ServiceContext) {
  function load(id: string): Homework {
    const homework = ctx.session().homework.get(id);
    if (!homework) throw notFound('homework');
    return homework;
  }
  function requireCouple(coupleId: string): void {
    if (!ctx.session().couples.get(coupleId)) throw notFound('couple');
  }
  /** A session of this couple, or a refusal on `field`. */
  function coupleSession(coupleId: string, sessionId: string): ClinicalSession {
    const session = ctx.session().sessions.get(sessionId);
    if (!session) throw notFound('session');
    if (session.coupleId !== coupleId) refuse('sessionId', 'This session belongs to another couple');
    if (session.outcome === 'cancelled' || session.outcome === 'noShow') {
      refuse('sessionId', 'This session did not take place (canceled or no-show)');
    }
    return session;
  }
  const safetyFlagOpen = (coupleId: string) => hasOpenSafetyFlag(ctx.session(), coupleId);

  return {
    'homework:options': ({ coupleId }) => {
      const s = ctx.session();
      requireCouple(coupleId);
      const open = safetyFlagOpen(coupleId);
      return {
        safetyFlagOpen: open,
        items: homeworkOptions(activePlan(s, coupleId), s.library.entries(), open),
      };
    },

    'homework:assign': (input) => {
      const s = ctx.session();
      requireCouple(input.coupleId);
      if (input.sessionId !== null) coupleSession(input.coupleId, input.sessionId);
      // The core's clock decides what "today" is: a renderer's own date is not trusted.
      const today = toIsoDate(ctx.clock());
      if (input.dueDate < today) refuse('dueDate', 'The due date is before today');
      const source = resolveSource(s, input.coupleId, input);
      if (!source.entry && input.who === 'both' && safetyFlagOpen(input.coupleId)) {
        // A custom task says nothing of how it is done: given to both, it may be done together.
        refuse(
          'who',
          'Not while a safety flag is open: a custom task is given to one partner at a time, as it may be done together',
        );
      }
      if (source.entry && safetyFlagOpen(input.coupleId)) {
        const refusal = safetyRefusal(source.entry, s.library.entries());
        if (refusal) {
          // Named by the library's title: the plan's own wording is the clinician's text.
          const message = safetyBlockMessage(source.entry.name, refusal.reason, refusal.alternatives);
          throw new CoreFailure('validation', message, { fields: { [source.field]: message } });
        }
      }
      const who: HomeworkWho = input.who;
      const id = randomUUID();
      s.db.transaction(() => {
        s.homework.insert(
          {
            id,
            coupleId: input.coupleId,
            assignedInSessionId: input.sessionId,
            planVersionId: source.planVersionId,
            interventionKey: source.interventionKey,
            libraryId: source.entry?.id ?? null,
            title: input.title,
            instructions: input.instructions,
            who,
            joint: isJointHomework(source.entry, who),
            assignedOn: today,
            dueDate: input.dueDate,
          },
          ctx.clock().toISOString(),
        );
        s.audit.record(
          'homework.assigned',
          { entity: 'homework', id },
          {
            coupleId: input.coupleId,
            source: source.planVersionId ? 'plan' : source.entry ? 'library' : 'custom',
          },
        );
      })();
      return load(id);
    },

    'homework:review': ({ id, sessionId, status, comment }) => {
      const s = ctx.session();
      const homework = load(id);
      const session = coupleSession(homework.coupleId, sessionId);
      const correction = homework.status !== 'assigned';
      if (correction && homework.reviewedInSessionId !== sessionId) {
        refuse('sessionId', 'This homework was already reviewed in another session');
      }
      if (session.date > toIsoDate(ctx.clock())) {
        // What the couple did is heard at the session itself, as its note is written then.
        refuse('sessionId', 'This session has not taken place yet: review the homework at the session');
      }
      if (homework.assignedInSessionId === sessionId || session.date < homework.assignedOn) {
        refuse('sessionId', 'Homework is reviewed at a session after the one it was assigned in');
      }
      if (session.noteStatus === 'signed') {
        // The review is part of that session's record once its note is signed.
        refuse(
          'sessionId',
          'This session’s note is signed, so its homework review cannot change. Add an addendum to the note instead.',
        );
      }
      s.db.transaction(() => {
        s.homework.review(
          id,
          { status, comment, sessionId, reviewedOn: session.date },
          ctx.clock().toISOString(),
        );
        s.audit.record(
          'homework.reviewed',
          { entity: 'homework', id },
          { coupleId: homework.coupleId, sessionId, correction },
        );
      })();
      return load(id);
    },

    'homework:withdraw': ({ id }) => {
      const s = ctx.session();
      const homework = load(id);
      if (homework.status !== 'assigned') {
        throw new CoreFailure(
          'validation',
          'This homework was reviewed, so it stays on the record. Correct its review instead.',
        );
      }
      s.db.transaction(() => {
        s.homework.withdraw(id);
        s.audit.record('homework.withdrawn', { entity: 'homework', id }, { coupleId: homework.coupleId });
      })();
      return { withdrawn: true as const };
    },

    'homework:list': ({ coupleId }) => {
      requireCouple(coupleId);
      return { items: ctx.session().homework.list(coupleId) };
    },
  } satisfies HandlerMap<keyof typeof homeworkContract>;
}
