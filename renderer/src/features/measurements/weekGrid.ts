import type { FieldErrors } from '@renderer/ui/fieldErrors';
import type { Input } from '@shared/contract';
import type { Measurement } from '@shared/contract/measurements';
import { addDaysIso, epochDay } from '@shared/domain/dates';
import type { MeasuredMilestone } from '@shared/domain/plan';
import { measureScale, parseMeasure } from './milestones';

/**
 * The week grid for a paper log the couple brings in: one row per source (the couple's shared
 * log, and each partner's own sheet), seven day cells per row. Blanks are allowed anywhere; a
 * row with nothing typed is not sent.
 */
export const weekSources = ['coupleLog', 'partnerFeedbackA', 'partnerFeedbackB'] as const;
export type WeekSource = (typeof weekSources)[number];
export type WeekCells = Record<WeekSource, string[]>;
export type RecordWeekInput = Input<'measurements:recordWeek'>;

export const DAYS_IN_WEEK = 7;

export function emptyWeekCells(): WeekCells {
  return {
    coupleLog: Array<string>(DAYS_IN_WEEK).fill(''),
    partnerFeedbackA: Array<string>(DAYS_IN_WEEK).fill(''),
    partnerFeedbackB: Array<string>(DAYS_IN_WEEK).fill(''),
  };
}

/** The Monday on or before a date: paper logs run Monday to Sunday. */
export function mondayOf(date: string): string {
  // 1970-01-01 was a Thursday: day 0 of the epoch is weekday 3 counting from Monday = 0.
  const weekday = (((epochDay(date) + 3) % 7) + 7) % 7;
  return addDaysIso(date, -weekday);
}

/** The seven dates of the week starting `weekStart`. */
export function weekDates(weekStart: string): string[] {
  return Array.from({ length: DAYS_IN_WEEK }, (_, i) => addDaysIso(weekStart, i));
}

/** The path of a cell's field, for ids and error messages: `coupleLog.3`. */
export function cellPath(source: WeekSource, day: number): string {
  return `${source}.${day}`;
}

/** Replaces one cell, returning a new grid. */
export function withCell(cells: WeekCells, source: WeekSource, day: number, text: string): WeekCells {
  const row = [...cells[source]];
  row[day] = text;
  return { ...cells, [source]: row };
}

/** Blanks one row (after it was saved), returning a new grid. */
export function withRowCleared(cells: WeekCells, source: WeekSource): WeekCells {
  return { ...cells, [source]: Array<string>(DAYS_IN_WEEK).fill('') };
}

/**
 * Turns the typed grid into one `measurements:recordWeek` call per row that has a value, or the
 * errors per cell (`coupleLog.3`): a value off the milestone's scale, or a day after `today`.
 */
export function buildWeekPayloads(options: {
  coupleId: string;
  milestone: MeasuredMilestone;
  weekStart: string;
  today: string;
  cells: WeekCells;
}): { ok: true; payloads: RecordWeekInput[] } | { ok: false; errors: FieldErrors } {
  const { coupleId, milestone, weekStart, today, cells } = options;
  const errors: FieldErrors = {};
  const payloads: RecordWeekInput[] = [];
  const dates = weekDates(weekStart);
  for (const source of weekSources) {
    const scale = measureScale(source, milestone);
    const values: (number | null)[] = [];
    cells[source].forEach((text, day) => {
      const parsed = parseMeasure(text, scale);
      if (!parsed.ok) errors[cellPath(source, day)] = parsed.message;
      else if (parsed.value !== null && (dates[day] ?? '') > today)
        errors[cellPath(source, day)] = 'This day is in the future';
      values.push(parsed.ok ? parsed.value : null);
    });
    if (values.some((value) => value !== null))
      payloads.push({ coupleId, milestoneKey: milestone.key, source, weekStart, values });
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  if (payloads.length === 0) return { ok: false, errors: { '': 'Type at least one value in the grid' } };
  return { ok: true, payloads };
}

/** The core's errors for one row's call (`values.3`) as the grid's cell paths (`coupleLog.3`). */
export function placeWeekErrors(source: WeekSource, fields: Readonly<Record<string, string>>): FieldErrors {
  const placed: FieldErrors = {};
  for (const [path, message] of Object.entries(fields)) {
    const match = /^values\.(\d+)$/.exec(path);
    const key = match ? cellPath(source, Number(match[1])) : '';
    if (!(key in placed)) placed[key] = message;
  }
  return placed;
}

/** What is already on record for the week, by source and day, to show under each cell. */
export function savedWeekValues(
  measurements: readonly Pick<Measurement, 'source' | 'measuredOn' | 'value' | 'milestoneKey'>[],
  milestoneKey: string,
  weekStart: string,
): Record<WeekSource, (number | null)[]> {
  const dates = weekDates(weekStart);
  const saved: Record<WeekSource, (number | null)[]> = {
    coupleLog: Array<number | null>(DAYS_IN_WEEK).fill(null),
    partnerFeedbackA: Array<number | null>(DAYS_IN_WEEK).fill(null),
    partnerFeedbackB: Array<number | null>(DAYS_IN_WEEK).fill(null),
  };
  for (const m of measurements) {
    if (m.milestoneKey !== milestoneKey) continue;
    const source = weekSources.find((s) => s === m.source);
    const day = dates.indexOf(m.measuredOn);
    if (source && day >= 0) saved[source][day] = m.value;
  }
  return saved;
}
