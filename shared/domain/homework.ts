/**
 * Homework rules shared by the options list and the assign channel, so the form never offers
 * what the core would refuse: which exercises an open safety flag blocks, which individual
 * exercises stand in for them, who does an exercise by default and when it needs both
 * partners together. Pure: the core passes the library entries and the plan in.
 */
import type {
  HomeworkOption,
  HomeworkReviewStatus,
  HomeworkStatus,
  HomeworkWho,
} from '@shared/contract/homework';
import {
  type PlanDocument,
  type PlanIntervention,
  type planAssignees,
  walkPlan,
} from '@shared/domain/plan/document';
import type { HomeworkRecord } from '@shared/domain/progress/consistency';
import { joinAnd } from '@shared/domain/workspace/words';
import { isSafetySensitive, type LibraryEntry, type LibraryWho } from './library';

/** What the rules read of a library entry. */
export type HomeworkExercise = Pick<
  LibraryEntry,
  'id' | 'name' | 'areas' | 'who' | 'conjoint' | 'involvesTouch' | 'involvesConflict'
>;

export interface HomeworkAlternative {
  libraryId: string;
  title: string;
}

/**
 * Why an exercise cannot be given while the couple has an open safety flag, or null when it
 * can. Anything done together, any touch and any conflict work waits until the flag is
 * resolved (docs/DOMAIN.md: touch is never pushed where safety is in doubt; the plan engine holds
 * the same exercises back on a positive screen).
 */
export function safetyBlockReason(exercise: HomeworkExercise): string | null {
  if (!doneTogether(exercise) && !isSafetySensitive(exercise)) return null;
  const why = [
    doneTogether(exercise) ? 'it is done together' : null,
    exercise.involvesTouch ? 'it involves touch' : null,
    exercise.involvesConflict ? 'it works through conflict' : null,
  ].filter((part) => part !== null);
  return `Not while a safety flag is open: ${joinAnd(why)}.`;
}

/**
 * Done by both partners together: marked conjoint, or given to "both" in the library, which
 * its worksheet prints as "Both of you, together" (a clinician's own entry may leave conjoint
 * unticked).
 */
function doneTogether(exercise: Pick<HomeworkExercise, 'conjoint' | 'who'>): boolean {
  return exercise.conjoint || exercise.who === 'both';
}

/** An exercise one partner does alone, safe to give while a safety flag is open. */
export function isIndividualExercise(exercise: HomeworkExercise): boolean {
  return (
    (exercise.who === 'partnerA' || exercise.who === 'partnerB' || exercise.who === 'eitherPartner') &&
    safetyBlockReason(exercise) === null
  );
}

/**
 * Individual exercises for the same areas as `exercise`, most shared areas first, then by
 * name: what the clinician can give instead of a blocked exercise.
 */
