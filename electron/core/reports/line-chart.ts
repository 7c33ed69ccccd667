import type { ChartMarker } from '@shared/domain/dashboard/types';
import { epochDay, isoOfEpochDay } from '@shared/domain/dates';
import { timeTicks as timeAxisTicks } from '@shared/domain/progress/ticks';
import type { DatedValue } from '@shared/domain/progress/values';
import type { ReportChart } from '@shared/domain/reports/model';
import { colors } from './frame';
import { formatDayMonth, formatMonthOfDay, formatShortMonth } from './progress-format';

/**
 * One rating area drawn with pdfkit vector primitives: both partners' 0-10 ratings on one axis
 * over the report's period, each partner's target, and the period's events.
 *
 * The encoding is the screen's, so the paper reads without color (a grayscale copy, a
 * color-blind reader): partner A is a solid line with circles, partner B a dashed line with
 * squares, targets are dotted, and each kind of event has its own line style and a written label.
 * A chart is measured before it is drawn so the report can keep it whole on one page.
 */

export interface ChartBox {
  x: number;
  y: number;
  width: number;
}

export interface ChartContext {
  /** As the report names the partners (full names or initials). */
  names: { A: string; B: string };
  /** The report's period: the x axis spans exactly this, so every chart shares one time scale. */
  period: { from: string; to: string };
}

type Partner = 'A' | 'B';

const TITLE_SIZE = 9.5;
const TITLE_HEIGHT = 15;
const PLOT_HEIGHT = 112;
/** Room left of the plot for the 0-10 labels. */
const Y_GUTTER = 16;
const TICK_LABEL_SIZE = 7;
const TICK_AREA = 13;
const LEGEND_SIZE = 7.5;
const LEGEND_LINE = 11;
const LEGEND_SWATCH = 22;
const LEGEND_GAP = 10;
const EVENT_LABEL_SIZE = 6;
/** Inside the plot on both sides, so a circle on the first or last day is not cut in half. */
const X_INSET = 5;
const RATING_TICKS = [0, 2, 4, 6, 8, 10] as const;

const partnerStyle = {
  A: { color: colors.partnerA, dash: null, marker: 'circle' },
  B: { color: colors.partnerB, dash: { length: 4.5, space: 2.5 }, marker: 'square' },
} as const;

const eventStyle: Record<
  ChartMarker['kind'],
  { color: string; width: number; dash: { length: number; space: number } | null; legend: string }
> = {
  relapse: { color: '#a8261b', width: 1.4, dash: null, legend: 'Relapse' },
  planChange: { color: '#1d5fd1', width: 1, dash: { length: 4, space: 2 }, legend: 'Plan signed' },
  missedSession: { color: '#56606b', width: 1, dash: { length: 1, space: 2 }, legend: 'Missed session' },
};
const eventKinds = ['relapse', 'planChange', 'missedSession'] as const;

const TARGET_DASH = { length: 1.2, space: 2.2 } as const;
const TARGET_LABEL_SIZE = 6.5;

/** The lower bound on the gap between two points for each to get its own marker. */
const MARKER_SPACING = 4;

interface LegendItem {
  label: string;
  swatch: (doc: PDFKit.PDFDocument, x: number, y: number) => void;
}

/** The height the chart takes in a box of this width: title, plot, axis labels, legend. */
export function lineChartHeight(
  doc: PDFKit.PDFDocument,
  chart: ReportChart,
  context: ChartContext,
  width: number,
): number {
  if (isEmpty(chart)) return TITLE_HEIGHT + PLOT_HEIGHT + 6;
  return (
    TITLE_HEIGHT +
    PLOT_HEIGHT +
    TICK_AREA +
    legendRows(doc, legendItems(chart, context), width).length * LEGEND_LINE
  );
}

/** Most points either partner has in one chart: the report chooses a wider box for dense charts. */
export function densestSeries(chart: ReportChart): number {
  return Math.max(chart.series.A.length, chart.series.B.length);
}

