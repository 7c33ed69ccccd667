import type { AttendanceConsistency, HomeworkConsistency } from '@shared/domain/progress';

/** "7 of 8 sessions attended", or why there is no figure yet. */
export function attendanceText(attendance: AttendanceConsistency): string {
  if (attendance.due === 0) return 'No session due yet';
  return `${attendance.attended} of ${attendance.due} ${attendance.due === 1 ? 'session' : 'sessions'} attended`;
}

/**
 * "5 of 8 done, 1 partly, 2 not reported": every assignment reviewed or past due, split by
 * what the couple reported. Parts that are zero are left out, except "done".
 */
export function homeworkText(homework: HomeworkConsistency): string {
  if (homework.assigned === 0) return 'None reviewed or past due yet';
  const notDone = homework.reported - homework.done - homework.partly;
  const notReported = homework.assigned - homework.reported;
  return [
    `${homework.done} of ${homework.assigned} done`,
    homework.partly > 0 ? `${homework.partly} partly` : null,
    notDone > 0 ? `${notDone} not done` : null,
    notReported > 0 ? `${notReported} not reported` : null,
  ]
    .filter((part) => part !== null)
    .join(', ');
}

/** "69%" for a rate, or null when there is none. */
export function rateText(rate: number | null): string | null {
  return rate === null ? null : `${Math.round(rate * 100)}%`;
}
