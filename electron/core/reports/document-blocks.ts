import { colors, type ReportWriter } from './frame';

/**
 * Building blocks the printed documents share beyond what the frame offers: lists with a
 * hanging indent, boxed notices, and blank lines to write on. Each keeps what it draws off the
 * footer: it asks the writer for room first, so an item is never cut across a page.
 */

const LIST_GAP = 4;

export type NoticeTone = 'warning' | 'info';

const noticeColors: Record<NoticeTone, { bar: string; fill: string; text: string }> = {
  warning: { bar: '#b42318', fill: '#fdecea', text: '#7a1b12' },
  info: { bar: '#59636e', fill: '#f3f5f7', text: colors.text },
};

interface ListOptions {
  size?: number;
  /** Width reserved for the marker ("12.", "•"). */
  indent?: number;
}

/** Items with their markers in a column of their own, so wrapped lines align under the text. */
function markedList(
  writer: ReportWriter,
  items: readonly string[],
  marker: (index: number) => string,
  options: ListOptions,
): void {
  const size = options.size ?? 10;
  const indent = options.indent ?? 20;
  const width = writer.contentWidth - indent;
  for (const [index, item] of items.entries()) {
    writer.setStyle({ font: 'regular', size, color: colors.text });
    const height = writer.doc.heightOfString(item, { width, lineGap: 2 });
    // Short items stay whole; a very long one may start here and flow on.
    writer.ensureSpace(Math.min(height, 120) + LIST_GAP);
    const y = writer.y;
    writer.setStyle({ font: 'bold', size, color: colors.text });
    writer.doc.text(marker(index), writer.left, y, { width: indent - 4, lineBreak: false });
    writer.setStyle({ font: 'regular', size, color: colors.text });
    writer.doc.text(item, writer.left + indent, y, { width, lineGap: 2 });
    writer.moveDown(LIST_GAP);
  }
  writer.moveDown(2);
}

export function numberedList(
  writer: ReportWriter,
  items: readonly string[],
  options: ListOptions = {},
): void {
  markedList(writer, items, (index) => `${index + 1}.`, options);
}

export function bulletList(writer: ReportWriter, items: readonly string[], options: ListOptions = {}): void {
  markedList(writer, items, () => '•', { indent: 14, ...options });
}

/**
 * A shaded box with a colored bar on its left: for what must not be missed (a draft, a
 * failed integrity check, the risk of holding the recovery key). Kept whole on one page.
 */
export function notice(
  writer: ReportWriter,
  text: string,
  options: { tone?: NoticeTone; title?: string; size?: number } = {},
): void {
  const tone = noticeColors[options.tone ?? 'info'];
  const size = options.size ?? 10;
  const pad = 8;
  const bar = 4;
  const textLeft = writer.left + bar + pad;
  const width = writer.contentWidth - bar - 2 * pad;
  writer.setStyle({ font: 'bold', size });
  const titleHeight = options.title ? writer.doc.heightOfString(options.title, { width }) + 2 : 0;
  writer.setStyle({ font: 'regular', size });
  const bodyHeight = writer.doc.heightOfString(text, { width, lineGap: 2 });
  const height = titleHeight + bodyHeight + 2 * pad;
  writer.ensureSpace(height + 8);
  const top = writer.y;
  writer.doc.rect(writer.left, top, writer.contentWidth, height).fill(tone.fill);
  writer.doc.rect(writer.left, top, bar, height).fill(tone.bar);
  let y = top + pad;
  if (options.title) {
    writer.setStyle({ font: 'bold', size, color: tone.text });
    writer.doc.text(options.title, textLeft, y, { width });
    y += titleHeight;
  }
  writer.setStyle({ font: 'regular', size, color: tone.text });
  writer.doc.text(text, textLeft, y, { width, lineGap: 2 });
  writer.doc.x = writer.left;
  writer.doc.y = top + height + 8;
  writer.setStyle({ font: 'regular', size: 10, color: colors.text });
}

/**
 * Labelled lines to write on, side by side ("Name ______  Week starting ______"): the
 * labels sit under the lines, as on a paper form.
 */
export function writeOnLines(
  writer: ReportWriter,
  labels: readonly { label: string; weight: number }[],
  /** Share of the content width the lines take, from the left. */
  span = 1,
): void {
  const gap = 18;
  const total = labels.reduce((sum, l) => sum + l.weight, 0);
  const usable = writer.contentWidth * span - gap * (labels.length - 1);
  writer.ensureSpace(40);
  const lineY = writer.y + 22;
  let x = writer.left;
  writer.setStyle({ font: 'regular', size: 8, color: colors.muted });
  for (const { label, weight } of labels) {
    const width = (weight / total) * usable;
    writer.doc
      .moveTo(x, lineY)
      .lineTo(x + width, lineY)
      .lineWidth(0.75)
      .strokeColor(colors.text)
      .stroke();
    writer.doc.text(label, x, lineY + 3, { width, lineBreak: false });
    x += width + gap;
  }
  writer.doc.x = writer.left;
  writer.doc.y = lineY + 18;
  writer.setStyle({ font: 'regular', size: 10, color: colors.text });
}

/** A line of small muted text: what a value means, where it came from. */
export function smallNote(writer: ReportWriter, text: string, gapAfter = 6): void {
  writer.paragraph(text, { size: 8.5, color: colors.muted, gapAfter });
}
