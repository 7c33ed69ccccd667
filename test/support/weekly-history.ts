import type { Channel, Input, Output } from '@shared/contract';
import { addDaysIso } from '@shared/domain/dates';
import { isDerived, milestoneMeasure, type PlanDocument, walkPlan } from '@shared/domain/plan';
import { fictionalAssessment } from '../fixtures/assessments';
import { fictionalCouple, fictionalPartner } from '../fixtures/couples';
import { fictionalSession } from '../fixtures/sessions';
import { withEverySuggestion } from './plan-drafts';

/** Dispatches and returns the value, throwing on an error envelope (the test harnesses' `ok`/`call`). */
export type Call = <C extends Channel>(channel: C, input: Input<C>) => Promise<Output<C>>;

const ratings = (v: number) => ({
  emotional: v,
  physical: v,
  intellectual: v,
  experiential: v,
  trust: v,
  communication: v,
});

export interface WeeklyHistory {
  coupleId: string;
  milestones: string[];
  document: PlanDocument;
}

/**
 * A fictional couple with `weeks` of weekly history from `start`: an intake assessment, the
 * engine's proposal with every one of its suggestions added, accepted whole and signed (the
 * largest plan a clinician could build from it), then each week a session with both partners'
 * check-in ratings and both partners' feedback on every milestone measured by hand, and a recovery calendar
 * with a use day every six months. Shared by the core and the Chromium dashboard benchmarks,
 * so both measure the same data.
 *
 * `afterSigning` runs once the plan is signed, before the history is written: a harness whose
 * clock stands at `start` moves it to the present there, since the core refuses future dates.
 */
export async function seedWeeklyHistory(
  call: Call,
  options: {
    start: string;
    weeks: number;
    reviewDate: string;
    afterSigning?: () => void;
    /** `largest` (default): every suggestion added; `proposal`: the engine's focused proposal as is. */
    plan?: 'largest' | 'proposal';
  },
): Promise<WeeklyHistory> {
  const { start, weeks } = options;
  const coupleId = (
    await call(
      'couples:create',
      fictionalCouple({
        startDate: start,
        partnerA: fictionalPartner({ sobrietyDate: addDaysIso(start, -55) }),
      }),
    )
  ).id;
  await call('assessments:create', fictionalAssessment(coupleId, { assessedOn: start }));
  const draft = await call('plans:startDraft', { coupleId, from: 'proposal' });
  const proposed = structuredClone(draft.document);
  const document: PlanDocument = options.plan === 'proposal' ? proposed : withEverySuggestion(proposed);
  for (const { item } of walkPlan(document)) item.decision = 'accepted';
  await call('plans:saveDraft', { id: draft.id, document, reviewDate: options.reviewDate });
  await call('plans:sign', { id: draft.id, signedBy: 'Dr. Bench Example (fictional)', attest: true });
  const walked = [...walkPlan(document)].flatMap((w) =>
    w.kind === 'milestone' && 'method' in w.item ? [w.item] : [],
  );
  const milestones = walked.map((m) => m.key);
  // Check-ins and the calendar measure the rest; the core takes no entries for them.
  const entered = walked.filter((m) => !isDerived(milestoneMeasure(m).source)).map((m) => m.key);
  // Each milestone's top: the core refuses a value outside its scale (a yes/no is 0 or 1).
  const top = new Map(walked.map((m) => [m.key, milestoneMeasure(m).scale.max]));
  options.afterSigning?.();

  for (let week = 0; week < weeks; week += 1) {
    const date = addDaysIso(start, week * 7 + 1);
    const v = Math.min(10, 2 + Math.floor(week / 12));
    await call(
      'sessions:create',
      fictionalSession(coupleId, { date, checkIn: { A: ratings(v), B: ratings(Math.max(0, v - 1)) } }),
    );
    for (const milestoneKey of entered) {
      for (const source of ['partnerFeedbackA', 'partnerFeedbackB'] as const)
        await call('measurements:create', {
          coupleId,
          milestoneKey,
          source,
          measuredOn: date,
          value: Math.min(v, top.get(milestoneKey) ?? v),
        });
    }
  }
  const months = Math.floor((weeks * 7) / 30);
  for (let month = 0; month < months; month += 1) {
    const first = addDaysIso(start, month * 30);
    const days = Array.from({ length: 30 }, (_, i) => ({
      date: addDaysIso(first, i),
      trustDiscussion: i % 4 !== 0,
      abstinence: { A: i === 15 && month % 6 === 0 ? ('no' as const) : ('yes' as const), B: null },
      supportMeeting: i % 7 === 0,
    }));
    await call('calendar:save', { coupleId, days });
  }
  return { coupleId, milestones, document };
}
