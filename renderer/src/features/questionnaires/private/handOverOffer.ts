import type { DueQuestionnaire } from '@shared/contract/questionnaires';
import type { Session } from '@shared/contract/sessions';
import { partnerCame } from '@shared/domain/attendance';
import { instrumentById } from '@shared/domain/questionnaires/registry';

type Partner = 'A' | 'B';

/**
 * Whether a partner is offered this session's check-in on the private screen: the session
 * was held, they came, and nobody has rated it for them yet. The core decides the same way;
 * this only lets the confirm dialog say so before the laptop changes hands.
 */
export function checkInOffered(
  session: Pick<Session, 'outcome' | 'attendance' | 'checkIn'>,
  partner: Partner,
): boolean {
  return (
    session.outcome === 'held' &&
    partnerCame(session.attendance[partner]) &&
    session.checkIn[partner] === null
  );
}

/** What a partner will be offered, in words: the questionnaires due (short names), then the check-in. */
export function offerLines(due: readonly DueQuestionnaire[], checkIn: boolean): string[] {
  const lines = due.map((entry) => {
    const definition = instrumentById(entry.instrument);
    return `${definition.shortName} (${definition.name}), ${definition.items.length} questions`;
  });
  if (checkIn) lines.push('This session’s check-in: six ratings from 0 to 10');
  return lines;
}
