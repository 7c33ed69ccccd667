import type { CalendarRowKey, Mark } from './calendarGridModel';

type Names = { A: string; B: string };

export function rowLabel(row: CalendarRowKey, names: Names): string {
  switch (row) {
    case 'trustDiscussion':
      return 'Trust discussion';
    case 'abstinenceA':
      return `Abstinence: ${names.A || 'partner A'}`;
    case 'abstinenceB':
      return `Abstinence: ${names.B || 'partner B'}`;
    case 'supportMeeting':
      return 'Support meeting';
    case 'screen':
      return 'Screen result';
  }
}

/** The keys each row takes, for the legend and the row's description. */
export function rowKeys(row: CalendarRowKey): string {
  switch (row) {
    case 'trustDiscussion':
      return 'Y held, N not held';
    case 'abstinenceA':
    case 'abstinenceB':
      return 'Y abstained, N used, U unknown';
    case 'supportMeeting':
      return 'Y attended, N not attended';
    case 'screen':
      return 'N negative, P positive';
  }
}

/** A mark in words, as read out for a cell. */
export function markWords(row: CalendarRowKey, mark: Mark | null): string {
  if (mark === null) return 'blank';
  if (row === 'abstinenceA' || row === 'abstinenceB')
    return mark === 'yes' ? 'abstained' : mark === 'no' ? 'used' : 'unknown';
  if (row === 'screen') return mark === 'positive' ? 'positive' : 'negative';
  return mark === 'yes' ? 'yes' : 'no';
}

/** The short symbol shown in a cell. */
export function markSymbol(mark: Mark | null): string {
  switch (mark) {
    case 'yes':
      return '✓';
    case 'no':
      return '✗';
    case 'unknown':
      return '?';
    case 'negative':
      return '−';
    case 'positive':
      return '+';
    case null:
      return '';
  }
}

export function percent(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 100)}%`;
}
