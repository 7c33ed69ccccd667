import { ApiError, isApiError } from '@renderer/api/client';
import { useSaveShortcut } from '@renderer/features/plans/editor/useSaveShortcut';
import { ErrorSummary } from '@renderer/ui/ErrorSummary';
import { describedBy, fieldIds } from '@renderer/ui/fieldIds';
import { type GridShape, gridMoveForKey, moveInGrid } from '@renderer/ui/gridNavigation';
import { useForm } from '@renderer/ui/useForm';
import type { Measurement } from '@shared/contract/measurements';
import { DATE_LOCALE } from '@shared/domain/dates';
import type { PlanMilestone } from '@shared/domain/plan';
import { formatValue } from '@shared/domain/progress/values';
import { type KeyboardEvent, useCallback, useRef, useState } from 'react';
import { type PartnerNames, partnerName } from './labels';
import { measureScale, scaleText } from './milestones';
import { useMeasurementWrites } from './queries';
import { summaryItems } from './summary';
import {
  buildWeekPayloads,
  cellPath,
  emptyWeekCells,
  placeWeekErrors,
  type RecordWeekInput,
  savedWeekValues,
  type WeekCells,
  type WeekSource,
  weekDates,
  weekSources,
  withCell,
  withRowCleared,
} from './weekGrid';

const weekdayFormat = new Intl.DateTimeFormat(DATE_LOCALE, { weekday: 'short', timeZone: 'UTC' });
const dayFormat = new Intl.DateTimeFormat(DATE_LOCALE, { day: 'numeric', month: 'short', timeZone: 'UTC' });
const utc = (date: string) => new Date(`${date}T00:00:00Z`);

function rowLabel(source: WeekSource, names: PartnerNames): string {
  if (source === 'coupleLog') return 'Couple’s log';
  return partnerName(source === 'partnerFeedbackA' ? 'A' : 'B', names);
}

/**
 * The grid itself: rows for the couple's log and each partner's sheet, a cell per day. Arrows
 * move between cells (Tab too), blanks are fine, Enter or Ctrl+S saves. Each row with a value is
 * one `measurements:recordWeek` call; a row saved is cleared (its values now show as saved under
 * the cells) and a row refused keeps what was typed, with the reason on the cell.
 */
