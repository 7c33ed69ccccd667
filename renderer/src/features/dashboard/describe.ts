import { partnerLabel } from '@renderer/features/plans/planLabels';
import type { AreaChart, ChartMarker, MonthAttendance, RadarPoint } from '@shared/domain/dashboard';
import type { MonthAdherence } from '@shared/domain/progress';
import { markerLabels } from './chartStyle';
import { dateText, monthLabel, percentText, valueText } from './format';

/**
 * What each chart shows, in words: the accessible name of the chart image, so a screen reader
 * user hears the gist before opening the table view.
 */

type Names = { A: string; B: string };

function partnerSentence(area: AreaChart, partner: 'A' | 'B', names: Names): string {
  const series = area.series[partner];
  const who = partnerLabel(partner, names);
  const target = area.target[partner];
  const aim = target === null ? '' : `, target ${valueText(target)}`;
  if (series.length === 0) return `${who}: no ratings yet${aim}.`;
  const first = series[0]?.value ?? null;
  const latest = series.at(-1)?.value ?? null;
  const count = `${series.length} ${series.length === 1 ? 'rating' : 'ratings'}`;
  return `${who}: ${count}, first ${valueText(first)}, latest ${valueText(latest)}${aim}.`;
}

export function markerSentence(markers: readonly ChartMarker[]): string {
  if (markers.length === 0) return '';
  const counts = new Map<ChartMarker['kind'], number>();
  for (const m of markers) counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1);
  const parts = [...counts.entries()].map(([kind, n]) => `${markerLabels[kind].toLowerCase()} ${n}`);
  return `Events marked: ${parts.join(', ')}.`;
}

export function describeArea(
  area: AreaChart,
  markers: readonly ChartMarker[],
  names: Names,
  options: { shareable: boolean; locale?: string },
): string {
  const all = [...area.series.A, ...area.series.B].map((p) => p.date).sort();
  const span =
    all.length === 0
      ? 'No ratings yet.'
      : `Ratings from 0 to 10, ${dateText(all[0] ?? null, options.locale)} to ${dateText(all.at(-1) ?? null, options.locale)}.`;
  const gaps =
    options.shareable || area.discrepancies.length === 0
      ? ''
      : `${area.discrepancies.length} ${area.discrepancies.length === 1 ? 'date' : 'dates'} with the partners 3 or more points apart${area.discrepancyNow ? ', including the latest' : ''}.`;
  return [
    `${area.label}.`,
    span,
    partnerSentence(area, 'A', names),
    partnerSentence(area, 'B', names),
    gaps,
    all.length === 0 ? '' : markerSentence(markers),
  ]
    .filter(Boolean)
    .join(' ');
}

export function describeRadar(points: readonly RadarPoint[], partner: 'A' | 'B', names: Names): string {
  const parts = points.map(
    (p) => `${p.label} ${valueText(p.baseline[partner])} then ${valueText(p.latest[partner])}`,
  );
  return `${partnerLabel(partner, names)}: first rating against latest, per area (0 to 10). ${parts.join('; ')}.`;
}

export function describeAttendance(months: readonly MonthAttendance[], locale?: string): string {
  if (months.length === 0) return 'Sessions attended per month: no sessions were due yet.';
  const parts = months.map((m) => `${monthLabel(m.month, locale)} ${m.attended} of ${m.due}`);
  return `Sessions attended of sessions due, per month: ${parts.join('; ')}.`;
}

export function describeAdherence(
  months: readonly MonthAdherence[],
  partners: readonly ('A' | 'B')[],
  names: Names,
  locale?: string,
): string {
  if (months.length === 0) return 'Recovery calendar kept per month: nothing recorded yet.';
  const parts = months.map((m) => {
    const abstinence = partners.map(
      (p) => `abstinent days ${partnerLabel(p, names)} ${percentText(m.abstinence[p]?.rate ?? null)}`,
    );
    return `${monthLabel(m.month, locale)}: trust discussion ${percentText(m.trustDiscussion.rate)}${abstinence.length ? `, ${abstinence.join(', ')}` : ''}`;
  });
  return `Recovery calendar kept per month, in percent of recorded days. ${parts.join('; ')}.`;
}