/** Draws the chart with its top-left corner at the box's; returns the height used. */
export function drawLineChart(
  doc: PDFKit.PDFDocument,
  chart: ReportChart,
  context: ChartContext,
  box: ChartBox,
): number {
  doc.save();
  drawTitle(doc, chart.label, box);
  const plot = {
    left: box.x + Y_GUTTER,
    top: box.y + TITLE_HEIGHT,
    width: box.width - Y_GUTTER,
    height: PLOT_HEIGHT,
  };
  drawGrid(doc, plot);
  if (isEmpty(chart)) {
    doc.font('italic').fontSize(8.5).fillColor(colors.muted);
    writeLine(
      doc,
      'No ratings in this period',
      plot.left,
      plot.top + plot.height / 2 - 5,
      plot.width,
      'center',
    );
    doc.restore();
    return TITLE_HEIGHT + PLOT_HEIGHT + 6;
  }
  const scale = timeScale(context.period, plot);
  drawTimeAxis(doc, scale, plot);
  doc.save();
  // Nothing drawn from the data may leave the plot, whatever the data holds; a little room
  // above and below, so a marker on 10 or 0 shows whole.
  doc.rect(plot.left, plot.top - 4, plot.width, plot.height + 8).clip();
  const series = { A: placeSeries(chart.series.A, scale, plot), B: placeSeries(chart.series.B, scale, plot) };
  const eventLabels = drawEvents(doc, chart.markers, scale, plot);
  const targetLabels = drawTargets(doc, chart.target, context.names, plot, {
    labels: eventLabels.map((l) => l.box),
    points: [...series.A, ...series.B],
  });
  for (const partner of ['A', 'B'] as const) drawSeries(doc, partner, series[partner], plot);
  drawLabels(doc, [...targetLabels, ...eventLabels]);
  doc.restore();
  const legendTop = plot.top + plot.height + TICK_AREA;
  const rows = legendRows(doc, legendItems(chart, context), box.width);
  drawLegend(doc, rows, box.x, legendTop);
  doc.restore();
  return legendTop + rows.length * LEGEND_LINE - box.y;
}

function isEmpty(chart: ReportChart): boolean {
  return chart.series.A.length === 0 && chart.series.B.length === 0;
}

interface Plot {
  left: number;
  top: number;
  width: number;
  height: number;
}

interface TimeScale {
  from: number;
  to: number;
  x: (day: number) => number;
}

function timeScale(period: ChartContext['period'], plot: Plot): TimeScale {
  const from = epochDay(period.from);
  // A one-day period still needs a width to divide by.
  const to = Math.max(epochDay(period.to), from + 1);
  const span = plot.width - 2 * X_INSET;
  return { from, to, x: (day) => plot.left + X_INSET + ((day - from) / (to - from)) * span };
}

function yOf(value: number, plot: Plot): number {
  const clamped = Math.min(10, Math.max(0, value));
  return plot.top + plot.height - (clamped / 10) * plot.height;
}

function drawTitle(doc: PDFKit.PDFDocument, label: string, box: ChartBox): void {
  doc.font('bold').fontSize(TITLE_SIZE).fillColor(colors.text);
  writeLine(doc, label, box.x, box.y, box.width, 'left');
}

function drawGrid(doc: PDFKit.PDFDocument, plot: Plot): void {
  doc.lineWidth(0.5).undash();
  for (const tick of RATING_TICKS) {
    const y = yOf(tick, plot);
    doc
      .moveTo(plot.left, y)
      .lineTo(plot.left + plot.width, y)
      .strokeColor(tick === 0 ? colors.muted : colors.rule)
      .stroke();
    doc.font('regular').fontSize(TICK_LABEL_SIZE).fillColor(colors.muted);
    writeLine(doc, String(tick), plot.left - Y_GUTTER, y - TICK_LABEL_SIZE / 2 - 1, Y_GUTTER - 4, 'right');
  }
}

/**
 * Ticks where `shared/domain/progress/ticks` puts them for the screen too (weekly up to nine
 * weeks, else the first of each month); labels thinned evenly until no two touch. The first
 * label and every January carry the year.
 */