export function individualAlternatives(
  exercise: Pick<HomeworkExercise, 'id' | 'areas'>,
  library: readonly HomeworkExercise[],
): HomeworkAlternative[] {
  const areas = new Set(exercise.areas);
  return library
    .filter((entry) => entry.id !== exercise.id && isIndividualExercise(entry))
    .map((entry) => ({ entry, shared: entry.areas.filter((area) => areas.has(area)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((x, y) => y.shared - x.shared || x.entry.name.localeCompare(y.entry.name))
    .map(({ entry }) => ({ libraryId: entry.id, title: entry.name }));
}

/** Why an exercise is refused while a safety flag is open, and what to give instead; null when allowed. */
export function safetyRefusal(
  exercise: HomeworkExercise,
  library: readonly HomeworkExercise[],
): { reason: string; alternatives: HomeworkAlternative[] } | null {
  const reason = safetyBlockReason(exercise);
  return reason === null ? null : { reason, alternatives: individualAlternatives(exercise, library) };
}

/**
 * The message of a refused assignment, or of a worksheet refused for the couple (`refused`
 * says which): why, and what can be given instead.
 */
export function safetyBlockMessage(
  title: string,
  reason: string,
  alternatives: readonly HomeworkAlternative[],
  refused = 'cannot be assigned',
): string {
  const instead =
    alternatives.length > 0
      ? `Individual alternatives: ${alternatives.map((a) => a.title).join(', ')}.`
      : 'The library has no individual exercise for the same areas; assign a custom task for one partner instead.';
  return `“${title}” ${refused}. ${reason} ${instead}`;
}

/** Needs both partners together: an exercise done together, given to both. A custom task never is. */
export function isJointHomework(
  exercise: Pick<HomeworkExercise, 'conjoint' | 'who'> | null,
  who: HomeworkWho,
): boolean {
  return exercise !== null && doneTogether(exercise) && who === 'both';
}

/** Who a plan intervention is given to; null for work done in session, which is not homework. */
export function homeworkWhoFromPlan(who: (typeof planAssignees)[number]): HomeworkWho | null {
  return who === 'inSession' ? null : who;
}

/**
 * Who a library exercise is given to by default; null for an in-session exercise. An
 * individual exercise for either partner defaults to each of them, which the clinician can
 * narrow to one.
 */
export function homeworkWhoFromLibrary(who: LibraryWho): HomeworkWho | null {
  if (who === 'inSession') return null;
  return who === 'eitherPartner' ? 'both' : who;
}

/** The active plan's interventions that are homework: accepted, and not done in session. */
export function planHomework(document: Pick<PlanDocument, 'problemAreas'>): PlanIntervention[] {
  const found: PlanIntervention[] = [];
  for (const walked of walkPlan(document)) {
    if (walked.kind !== 'intervention') continue;
    const intervention = walked.item as PlanIntervention;
    if (intervention.decision === 'accepted' && intervention.who !== 'inSession') found.push(intervention);
  }
  return found;
}

/**
 * What can be assigned: the active plan's homework first (named as the plan names it, given to
 * whom the plan gives it), then every other library exercise that is homework. An exercise
 * whose library entry is missing is left out, as assigning it would be refused. While a safety
 * flag is open, blocked exercises stay listed (the clinician sees why) with their alternatives.
 */
export function homeworkOptions(
  plan: { versionId: string; document: Pick<PlanDocument, 'problemAreas'> } | null,
  library: readonly HomeworkExercise[],
  safetyFlagOpen: boolean,
): HomeworkOption[] {
  const byId = new Map(library.map((entry) => [entry.id, entry]));
  const option = (
    entry: HomeworkExercise,
    who: HomeworkWho,
    from: Pick<HomeworkOption, 'source' | 'planVersionId' | 'interventionKey' | 'title'>,
  ): HomeworkOption => {
    const refusal = safetyFlagOpen ? safetyRefusal(entry, library) : null;
    return {
      ...from,
      libraryId: entry.id,
      who,
      joint: isJointHomework(entry, who),
      allowed: refusal === null,
      blockedReason: refusal?.reason ?? null,
      alternatives: refusal?.alternatives ?? [],
    };
  };
  const items: HomeworkOption[] = [];
  const listed = new Set<string>();
  for (const intervention of plan ? planHomework(plan.document) : []) {
    const entry = byId.get(intervention.libraryId);
    const who = homeworkWhoFromPlan(intervention.who);
    if (!entry || !who || !plan) continue;
    listed.add(entry.id);
    items.push(
      option(entry, who, {
        source: 'plan',
        planVersionId: plan.versionId,
        interventionKey: intervention.key,
        title: intervention.name.trim() || entry.name,
      }),
    );
  }
  for (const entry of library) {
    const who = homeworkWhoFromLibrary(entry.who);
    if (listed.has(entry.id) || !who) continue;
    items.push(
      option(entry, who, {
        source: 'library',
        planVersionId: null,
        interventionKey: null,
        title: entry.name,
      }),
    );
  }
  return items;
}

/** What the consistency figure needs of one assignment. */
export interface HomeworkOutcome {
  dueDate: string;
  status: HomeworkStatus;
  reviewedOn: string | null;
}

/**
 * The assignments that count in homework consistency, as of `today`: each one reviewed by
 * then, and each one due before today. One still running (due today or later, not reviewed
 * yet) has not had its chance to be reported, so it is left out rather than counted as not
 * reported. Dated by the due date, so a period means "homework due in the period".
 */
export function homeworkRecords(items: readonly HomeworkOutcome[], today: string): HomeworkRecord[] {
  return items.flatMap((item) => {
    const outcome: HomeworkReviewStatus | null =
      item.status !== 'assigned' && item.reviewedOn !== null && item.reviewedOn <= today ? item.status : null;
    return outcome !== null || item.dueDate < today ? [{ date: item.dueDate, outcome }] : [];
  });
}
