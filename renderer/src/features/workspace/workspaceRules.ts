import type { HomeworkPick } from '@renderer/features/homework/HomeworkPicker';
import type { BookingFormValues } from '@renderer/features/sessions/bookingForm';
import type { SessionFormValues } from '@renderer/features/sessions/sessionValues';
import type { Session } from '@shared/contract/sessions';
import type { Workspace } from '@shared/contract/workspace';
import { ratingAreas } from '@shared/domain/assessment';
import { addDaysIso } from '@shared/domain/dates';
import type { PartnerNames } from './labels';

/** The workspace's small rules, pure so they are tested without a screen. */

export type CheckInValues = Pick<SessionFormValues, 'attendance' | 'checkInOn' | 'checkIn'>;

/** "Rekha: 4 of 6 ratings entered; the check-in saves once all six are in.", or null. */
export function incompleteCheckIns(values: CheckInValues, names: PartnerNames): string | null {
  const waiting = (['A', 'B'] as const).flatMap((position) => {
    if (!values.checkInOn[position]) return [];
    if (values.attendance[position] === 'absent' || values.attendance[position] === 'notExpected') return [];
    const typed = ratingAreas.filter((area) => values.checkIn[position][area].trim() !== '').length;
    return typed < ratingAreas.length
      ? [`${names[position]}: ${typed} of ${ratingAreas.length} ratings entered`]
      : [];
  });
  return waiting.length === 0 ? null : `${waiting.join('; ')}. The check-in saves once all six are in.`;
}

/** New homework is due by the next booking, else a week after this session (never in the past). */
export function defaultDueDate(
  session: Pick<Session, 'date'>,
  next: Pick<Session, 'date'> | null,
  today: string,
): string {
  if (next) return next.date;
  const week = addDaysIso(session.date, 7);
  return week < today ? addDaysIso(today, 7) : week;
}

/** A week after this session (or after today, for a session recorded late), at the same time and kind. */
export function nextSlot(session: Session, today: string): BookingFormValues {
  let from = session.date;
  if (from < today) from = today;
  return {
    date: addDaysIso(from, 7),
    startTime: session.startTime ?? '',
    durationMinutes: String(session.durationMinutes),
    type: session.type,
    place: session.place,
    repeat: 'none',
    count: '6',
  };
}

/** What the pick adds to the request: the plan intervention, or the library exercise. */
export function pickSource(pick: HomeworkPick) {
  if (pick.kind === 'alternative')
    return { planVersionId: null, interventionKey: null, libraryId: pick.libraryId, title: pick.title };
  const { option } = pick;
  return option.source === 'plan'
    ? {
        planVersionId: option.planVersionId,
        interventionKey: option.interventionKey,
        libraryId: null,
        title: option.title,
      }
    : { planVersionId: null, interventionKey: null, libraryId: option.libraryId, title: option.title };
}

/** Each plan intervention's objective wording, by `planVersionId:key`, to tell same-named items apart. */
export function interventionObjectives(
  workspace: Pick<Workspace, 'objectives' | 'interventions'>,
): Map<string, string> {
  const objectives = new Map(workspace.objectives.map((o) => [`${o.planVersionId}:${o.key}`, o.description]));
  const result = new Map<string, string>();
  for (const item of workspace.interventions) {
    const description = objectives.get(`${item.planVersionId}:${item.objectiveKey}`);
    if (description) result.set(`${item.planVersionId}:${item.key}`, description);
  }
  return result;
}

/**
 * Why homework cannot be reviewed at this session, or null when it can: the core records a
 * review only at a session that took place, so the form is not offered where it would be refused.
 */
export function homeworkReviewClosed(
  session: Pick<Session, 'date' | 'outcome' | 'noteStatus'>,
  today: string,
): string | null {
  if (session.noteStatus === 'signed')
    return 'The note is signed: the homework review is part of the signed record and can no longer change.';
  if (session.date > today)
    return 'This session is dated after today: review the homework once it has taken place.';
  if (session.outcome === 'cancelled' || session.outcome === 'noShow')
    return `This session was recorded as ${session.outcome === 'cancelled' ? 'canceled' : 'a no-show'}: homework is reviewed at a session that took place.`;
  return null;
}
