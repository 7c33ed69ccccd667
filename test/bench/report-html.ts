import { colors, DEFAULT_CONFIDENTIALITY } from '@core/reports/frame';
import {
  formatDate,
  formatDatedValue,
  formatDayMonth,
  formatMonth,
  formatMonthOfDay,
  formatPercent,
  formatPeriod,
  formatShortMonth,
  formatValue,
  NOT_RECORDED,
  trendLabels,
} from '@core/reports/progress-format';
import type { Letterhead } from '@shared/contract/settings';
import type { ChartMarker } from '@shared/domain/dashboard/types';
import { epochDay } from '@shared/domain/dates';
import type { DatedValue } from '@shared/domain/progress/values';
import {
  goalStatusLabels,
  type ProgressReportModel,
  type ReportCalendarMonth,
  type ReportChart,
} from '@shared/domain/reports/model';

/**
 * The progress report as one HTML page, for the benchmark's baseline: what the report would
 * cost if it were printed by Chromium (as Electron's `webContents.printToPDF` would) instead of
 * laid out by pdfkit. It carries the same content as `renderProgressReport` (letterhead,
 * identification, notice, every table, one chart per area with both partners, targets and
 * events, the clinician's text, the signature block) so the comparison is of equal work; it is
 * not a pixel copy, and Chromium does the line breaking, page breaking and header repetition
 * that pdfkit's writer does by hand.
 */

/** The pdfkit frame's page margins in points, so both PDFs have the same text area. */
export const PRINT_MARGIN = { top: 78, bottom: 70, left: 54, right: 54 } as const;
const CONTENT_WIDTH = 612 - PRINT_MARGIN.left - PRINT_MARGIN.right;

const FONT = "'DejaVu Sans', sans-serif";

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const esc = escapeHtml;