function drawTimeAxis(doc: PDFKit.PDFDocument, scale: TimeScale, plot: Plot): void {
  const ticks = timeTicks(scale);
  doc.font('regular').fontSize(TICK_LABEL_SIZE);
  const labels = ticks.map((tick, i) => ({ day: tick.day, text: tick.label(i === 0) }));
  const widest = Math.max(...labels.map((l) => doc.widthOfString(l.text)), 1);
  const room = ticks.length > 1 ? scale.x(ticks[1]?.day ?? 0) - scale.x(ticks[0]?.day ?? 0) : plot.width;
  const step = Math.max(1, Math.ceil((widest + 6) / Math.max(room, 1)));
  const bottom = plot.top + plot.height;
  doc.lineWidth(0.5).undash().strokeColor(colors.muted);
  for (const [i, tick] of ticks.entries()) {
    const x = scale.x(tick.day);
    const labeled = i % step === 0;
    doc
      .moveTo(x, bottom)
      .lineTo(x, bottom + (labeled ? 3 : 1.5))
      .stroke();
    if (!labeled) continue;
    const text = tick.label(i === 0);
    const width = doc.widthOfString(text) + 2;
    // Kept inside the chart's box: an edge label slides inward rather than into the next chart.
    const left = Math.min(Math.max(x - width / 2, plot.left - Y_GUTTER), plot.left + plot.width - width);
    doc.fillColor(colors.muted);
    writeLine(doc, text, left, bottom + 3.5, width, 'center');
  }
}

interface Tick {
  day: number;
  label: (first: boolean) => string;
}

function timeTicks(scale: TimeScale): Tick[] {
  const { unit, days } = timeAxisTicks(scale.from, scale.to);
  if (unit === 'week') return days.map((day) => ({ day, label: () => formatDayMonth(day) }));
  return days.map((day) => {
    const withYear = isoOfEpochDay(day).slice(5, 7) === '01';
    return { day, label: (first) => (first || withYear ? formatMonthOfDay(day) : formatShortMonth(day)) };
  });
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Label {
  text: string;
  color: string;
  /** Where the text starts; rotated labels read upward from here. */
  x: number;
  y: number;
  rotated: boolean;
  /** The area it covers on the page, to keep other labels off it. */
  box: Rect;
}

/** Events as vertical lines, each kind in its own style; returns the labels to write on top. */
function drawEvents(
  doc: PDFKit.PDFDocument,
  markers: readonly ChartMarker[],
  scale: TimeScale,
  plot: Plot,
): Label[] {
  const labels: Label[] = [];
  let lastLabelled = Number.NEGATIVE_INFINITY;
  const sorted = [...markers].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const marker of sorted) {
    const day = epochDay(marker.date);
    if (day < scale.from || day > scale.to) continue;
    const style = eventStyle[marker.kind];
    const x = scale.x(day);
    doc.lineWidth(style.width).strokeColor(style.color);
    if (style.dash) doc.dash(style.dash.length, { space: style.dash.space });
    else doc.undash();
    doc
      .moveTo(x, plot.top)
      .lineTo(x, plot.top + plot.height)
      .stroke();
    doc.undash();
    // Labels closer than a line of text apart would print over each other: the line alone
    // still shows the event, and the legend names its kind.
    if (x - lastLabelled < EVENT_LABEL_SIZE + 2) continue;
    lastLabelled = x;
    doc.font('regular').fontSize(EVENT_LABEL_SIZE);
    const text = fitText(doc, marker.label, plot.height * 0.55);
    const length = doc.widthOfString(text);
    // Rotated to read upward, its end at the top of the plot, just right of the line.
    const y = plot.top + 2 + length;
    labels.push({
      text,
      color: style.color,
      x: x + 1,
      y,
      rotated: true,
      box: { x: x + 0.5, y: plot.top + 1, width: EVENT_LABEL_SIZE * 1.2, height: length + 2 },
    });
  }
  return labels;
}

/**
 * Dotted lines in each partner’s color, one line when they agree; returns their labels
 * ("Target, Alex Example"), each where along its line it covers no event label and the fewest
 * points: at the left unless something is in the way, as ratings usually start lowest, then at
 * the right, then in between.
 */
