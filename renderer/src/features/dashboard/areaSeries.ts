import type { AreaChart, ChartMarker } from '@shared/domain/dashboard';
import { epochDay } from '@shared/domain/dates';
import { timeTicks as axisTicks } from '@shared/domain/progress/ticks';

/** One x position of a two-partner chart: both partners' values on that date (either may be missing). */
export interface PartnerRow {
  /** Unique within the chart: the date, and which value of that date it is. */
  id: string;
  /** 0 for a date's first value, 1 for its second. */
  nth: number;
  /** Days since 1970-01-01: the chart's numeric time axis. */
  day: number;
  date: string;
  A: number | null;
  B: number | null;
}

/** One x position of an area chart: both partners' ratings on that date (either may be missing). */
export interface AreaRow extends PartnerRow {
  /** The core flagged this date: the partners' ratings were 3 or more apart. */
  apart: boolean;
}

/**
 * Both partners' series merged into rows by date, oldest first. A partner with two values on
 * one date (an assessment and a check-in) gets two rows, the n-th value of each partner on a
 * date sharing a row, so no point the core sent is dropped.
 */
export function partnerRows(series: {
  A: readonly { date: string; value: number }[];
  B: readonly { date: string; value: number }[];
}): PartnerRow[] {
  const rows = new Map<string, PartnerRow>();
  const place = (partner: 'A' | 'B') => {
    const seen = new Map<string, number>();
    for (const point of series[partner]) {
      const nth = seen.get(point.date) ?? 0;
      seen.set(point.date, nth + 1);
      const key = `${point.date}#${nth}`;
      const row = rows.get(key) ?? {
        id: key,
        nth,
        day: epochDay(point.date),
        date: point.date,
        A: null,
        B: null,
      };
      row[partner] = point.value;
      rows.set(key, row);
    }
  };
  place('A');
  place('B');
  return [...rows.values()].sort((x, y) => x.day - y.day || x.nth - y.nth);
}

/** An area's rows (see `partnerRows`), each marked where the core flagged the partners 3 or more apart. */
export function areaRows(area: AreaChart): AreaRow[] {
  const apart = new Set(area.discrepancies.map((d) => d.date));
  return partnerRows(area.series).map((row) => ({
    ...row,
    apart: apart.has(row.date) && row.A !== null && row.B !== null,
  }));
}

/**
 * The time axis of an area chart: from the first to the last rating or event, padded a little
 * so a point on the edge is not cut in half. Null without any rating.
 */
export function timeDomain(
  rows: readonly PartnerRow[],
  markers: readonly ChartMarker[],
): [number, number] | null {
  if (rows.length === 0) return null;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const day of [...rows.map((r) => r.day), ...markers.map((m) => epochDay(m.date))]) {
    min = Math.min(min, day);
    max = Math.max(max, day);
  }
  const pad = Math.max(2, Math.round((max - min) * 0.02));
  return [min - pad, max + pad];
}

/**
 * Tick positions for a time axis, where the PDF report puts them too (`shared/domain/progress/ticks`:
 * weekly up to nine weeks, on the weekday of `anchor`, the first rating, so a lone rating has its
 * date under it; otherwise the first of each month), thinned to at most `maxTicks` evenly spaced ones.
 */
export function timeTicks([min, max]: readonly [number, number], maxTicks = 6, anchor?: number): number[] {
  const ticks = axisTicks(min, max, anchor).days;
  if (ticks.length <= maxTicks) return ticks;
  const step = Math.ceil(ticks.length / maxTicks);
  return ticks.filter((_, i) => i % step === 0);
}

/** A vertical bar from one partner's rating to the other's, on a date the core flagged. */
export interface GapSegment {
  day: number;
  A: number;
  B: number;
}

export function gapSegments(area: AreaChart): GapSegment[] {
  return area.discrepancies.map((d) => ({ day: epochDay(d.date), A: d.A, B: d.B }));
}

/** Events drawn as vertical lines, each with a key unique within the chart. */
export function markerLines(markers: readonly ChartMarker[]): (ChartMarker & { day: number; key: string })[] {
  return markers.map((marker, i) => ({ ...marker, day: epochDay(marker.date), key: `${marker.kind}-${i}` }));
}

/**
 * The target lines of an area: one per partner, or one for both when the plan sets the same
 * target for each (two lines on top of each other would hide one).
 */
export function targetLines(area: AreaChart): { who: 'A' | 'B' | 'both'; value: number }[] {
  const { A, B } = area.target;
  if (A !== null && A === B) return [{ who: 'both', value: A }];
  return [
    ...(A === null ? [] : [{ who: 'A' as const, value: A }]),
    ...(B === null ? [] : [{ who: 'B' as const, value: B }]),
  ];
}

/**
 * The label of a time-axis tick: the day ("18 Nov") over a few months, the month and year
 * ("Nov 2026") over a longer span, where ticks fall on the first of months.
 */
export function tickLabelStyle([min, max]: readonly [number, number]): 'day' | 'month' {
  return max - min > 180 ? 'month' : 'day';
}
