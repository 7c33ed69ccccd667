import type { Session } from '@shared/contract/sessions';
import { sessionTypeLabels } from '@shared/contract/sessions';
import { formatIsoDate } from '@shared/domain/dates';

export const attendanceLabels: Record<Session['attendance']['A'], string> = {
  present: 'Present',
  late: 'Late',
  absent: 'Absent',
  notExpected: 'Not expected',
};

export const outcomeLabels: Record<Session['outcome'], string> = {
  booked: 'Booked',
  held: 'Held',
  cancelled: 'Canceled',
  noShow: 'No-show',
};

export const placeLabels: Record<Session['place'], string> = { office: 'Office', telehealth: 'Telehealth' };

/** "Joint session, 3 Oct 2026 at 14:00" */
export function sessionTitle(session: Pick<Session, 'type' | 'date' | 'startTime'>): string {
  return `${sessionTypeLabels[session.type]}, ${formatIsoDate(session.date)}${session.startTime ? ` at ${session.startTime}` : ''}`;
}

export function noteStatusLabel(status: Session['noteStatus']): string {
  if (status === 'signed') return 'Note signed';
  if (status === 'draft') return 'Note draft';
  return 'No note yet';
}
