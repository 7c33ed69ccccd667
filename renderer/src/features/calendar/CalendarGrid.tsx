import { type GridPosition, type GridShape, gridMoveForKey, moveInGrid } from '@renderer/ui/gridNavigation';
import { DATE_LOCALE } from '@shared/domain/dates';
import { type KeyboardEvent, useEffect, useRef } from 'react';
import {
  type CalendarRowKey,
  type DayMarks,
  keyEntry,
  type Mark,
  nextMarkOnClick,
} from './calendarGridModel';
import { markSymbol, markWords, rowKeys, rowLabel } from './labels';

const weekdayLetter = new Intl.DateTimeFormat(DATE_LOCALE, { weekday: 'narrow', timeZone: 'UTC' });
const longDate = new Intl.DateTimeFormat(DATE_LOCALE, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
const utc = (date: string) => new Date(`${date}T00:00:00Z`);
const isMonday = (date: string) => utc(date).getUTCDay() === 1;

export function cellId(row: CalendarRowKey, date: string): string {
  return `calendar-${row}-${date}`;
}

/**
 * The month as a grid: a row per thing recorded, a column per day. One cell is in the Tab order
 * (roving focus); arrows, Home and End move, a single key sets the mark and moves on to the next
 * day, PageUp and PageDown change the month. Days after today cannot be filled in.
 */
export function CalendarGrid({
  label,
  rows,
  dates,
  today,
  names,
  marksOf,
  isEdited,
  active,
  focusRequest,
  onActiveChange,
  onMark,
  onMonthStep,
  onSave,
}: {
  label: string;
  rows: readonly CalendarRowKey[];
  dates: readonly string[];
  today: string;
  names: { A: string; B: string };
  marksOf(date: string): DayMarks;
  isEdited(date: string): boolean;
  active: GridPosition;
  /** Bumped when focus should move into the grid to `active` (after a key or a month change). */
  focusRequest: number;
  onActiveChange(position: GridPosition): void;
  onMark(date: string, row: CalendarRowKey, mark: Mark | null): void;
  onMonthStep(delta: number): void;
  onSave(): void;
}) {
  const tableRef = useRef<HTMLTableElement>(null);
  const shape: GridShape = {
    rows: rows.length,
    cols: dates.length,
    isDisabled: ({ col }) => (dates[col] ?? '') > today,
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus follows each request, not each render
  useEffect(() => {
    if (focusRequest === 0) return;
    const row = rows[active.row];
    const date = dates[active.col];
    if (row && date) document.getElementById(cellId(row, date))?.focus();
  }, [focusRequest]);

  function go(position: GridPosition) {
    onActiveChange(position);
    const row = rows[position.row];
    const date = dates[position.col];
    if (row && date) document.getElementById(cellId(row, date))?.focus();
  }

  function onKeyDown(
    event: KeyboardEvent<HTMLTableCellElement>,
    position: GridPosition,
    row: CalendarRowKey,
    date: string,
  ) {
    if (event.key === 'PageUp' || event.key === 'PageDown') {
      event.preventDefault();
      onMonthStep(event.key === 'PageUp' ? -1 : 1);
      return;
    }
    if (event.key === 'Enter' && !event.ctrlKey && !event.altKey && !event.metaKey) {
      event.preventDefault();
      onSave();
      return;
    }
    const move = gridMoveForKey(event.key, event);
    if (move) {
      event.preventDefault();
      go(moveInGrid(position, move, shape));
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const entry = keyEntry(row, event.key);
    if (!entry) return;
    event.preventDefault();
    onMark(date, row, entry.mark);
    if (entry.advance) go(moveInGrid(position, 'right', shape));
  }

  return (
    <div className="table-wrap calendar-grid__wrap">
      {/* biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the WAI-ARIA data grid pattern keeps the table's rows and headers */}
      <table ref={tableRef} role="grid" aria-label={label} className="calendar-grid">
        <thead>
          <tr>
            <th scope="col" className="calendar-grid__corner">
              <span className="visually-hidden">Recorded</span>
            </th>
            {dates.map((date) => (
              <th
                key={date}
                scope="col"
                className={[
                  'calendar-grid__day',
                  isMonday(date) ? 'calendar-grid__week-start' : '',
                  date === today ? 'calendar-grid__day--today' : '',
                ]
                  .filter(Boolean)
                  .join(' ')}
                aria-label={longDate.format(utc(date))}
              >
                <span className="calendar-grid__weekday" aria-hidden="true">
                  {weekdayLetter.format(utc(date))}
                </span>
                <span className="calendar-grid__date" aria-hidden="true">
                  {Number(date.slice(8, 10))}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={row}>
              <th scope="row" className="calendar-grid__row-head">
                <span className="calendar-grid__row-label">{rowLabel(row, names)}</span>
                <span className="calendar-grid__row-keys">{rowKeys(row)}</span>
              </th>
              {dates.map((date, c) => {
                const future = date > today;
                const mark = marksOf(date)[row];
                const isActive = active.row === r && active.col === c;
                return (
                  <td
                    key={date}
                    id={cellId(row, date)}
                    // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the WAI-ARIA data grid pattern, entered by key
                    role="gridcell"
                    tabIndex={future ? undefined : isActive ? 0 : -1}
                    aria-disabled={future ? true : undefined}
                    aria-label={`${rowLabel(row, names)}, ${longDate.format(utc(date))}: ${future ? 'in the future' : markWords(row, mark)}${isEdited(date) ? ' (not saved)' : ''}`}
                    className={[
                      'calendar-grid__cell',
                      mark ? `calendar-grid__cell--${mark}` : '',
                      isMonday(date) ? 'calendar-grid__week-start' : '',
                      future ? 'calendar-grid__cell--future' : '',
                      isEdited(date) ? 'calendar-grid__cell--edited' : '',
                    ]
                      .filter(Boolean)
                      .join(' ')}
                    onFocus={() => {
                      if (!future && !isActive) onActiveChange({ row: r, col: c });
                    }}
                    onClick={() => {
                      if (future) return;
                      onMark(date, row, nextMarkOnClick(row, mark));
                    }}
                    onKeyDown={
                      future ? undefined : (event) => onKeyDown(event, { row: r, col: c }, row, date)
                    }
                  >
                    <span aria-hidden="true">{markSymbol(mark)}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