export function WeekGridForm({
  coupleId,
  milestone,
  weekStart,
  today,
  partnerNames,
  measurements,
}: {
  coupleId: string;
  milestone: PlanMilestone;
  weekStart: string;
  today: string;
  partnerNames: PartnerNames;
  measurements: readonly Measurement[];
}) {
  const [status, setStatus] = useState<string | null>(null);
  const writes = useMeasurementWrites(coupleId);
  const tableRef = useRef<HTMLTableElement>(null);
  const dates = weekDates(weekStart);
  const saved = savedWeekValues(measurements, milestone.key, weekStart);
  const shape: GridShape = {
    rows: weekSources.length,
    cols: dates.length,
    isDisabled: ({ col }) => (dates[col] ?? '') > today,
  };
  const order = weekSources.flatMap((source) => dates.map((_, day) => cellPath(source, day)));

  const [initial] = useState(emptyWeekCells);
  const form = useForm<WeekCells, RecordWeekInput[]>({
    initial,
    validate: (cells) => {
      setStatus(null);
      const checked = buildWeekPayloads({ coupleId, milestone, weekStart, today, cells });
      return checked.ok ? { ok: true, input: checked.payloads } : checked;
    },
    save: async (payloads) => {
      const done: string[] = [];
      try {
        for (const payload of payloads) {
          try {
            const result = await writes.recordWeek(payload);
            done.push(
              `${result.items.length} ${result.items.length === 1 ? 'day' : 'days'} from ${rowLabel(payload.source, partnerNames)}`,
            );
            form.setValues((current) => withRowCleared(current, payload.source));
          } catch (error) {
            if (!isApiError(error)) throw error;
            throw new ApiError({
              code: error.code,
              message: error.message,
              fields: placeWeekErrors(payload.source, error.fields),
            });
          }
        }
      } finally {
        if (done.length > 0) {
          setStatus(`Saved ${done.join(', ')}. Blank days were left as they were.`);
          writes.refresh();
        }
      }
    },
    summaryItems: (errors, formError) => summaryItems(errors, formError, order, cellName),
    failureMessage: 'The week could not be saved. Try again.',
  });
  const cells = form.values;

  const saveNow = useCallback(() => {
    tableRef.current?.closest('form')?.requestSubmit();
    return Promise.resolve();
  }, []);
  useSaveShortcut(saveNow);

  function focusCell(row: number, col: number) {
    const source = weekSources[row];
    if (source) document.getElementById(fieldIds(cellPath(source, col)).inputId)?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>, row: number, col: number) {
    const move = gridMoveForKey(event.key, event);
    if (!move) return;
    event.preventDefault();
    const next = moveInGrid({ row, col }, move, shape);
    focusCell(next.row, next.col);
  }

  const scale = (source: WeekSource) => measureScale(source, milestone);
  const dayName = (date: string) => `${weekdayFormat.format(utc(date))} ${dayFormat.format(utc(date))}`;
  /** "Couple’s log, Mon 9 Nov": what a cell is called in its label and in the error summary. */
  const cellName = (path: string) => {
    const [source, day] = path.split('.');
    const found = weekSources.find((s) => s === source);
    const date = dates[Number(day)];
    return found && date ? `${rowLabel(found, partnerNames)}, ${dayName(date)}` : null;
  };

  return (
    <form
      className="form panel week-form"
      onSubmit={form.submit}
      noValidate
      aria-labelledby="week-grid-heading"
    >
      <h2 id="week-grid-heading" className="week-form__title">
        {milestone.description || 'Milestone'}
      </h2>
      <p className="field__hint" id="week-grid-help">
        Type each day’s value as written on the sheet: {scaleText(scale('coupleLog'))}. Leave a day blank when
        nothing was written. Arrow keys or Tab move between days; <kbd>Enter</kbd> or <kbd>Ctrl</kbd>+
        <kbd>S</kbd> saves.
      </p>
      <ErrorSummary {...form.summary()} />
      <div className="table-wrap week-grid__wrap">
        <table ref={tableRef} className="week-grid" aria-describedby="week-grid-help">
          <thead>
            <tr>
              <th scope="col" className="week-grid__corner">
                <span className="visually-hidden">Source</span>
              </th>
              {dates.map((date) => (
                <th
                  key={date}
                  scope="col"
                  className={date > today ? 'week-grid__day week-grid__day--future' : 'week-grid__day'}
                >
                  <span className="week-grid__weekday">{weekdayFormat.format(utc(date))}</span>
                  <span className="week-grid__date">{dayFormat.format(utc(date))}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weekSources.map((source, row) => (
              <tr key={source}>
                <th scope="row" className="week-grid__source">
                  {rowLabel(source, partnerNames)}
                </th>
                {dates.map((date, col) => {
                  const path = cellPath(source, col);
                  const { name, error } = form.field(path);
                  const ids = fieldIds(name);
                  const future = date > today;
                  const savedValue = saved[source][col] ?? null;
                  const savedId = `${ids.inputId}-saved`;
                  return (
                    <td key={date} className={`week-grid__cell${error ? ' week-grid__cell--invalid' : ''}`}>
                      <input
                        id={ids.inputId}
                        name={name}
                        className={`input week-grid__input${error ? ' input--invalid' : ''}`}
                        inputMode="decimal"
                        autoComplete="off"
                        disabled={future}
                        aria-label={`${rowLabel(source, partnerNames)}, ${dayName(date)}`}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={
                          [describedBy(ids, false, Boolean(error)), savedValue !== null ? savedId : null]
                            .filter(Boolean)
                            .join(' ') || undefined
                        }
                        value={cells[source][col] ?? ''}
                        onChange={(event) => {
                          const text = event.target.value;
                          form.setValues((current) => withCell(current, source, col, text));
                          form.clearErrors(path);
                        }}
                        onKeyDown={(event) => onKeyDown(event, row, col)}
                      />
                      {savedValue !== null ? (
                        <span id={savedId} className="week-grid__saved">
                          saved {formatValue(savedValue)}
                        </span>
                      ) : null}
                      {error ? (
                        <span id={ids.errorId} className="week-grid__error">
                          {error}
                        </span>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={form.saving}>
          {form.saving ? 'Saving…' : 'Save week'}
        </button>
        <p className="form__status" role="status">
          {status}
        </p>
      </div>
    </form>
  );
}