/** The running header and the "Page x of y" footer, for `page.pdf({ headerTemplate, footerTemplate })`. */
export function progressReportPrintTemplates(
  model: ProgressReportModel,
  letterhead: Letterhead,
): { headerTemplate: string; footerTemplate: string } {
  // Chromium renders the templates in their own document: no page CSS reaches them, and the
  // default font size there is tiny, so every style is inline.
  const base = `font-family:${FONT};width:100%;margin:0 ${PRINT_MARGIN.left}pt;display:flex;justify-content:space-between;gap:12pt;-webkit-print-color-adjust:exact;`;
  const left = [letterhead.practiceName, model.title].filter(Boolean).join(' · ');
  return {
    headerTemplate: `<div style="${base}font-size:8pt;color:${colors.muted};border-bottom:0.5pt solid ${colors.rule};padding-bottom:3pt;"><span>${esc(left)}</span><span>${esc(model.coupleLabel)}</span></div>`,
    footerTemplate: `<div style="${base}font-size:7pt;color:${colors.muted};border-top:0.5pt solid ${colors.rule};padding-top:4pt;"><span style="flex:1">${esc(DEFAULT_CONFIDENTIALITY)}</span><span style="font-size:8pt;color:${colors.text};white-space:nowrap">Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
  };
}

const css = `
@page { size: Letter; margin: ${PRINT_MARGIN.top}pt ${PRINT_MARGIN.right}pt ${PRINT_MARGIN.bottom}pt ${PRINT_MARGIN.left}pt; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: ${FONT}; font-size: 10pt; line-height: 1.3; color: ${colors.text}; }
h1 { font-size: 18pt; margin: 0 0 6pt; }
h2 { font-size: 13pt; margin: 12pt 0 4pt; break-after: avoid; }
p { margin: 0 0 6pt; }
.letterhead { display: flex; justify-content: space-between; border-bottom: 1pt solid ${colors.text}; padding-bottom: 8pt; margin-bottom: 14pt; }
.letterhead .practice { font-weight: bold; font-size: 13pt; }
.letterhead .contact, .letterhead .licence { font-size: 8.5pt; color: ${colors.muted}; white-space: pre-line; }
.letterhead .clinician { font-weight: bold; font-size: 9.5pt; text-align: right; }
.fields { border-collapse: collapse; margin-bottom: 6pt; }
.fields th { text-align: left; vertical-align: top; color: ${colors.muted}; padding: 0 8pt 3pt 0; }
.fields td { white-space: pre-line; padding: 0 0 3pt; }
.notice { border: 1.25pt solid ${colors.text}; padding: 8pt; margin: 4pt 0 10pt; font-size: 8.5pt; break-inside: avoid; }
.notice strong { display: block; font-size: 9pt; margin-bottom: 4pt; }
table.data { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 9pt; margin-bottom: 8pt; }
table.data thead { display: table-header-group; }
table.data tr { break-inside: avoid; }
table.data th { background: ${colors.headerFill}; text-align: left; }
table.data th, table.data td { padding: 4pt; border-bottom: 0.5pt solid ${colors.rule}; vertical-align: top; white-space: pre-line; overflow-wrap: anywhere; }
table.data .r { text-align: right; }
.small { font-size: 8pt; color: ${colors.muted}; }
.intro { font-size: 8.5pt; color: ${colors.muted}; margin-bottom: 8pt; }
.charts { display: flex; flex-wrap: wrap; gap: 14pt 18pt; }
.chart { break-inside: avoid; }
.chart .title { font-weight: bold; font-size: 9.5pt; }
.chart svg { display: block; overflow: visible; }
.legend { display: flex; flex-wrap: wrap; gap: 2pt 10pt; font-size: 7.5pt; }
.legend span { display: inline-flex; align-items: center; gap: 4pt; }
.signature { break-inside: avoid; margin-top: 14pt; display: flex; gap: 24pt; font-size: 8pt; color: ${colors.muted}; }
.signature div { border-top: 0.75pt solid ${colors.text}; padding-top: 3pt; margin-top: 24pt; }
`;

export function progressReportHtml(model: ProgressReportModel, letterhead: Letterhead): string {
  const body = [
    letterheadHtml(letterhead),
    `<h1>${esc(model.title)}</h1>`,
    identification(model),
    model.redisclosureNotice
      ? `<div class="notice"><strong>Notice accompanying disclosure (42 CFR part 2)</strong>${esc(model.redisclosureNotice)}</div>`
      : '',
    model.attendance ? attendance(model.attendance) : '',
    model.goals ? goals(model.goals) : '',
    model.milestones ? milestones(model.milestones) : '',
    model.charts ? charts(model.charts, model) : '',
    model.calendar ? calendar(model.calendar, model) : '',
    clinicianText('Summary', model.narrative),
    clinicianText('Recommendations', model.recommendations),
    signature(letterhead),
  ].join('\n');
  return `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>${esc(model.title)}</title><style>${css}</style></head><body>${body}</body></html>`;
}

function letterheadHtml(lh: Letterhead): string {
  const contact = [lh.address, lh.phone ? `Phone ${lh.phone}` : null].filter(Boolean).join('\n');
  const clinician = [lh.clinicianName, lh.credentials].filter(Boolean).join(', ');
  return `<div class="letterhead"><div><div class="practice">${esc(lh.practiceName ?? '')}</div><div class="contact">${esc(contact)}</div></div><div><div class="clinician">${esc(clinician)}</div>${lh.licenceNumber ? `<div class="licence">License ${esc(lh.licenceNumber)}</div>` : ''}</div></div>`;
}

function fields(pairs: readonly (readonly [string, string])[], labelWidth = 130): string {
  const rows = pairs.map(
    ([label, value]) => `<tr><th style="width:${labelWidth}pt">${esc(label)}</th><td>${esc(value)}</td></tr>`,
  );
  return `<table class="fields">${rows.join('')}</table>`;
}

function identification(model: ProgressReportModel): string {
  const partner = (p: 'A' | 'B') => {
    const { name, recovery } = model.partners[p];
    return recovery ? `${name}\n${recovery}` : name;
  };
  const recipient = model.recipient.name
    ? `${model.recipient.label}: ${model.recipient.name}`
    : model.recipient.label;
  return fields([
    ['Couple', model.coupleLabel],
    ['Partner A', partner('A')],
    ['Partner B', partner('B')],
    ['Period', formatPeriod(model.period)],
    ['Prepared for', recipient],
    ['Date prepared', formatDate(model.generatedOn)],
  ]);
}

interface Column {
  header: string;
  weight: number;
  right?: boolean;
}

function table(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const total = columns.reduce((sum, c) => sum + c.weight, 0);
  const cls = (c: Column | undefined) => (c?.right ? ' class="r"' : '');
  const cols = columns.map((c) => `<col style="width:${((c.weight / total) * 100).toFixed(2)}%">`).join('');
  const head = columns.map((c) => `<th${cls(c)}>${esc(c.header)}</th>`).join('');
  const body = rows
    .map((row) => `<tr>${row.map((cell, i) => `<td${cls(columns[i])}>${esc(cell)}</td>`).join('')}</tr>`)
    .join('');
  return `<table class="data"><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function attendance(data: NonNullable<ProgressReportModel['attendance']>): string {
  if (data.due === 0) return '<h2>Attendance</h2><p>No sessions were due in this period.</p>';
  const summary = fields(
    [
      [
        'Sessions due',
        `${data.due} (not counted: sessions still booked, and cancellations by the clinician or with 24 hours’ notice)`,
      ],
      ['Attended', String(data.attended)],
      ['Missed', `${data.missed} (a no-show, a partner absent, or a partner’s cancellation under 24 hours)`],
      ['Attendance rate', formatPercent(data.rate)],
    ],
    110,
  );
  const months =
    data.byMonth.length === 0
      ? ''
      : table(
          [
            { header: 'Month', weight: 3 },
            { header: 'Sessions due', weight: 2, right: true },
            { header: 'Attended', weight: 2, right: true },
            { header: 'Rate', weight: 2, right: true },
          ],
          data.byMonth.map((m) => [
            formatMonth(m.month),
            String(m.due),
            String(m.attended),
            formatPercent(m.rate),
          ]),
        );
  return `<h2>Attendance</h2>${summary}${months}`;
}

function goals(list: NonNullable<ProgressReportModel['goals']>): string {
  if (list.length === 0)
    return '<h2>Plan goals and their status</h2><p>The treatment plan set no goals for this period.</p>';
  return `<h2>Plan goals and their status</h2>${table(
    [
      { header: 'Area', weight: 2.6 },
      { header: 'Goal', weight: 5 },
      { header: 'Status', weight: 2.2 },
      { header: 'Detail', weight: 4 },
    ],
    list.map((g) => [g.area, g.description, goalStatusLabels[g.status], g.detail]),
  )}`;
}

function milestones(list: NonNullable<ProgressReportModel['milestones']>): string {
  if (list.length === 0)
    return '<h2>Milestones</h2><p>The treatment plan set no milestones for this period.</p>';
  return `<h2>Milestones</h2>${table(
    [
      { header: 'Milestone / goal', weight: 5.6 },
      { header: 'Baseline', weight: 1.6, right: true },
      { header: 'Latest (date)', weight: 2.6, right: true },
      { header: 'Target', weight: 1.4, right: true },
      { header: 'Progress', weight: 1.7, right: true },
      { header: 'Trend', weight: 2.7 },
    ],
    list.map((m) => [
      `${m.description}\nGoal: ${m.goal}`,
      formatValue(m.baseline),
      formatDatedValue(m.latest),
      formatValue(m.target),
      formatPercent(m.progress),
      m.stalled ? `${trendLabels[m.trend]}; stalled` : trendLabels[m.trend],
    ]),
  )}<p class="small">Progress is the share of the way from baseline to target reached by the latest measurement.</p>`;
}

/** As the pdfkit report decides: two charts a row unless one is too dense for half the width. */
const SIDE_BY_SIDE_MAX_POINTS = 36;

function charts(list: readonly ReportChart[], model: ProgressReportModel): string {
  if (list.length === 0) return '<h2>Ratings by area</h2><p>No ratings were recorded in this period.</p>';
  const names = { A: model.partners.A.name, B: model.partners.B.name };
  const perRow = list.some((c) => Math.max(c.series.A.length, c.series.B.length) > SIDE_BY_SIDE_MAX_POINTS)
    ? 1
    : 2;
  const width = (CONTENT_WIDTH - (perRow - 1) * 18) / perRow;
  const intro =
    'Each partner rates each area from 0 to 10 at assessments and session check-ins. Both partners share one axis: ' +
    `${names.A}, solid line with circles; ${names.B}, dashed line with squares. ` +
    'Dotted lines are targets; vertical lines mark events.';
  return `<h2>Ratings by area</h2><p class="intro">${esc(intro)}</p><div class="charts">${list
    .map((chart, i) => lineChart(chart, i, names, model.period, width))
    .join('')}</div>`;
}

const PLOT_HEIGHT = 112;
const Y_GUTTER = 16;
const X_INSET = 5;
const TICK_AREA = 13;

const eventStyle: Record<
  ChartMarker['kind'],
  { color: string; width: number; dash: string | null; legend: string }
> = {
  relapse: { color: '#a8261b', width: 1.4, dash: null, legend: 'Relapse' },
  planChange: { color: '#1d5fd1', width: 1, dash: '4 2', legend: 'Plan signed' },
  missedSession: { color: '#56606b', width: 1, dash: '1 2', legend: 'Missed session' },
};

const f = (n: number) => n.toFixed(1);

/** One area as an inline SVG: grid, month ticks, events, targets, both partners' lines and markers. */
function lineChart(
  chart: ReportChart,
  index: number,
  names: { A: string; B: string },
  period: { from: string; to: string },
  width: number,
): string {
  const title = `<div class="title">${esc(chart.label)}</div>`;
  const plot = { left: Y_GUTTER, top: 4, width: width - Y_GUTTER, height: PLOT_HEIGHT };
  const y = (v: number) => plot.top + plot.height - (Math.min(10, Math.max(0, v)) / 10) * plot.height;
  const parts: string[] = [];
  for (const tick of [0, 2, 4, 6, 8, 10]) {
    parts.push(
      `<line x1="${plot.left}" x2="${f(plot.left + plot.width)}" y1="${f(y(tick))}" y2="${f(y(tick))}" stroke="${tick === 0 ? colors.muted : colors.rule}" stroke-width="0.5"/>`,
      `<text x="${plot.left - 4}" y="${f(y(tick) + 2.5)}" font-size="7" fill="${colors.muted}" text-anchor="end">${tick}</text>`,
    );
  }
  const empty = chart.series.A.length === 0 && chart.series.B.length === 0;
  const svgHeight = plot.top + plot.height + (empty ? 6 : TICK_AREA);
  if (empty) {
    parts.push(
      `<text x="${f(plot.left + plot.width / 2)}" y="${f(plot.top + plot.height / 2)}" font-size="8.5" font-style="italic" fill="${colors.muted}" text-anchor="middle">No ratings in this period</text>`,
    );
    return `<div class="chart" style="width:${f(width)}pt">${title}<svg viewBox="0 0 ${f(width)} ${svgHeight}" width="${f(width)}pt" height="${svgHeight}pt">${parts.join('')}</svg></div>`;
  }
  const from = epochDay(period.from);
  const to = Math.max(epochDay(period.to), from + 1);
  const x = (day: number) => plot.left + X_INSET + ((day - from) / (to - from)) * (plot.width - 2 * X_INSET);
  parts.push(...timeAxis(from, to, x, plot));

  const inside: string[] = [];
  let lastLabelled = Number.NEGATIVE_INFINITY;
  for (const marker of [...chart.markers].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    const day = epochDay(marker.date);
    if (day < from || day > to) continue;
    const style = eventStyle[marker.kind];
    const mx = x(day);
    inside.push(
      `<line x1="${f(mx)}" x2="${f(mx)}" y1="${plot.top}" y2="${plot.top + plot.height}" stroke="${style.color}" stroke-width="${style.width}"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}/>`,
    );
    if (mx - lastLabelled < 8) continue;
    lastLabelled = mx;
    inside.push(
      `<text transform="translate(${f(mx + 6.5)} ${plot.top + 2}) rotate(-90)" font-size="6" fill="${style.color}" text-anchor="end" paint-order="stroke" stroke="#ffffff" stroke-width="2" stroke-opacity="0.8">${esc(marker.label)}</text>`,
    );
  }
  const { A: targetA, B: targetB } = chart.target;
  const targets: { value: number; color: string; label: string; above: boolean }[] =
    targetA !== null && targetA === targetB
      ? [{ value: targetA, color: colors.muted, label: 'Target, both', above: true }]
      : [
          ...(targetA !== null
            ? [{ value: targetA, color: colors.partnerA, label: `Target, ${names.A}`, above: true }]
            : []),
          ...(targetB !== null
            ? [{ value: targetB, color: colors.partnerB, label: `Target, ${names.B}`, above: false }]
            : []),
        ];
  for (const t of targets) {
    const ty = y(t.value);
    const above = t.value >= 9.5 ? false : t.value <= 0.5 ? true : t.above;
    inside.push(
      `<line x1="${plot.left}" x2="${f(plot.left + plot.width)}" y1="${f(ty)}" y2="${f(ty)}" stroke="${t.color}" stroke-width="1.2" stroke-dasharray="1.2 2.2"/>`,
      `<text x="${plot.left + 3}" y="${f(above ? ty - 2 : ty + 7.5)}" font-size="6.5" fill="${t.color}" paint-order="stroke" stroke="#ffffff" stroke-width="2" stroke-opacity="0.8">${esc(t.label)}</text>`,
    );
  }
  for (const partner of ['A', 'B'] as const)
    inside.push(...series(partner, chart.series[partner], from, to, x, y, plot.width));
  // Nothing from the data leaves the plot, with a little room so a marker on 0 or 10 shows whole.
  const clipId = `plot-${index}`;
  parts.push(
    `<clipPath id="${clipId}"><rect x="${plot.left}" y="${plot.top - 4}" width="${f(plot.width)}" height="${plot.height + 8}"/></clipPath>`,
    `<g clip-path="url(#${clipId})">${inside.join('')}</g>`,
  );
  return `<div class="chart" style="width:${f(width)}pt">${title}<svg viewBox="0 0 ${f(width)} ${svgHeight}" width="${f(width)}pt" height="${svgHeight}pt">${parts.join('')}</svg>${legend(chart, names)}</div>`;
}

const partnerStyle = {
  A: { color: colors.partnerA, dash: null },
  B: { color: colors.partnerB, dash: '4.5 2.5' },
} as const;

function series(
  partner: 'A' | 'B',
  points: readonly DatedValue[],
  from: number,
  to: number,
  x: (day: number) => number,
  y: (v: number) => number,
  plotWidth: number,
): string[] {
  const xy = points
    .map((p) => ({ day: epochDay(p.date), value: p.value }))
    .filter((p) => p.day >= from && p.day <= to)
    .sort((a, b) => a.day - b.day)
    .map((p) => ({ x: x(p.day), y: y(p.value) }));
  if (xy.length === 0) return [];
  const style = partnerStyle[partner];
  const out = [
    `<polyline fill="none" stroke="${style.color}" stroke-width="1.3" stroke-linejoin="round"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''} points="${xy.map((p) => `${f(p.x)},${f(p.y)}`).join(' ')}"/>`,
  ];
  const spacing = xy.length > 1 ? (plotWidth - 2 * X_INSET) / (xy.length - 1) : plotWidth;
  const size = spacing >= 8 ? 1 : spacing >= 4 ? 0.7 : 0.5;
  const marks = xy.map((p) =>
    partner === 'A'
      ? `<circle cx="${f(p.x)}" cy="${f(p.y)}" r="${(2.8 * size).toFixed(2)}"/>`
      : `<rect x="${f(p.x - 2 * size)}" y="${f(p.y - 2 * size)}" width="${4 * size}" height="${4 * size}"/>`,
  );
  out.push(`<g fill="${style.color}" stroke="#ffffff" stroke-width="0.6">${marks.join('')}</g>`);
  return out;
}

/** Month ticks (weekly for short periods), thinned so labels do not touch, the year on the first and on January. */
function timeAxis(
  from: number,
  to: number,
  x: (day: number) => number,
  plot: { left: number; top: number; width: number; height: number },
): string[] {
  const ticks: { day: number; label: (first: boolean) => string }[] = [];
  if (to - from <= 62) {
    for (let day = from; day <= to; day += 7) ticks.push({ day, label: () => formatDayMonth(day) });
  } else {
    const start = new Date(from * 86_400_000);
    let year = start.getUTCFullYear();
    let month = start.getUTCMonth() + (start.getUTCDate() === 1 ? 0 : 1);
    for (;;) {
      if (month > 11) {
        year += 1;
        month -= 12;
      }
      const day = Date.UTC(year, month, 1) / 86_400_000;
      if (day > to) break;
      const withYear = month === 0;
      ticks.push({
        day,
        label: (first) => (first || withYear ? formatMonthOfDay(day) : formatShortMonth(day)),
      });
      month += 1;
    }
  }
  const labels = ticks.map((t, i) => t.label(i === 0));
  // No text measuring here: about 0.6 em a character at 7 pt is near enough to thin the labels.
  const widest = Math.max(1, ...labels.map((l) => l.length * 7 * 0.6));
  const room = ticks.length > 1 ? x(ticks[1]?.day ?? 0) - x(ticks[0]?.day ?? 0) : plot.width;
  const step = Math.max(1, Math.ceil((widest + 6) / Math.max(room, 1)));
  const bottom = plot.top + plot.height;
  const out: string[] = [];
  for (const [i, tick] of ticks.entries()) {
    const tx = x(tick.day);
    const labelled = i % step === 0;
    out.push(
      `<line x1="${f(tx)}" x2="${f(tx)}" y1="${bottom}" y2="${bottom + (labelled ? 3 : 1.5)}" stroke="${colors.muted}" stroke-width="0.5"/>`,
    );
    if (labelled) {
      out.push(
        `<text x="${f(tx)}" y="${bottom + 10}" font-size="7" fill="${colors.muted}" text-anchor="middle">${esc(labels[i] ?? '')}</text>`,
      );
    }
  }
  return out;
}

function swatch(inner: string): string {
  return `<svg width="22pt" height="8pt" viewBox="0 0 22 8">${inner}</svg>`;
}

function legend(chart: ReportChart, names: { A: string; B: string }): string {
  const items = [
    `<span>${swatch(`<line x1="0" x2="22" y1="4" y2="4" stroke="${colors.partnerA}" stroke-width="1.3"/><circle cx="11" cy="4" r="2.8" fill="${colors.partnerA}" stroke="#fff" stroke-width="0.6"/>`)}${esc(names.A)}</span>`,
    `<span>${swatch(`<line x1="0" x2="22" y1="4" y2="4" stroke="${colors.partnerB}" stroke-width="1.3" stroke-dasharray="4.5 2.5"/><rect x="9" y="2" width="4" height="4" fill="${colors.partnerB}" stroke="#fff" stroke-width="0.6"/>`)}${esc(names.B)}</span>`,
  ];
  if (chart.target.A !== null || chart.target.B !== null) {
    items.push(
      `<span>${swatch(`<line x1="0" x2="22" y1="4" y2="4" stroke="${colors.muted}" stroke-width="1.2" stroke-dasharray="1.2 2.2"/>`)}Target</span>`,
    );
  }
  for (const kind of ['relapse', 'planChange', 'missedSession'] as const) {
    if (!chart.markers.some((m) => m.kind === kind)) continue;
    const style = eventStyle[kind];
    items.push(
      `<span>${swatch(`<line x1="11" x2="11" y1="0" y2="8" stroke="${style.color}" stroke-width="${style.width}"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}/>`)}${esc(style.legend)}</span>`,
    );
  }
  return `<div class="legend">${items.join('')}</div>`;
}

function calendar(months: readonly ReportCalendarMonth[], model: ProgressReportModel): string {
  const heading = '<h2>Recovery-calendar adherence</h2>';
  if (months.every((m) => m.daysRecorded === 0)) {
    return `${heading}<p>Nothing was recorded on the recovery calendar in this period.</p>`;
  }
  // The same columns as the pdfkit report: substance-use columns only when the model has them.
  const abstinence = (['A', 'B'] as const).filter((p) =>
    months.some((m) => (m.abstinenceRate?.[p] ?? null) !== null),
  );
  const meetings = months.some((m) => m.supportMeetings !== null);
  const screens = months.some((m) => m.screens !== null);
  const columns: Column[] = [
    { header: 'Month', weight: 2.2 },
    { header: 'Days recorded', weight: 1.8, right: true },
    { header: 'Trust discussion', weight: 2, right: true },
    ...abstinence.map((p) => ({ header: `Abstinence, ${model.partners[p].name}`, weight: 2.6, right: true })),
  ];
  if (meetings) columns.push({ header: 'Support meetings', weight: 2, right: true });
  if (screens) columns.push({ header: 'Screens (positive)', weight: 2.2, right: true });
  const rows = months.map((m) => {
    const cells = [formatMonth(m.month), String(m.daysRecorded), formatPercent(m.trustDiscussionRate)];
    for (const p of abstinence) cells.push(formatPercent(m.abstinenceRate?.[p] ?? null));
    if (meetings) cells.push(m.supportMeetings === null ? NOT_RECORDED : String(m.supportMeetings));
    if (screens) cells.push(m.screens === null ? NOT_RECORDED : `${m.screens.taken} (${m.screens.positive})`);
    return cells;
  });
  return `${heading}${table(columns, rows)}<p class="small">Rates are shares of the days recorded that month. A dash (${esc(NOT_RECORDED)}) means nothing was recorded.</p>`;
}

function clinicianText(heading: string, text: string | null): string {
  if (text === null || text.trim() === '') return '';
  const paragraphs = text
    .trim()
    .split(/\n\s*\n/)
    .map((p) => `<p>${esc(p.trim())}</p>`);
  return `<h2>${esc(heading)}</h2>${paragraphs.join('')}`;
}

function signature(lh: Letterhead): string {
  const who = [lh.clinicianName ?? 'Clinician', lh.credentials].filter(Boolean).join(', ');
  const label = lh.licenceNumber ? `${who} (license ${lh.licenceNumber})` : who;
  return `<div class="signature"><div style="flex:0 0 60%">${esc(label)}</div><div style="flex:1">Date</div></div>`;
}