function drawTargets(
  doc: PDFKit.PDFDocument,
  target: ReportChart['target'],
  names: ChartContext['names'],
  plot: Plot,
  avoid: { labels: readonly Rect[]; points: readonly Point[] },
): Label[] {
  const lines: { value: number; color: string; label: string; above: boolean }[] = [];
  if (target.A !== null && target.A === target.B) {
    lines.push({ value: target.A, color: colors.muted, label: 'Target, both', above: true });
  } else {
    // A's label sits above its line and B's below, so two close targets' labels do not collide.
    if (target.A !== null) {
      lines.push({ value: target.A, color: colors.partnerA, label: `Target, ${names.A}`, above: true });
    }
    if (target.B !== null) {
      lines.push({ value: target.B, color: colors.partnerB, label: `Target, ${names.B}`, above: false });
    }
  }
  const labels: Label[] = [];
  for (const line of lines) {
    const y = yOf(line.value, plot);
    doc.lineWidth(1.2).strokeColor(line.color).dash(TARGET_DASH.length, { space: TARGET_DASH.space });
    doc
      .moveTo(plot.left, y)
      .lineTo(plot.left + plot.width, y)
      .stroke();
    doc.undash();
    doc.font('regular').fontSize(TARGET_LABEL_SIZE);
    const text = fitText(doc, line.label, plot.width * 0.45);
    const width = doc.widthOfString(text);
    const height = TARGET_LABEL_SIZE * 1.2;
    // At 10 there is no room above the line, at 0 none below: the label goes to the free side.
    const above = line.value >= 9.5 ? false : line.value <= 0.5 ? true : line.above;
    const top = above ? y - TARGET_LABEL_SIZE * 1.3 : y + 1.5;
    const room = plot.width - width - 6;
    const candidates = [0, 1, 0.25, 0.5, 0.75]
      .map((at) => plot.left + 3 + at * room)
      .map((x) => ({
        x,
        box: { x: x - 1, y: top - 0.5, width: width + 2, height },
      }));
    const cost = (box: Rect) =>
      avoid.labels.filter((l) => overlaps(l, box)).length * 1000 +
      avoid.points.filter((p) => overlaps(box, { x: p.x - 3, y: p.y - 3, width: 6, height: 6 })).length;
    const best = candidates.reduce((a, b) => (cost(b.box) < cost(a.box) ? b : a));
    labels.push({ text, color: line.color, x: best.x, y: top, rotated: false, box: best.box });
  }
  return labels;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Labels last, over the lines and points, each on a translucent patch so it stays readable. */
function drawLabels(doc: PDFKit.PDFDocument, labels: readonly Label[]): void {
  for (const label of labels) {
    doc.save();
    doc.fillColor('#ffffff').fillOpacity(0.8);
    doc.rect(label.box.x, label.box.y, label.box.width, label.box.height).fill();
    doc.restore();
    doc
      .font('regular')
      .fontSize(label.rotated ? EVENT_LABEL_SIZE : TARGET_LABEL_SIZE)
      .fillColor(label.color);
    if (label.rotated) {
      doc.save();
      doc.rotate(-90, { origin: [label.x, label.y] });
      doc.text(label.text, label.x, label.y, { lineBreak: false });
      doc.restore();
    } else {
      doc.text(label.text, label.x, label.y, { lineBreak: false });
    }
  }
}

interface Point {
  x: number;
  y: number;
}

/** A partner's ratings within the period as page coordinates, oldest first. */
function placeSeries(points: readonly DatedValue[], scale: TimeScale, plot: Plot): Point[] {
  return points
    .map((p) => ({ day: epochDay(p.date), value: p.value }))
    .filter((p) => p.day >= scale.from && p.day <= scale.to)
    .sort((a, b) => a.day - b.day)
    .map((p) => ({ x: scale.x(p.day), y: yOf(p.value, plot) }));
}

function drawSeries(doc: PDFKit.PDFDocument, partner: Partner, xy: readonly Point[], plot: Plot): void {
  const style = partnerStyle[partner];
  if (xy.length === 0) return;
  doc.lineWidth(1.3).strokeColor(style.color).lineJoin('round').lineCap('butt');
  if (style.dash) doc.dash(style.dash.length, { space: style.dash.space });
  else doc.undash();
  const [first, ...rest] = xy;
  if (first && rest.length > 0) {
    // One path, so B's dash pattern runs on across points instead of restarting at each.
    doc.moveTo(first.x, first.y);
    for (const p of rest) doc.lineTo(p.x, p.y);
    doc.stroke();
  }
  doc.undash();
  // Dense series keep smaller markers: at full size they would merge into a band.
  const spacing = xy.length > 1 ? (plot.width - 2 * X_INSET) / (xy.length - 1) : plot.width;
  const size = spacing >= MARKER_SPACING * 2 ? 1 : spacing >= MARKER_SPACING ? 0.7 : 0.5;
  doc.lineWidth(0.6).strokeColor('#ffffff').fillColor(style.color);
  for (const p of xy) drawMarker(doc, style.marker, p.x, p.y, size);
}

function drawMarker(
  doc: PDFKit.PDFDocument,
  shape: 'circle' | 'square',
  x: number,
  y: number,
  size: number,
): void {
  // The circle is drawn larger than the square, so where both partners gave the same rating
  // the circle's rim still shows round the square.
  if (shape === 'circle') doc.circle(x, y, 2.8 * size).fillAndStroke();
  else {
    const half = 2 * size;
    doc.rect(x - half, y - half, 2 * half, 2 * half).fillAndStroke();
  }
}

function legendItems(chart: ReportChart, context: ChartContext): LegendItem[] {
  const items: LegendItem[] = (['A', 'B'] as const).map((partner) => ({
    label: context.names[partner],
    swatch: (doc, x, y) => {
      const style = partnerStyle[partner];
      doc.lineWidth(1.3).strokeColor(style.color);
      if (style.dash) doc.dash(style.dash.length, { space: style.dash.space });
      doc
        .moveTo(x, y)
        .lineTo(x + LEGEND_SWATCH, y)
        .stroke();
      doc.undash();
      doc.lineWidth(0.6).strokeColor('#ffffff').fillColor(style.color);
      drawMarker(doc, style.marker, x + LEGEND_SWATCH / 2, y, 1);
    },
  }));
  if (chart.target.A !== null || chart.target.B !== null) {
    items.push({
      label: 'Target',
      swatch: (doc, x, y) => {
        doc.lineWidth(1.2).strokeColor(colors.muted).dash(TARGET_DASH.length, { space: TARGET_DASH.space });
        doc
          .moveTo(x, y)
          .lineTo(x + LEGEND_SWATCH, y)
          .stroke();
        doc.undash();
      },
    });
  }
  for (const kind of eventKinds) {
    if (!chart.markers.some((m) => m.kind === kind)) continue;
    const style = eventStyle[kind];
    items.push({
      label: style.legend,
      swatch: (doc, x, y) => {
        doc.lineWidth(style.width).strokeColor(style.color);
        if (style.dash) doc.dash(style.dash.length, { space: style.dash.space });
        const mid = x + LEGEND_SWATCH / 2;
        doc
          .moveTo(mid, y - 4)
          .lineTo(mid, y + 4)
          .stroke();
        doc.undash();
      },
    });
  }
  return items;
}

interface PlacedItem {
  item: LegendItem;
  text: string;
  x: number;
}

/** Legend items flowed left to right, wrapping like words; an item wider than a row is shortened. */
function legendRows(doc: PDFKit.PDFDocument, items: readonly LegendItem[], width: number): PlacedItem[][] {
  doc.font('regular').fontSize(LEGEND_SIZE);
  const rows: PlacedItem[][] = [];
  let row: PlacedItem[] = [];
  let x = 0;
  for (const item of items) {
    const text = fitText(doc, item.label, width - LEGEND_SWATCH - 4);
    const itemWidth = LEGEND_SWATCH + 4 + doc.widthOfString(text);
    if (row.length > 0 && x + itemWidth > width) {
      rows.push(row);
      row = [];
      x = 0;
    }
    row.push({ item, text, x });
    x += itemWidth + LEGEND_GAP;
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

function drawLegend(doc: PDFKit.PDFDocument, rows: readonly PlacedItem[][], left: number, top: number): void {
  for (const [i, row] of rows.entries()) {
    const y = top + i * LEGEND_LINE;
    for (const placed of row) {
      doc.save();
      placed.item.swatch(doc, left + placed.x, y + LEGEND_LINE / 2 - 0.5);
      doc.restore();
      doc.font('regular').fontSize(LEGEND_SIZE).fillColor(colors.text);
      doc.text(placed.text, left + placed.x + LEGEND_SWATCH + 4, y + 1, { lineBreak: false });
    }
  }
}

/** The text shortened with an ellipsis until it fits the width in the current font. */
function fitText(doc: PDFKit.PDFDocument, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  const chars = [...text];
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (doc.widthOfString(`${chars.slice(0, mid).join('').trimEnd()}…`) <= width) low = mid;
    else high = mid - 1;
  }
  return `${chars.slice(0, low).join('').trimEnd()}…`;
}

/** One line of text, shortened to fit, that never wraps or moves the page's flow. */
function writeLine(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  y: number,
  width: number,
  align: 'left' | 'right' | 'center',
): void {
  doc.text(fitText(doc, text, width), x, y, { width, align, lineBreak: false });
}
