import type { FontStyle } from './fonts';
import { type Align, colors, type ReportWriter } from './frame';

/**
 * A grid to fill in by hand: ruled rows of a fixed writing height and a line between every
 * column, drawn as vectors. Unlike the frame's `table` (for printed data, whose rows grow with
 * their text), cells here are mostly blank, so each row keeps the same height and the pen has
 * room. A grid that reaches the foot of a page carries on on the next one under a repeated
 * header row.
 */

export interface GridColumn {
  header: string;
  /** Relative width: columns share the content width in proportion. */
  weight: number;
  align?: Align;
  /** Printed cell text in this column is bold (the day a row stands for). */
  strong?: boolean;
}

export interface GridSpec {
  columns: readonly GridColumn[];
  /** Printed cells, one array per row; '' leaves a cell blank to write in. */
  rows: readonly (readonly string[])[];
  /**
   * A fixed writing height, or a range: the grid then takes the tallest rows that still fit
   * the rest of the page (a month on one sheet), and the shortest when it must flow on.
   */
  rowHeight: number | { min: number; max: number };
  fontSize?: number;
  headerFontSize?: number;
  /** Draws the whole grid on one page when it fits on a fresh one (a weekly log). */
  keepTogether?: boolean;
  /** Rows followed by a heavier rule, such as the last day of each week. */
  heavyRuleAfter?: (rowIndex: number) => boolean;
  /** Rows on a light shade, such as weekends. */
  shaded?: (rowIndex: number) => boolean;
}

const PAD = 4;
const SHADE = '#f6f8fa';

export function ruledGrid(writer: ReportWriter, spec: GridSpec): void {
  const { doc } = writer;
  const size = spec.fontSize ?? 9;
  const headerSize = spec.headerFontSize ?? size;
  const total = spec.columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = spec.columns.map((c) => (c.weight / total) * writer.contentWidth);
  // x of each column's left edge, then of the grid's right edge.
  const edges = [writer.left];
  for (const width of widths) edges.push((edges.at(-1) ?? writer.left) + width);

  writer.setStyle({ font: 'bold', size: headerSize });
  const headerHeight =
    Math.max(
      ...spec.columns.map((c, i) => doc.heightOfString(c.header, { width: (widths[i] ?? 0) - 2 * PAD })),
    ) +
    2 * PAD;
  const wanted = spec.rowHeight;
  const rowHeight =
    typeof wanted === 'number'
      ? wanted
      : Math.min(
          wanted.max,
          // Rounded down a little, so the sum of the rows cannot pass the foot by a rounding error.
          Math.max(
            wanted.min,
            Math.floor(((writer.bottom - writer.y - headerHeight) / Math.max(1, spec.rows.length)) * 10) / 10,
          ),
        );
  const gridHeight = headerHeight + spec.rows.length * rowHeight;
  const pageRoom = writer.bottom - 78;
  writer.ensureSpace(spec.keepTogether && gridHeight <= pageRoom ? gridHeight : headerHeight + 2 * rowHeight);

  let segmentTop = writer.y;
  const cellText = (
    text: string,
    column: number,
    top: number,
    height: number,
    font: FontStyle,
    fontSize: number,
  ) => {
    if (!text) return;
    const width = (widths[column] ?? 0) - 2 * PAD;
    writer.setStyle({ font, size: fontSize, color: colors.text });
    const textHeight = Math.min(doc.heightOfString(text, { width }), height - 2);
    doc.text(text, (edges[column] ?? 0) + PAD, top + (height - textHeight) / 2, {
      width,
      height: height - 2,
      align: spec.columns[column]?.align ?? 'left',
      ellipsis: true,
    });
  };
  const drawHeader = () => {
    const top = writer.y;
    doc.rect(writer.left, top, writer.contentWidth, headerHeight).fill(colors.headerFill);
    spec.columns.forEach((column, i) => {
      cellText(column.header, i, top, headerHeight, 'bold', headerSize);
    });
    doc.y = top + headerHeight;
    rule(writer.y, 0.75);
  };
  const rule = (y: number, width: number) => {
    doc
      .moveTo(writer.left, y)
      .lineTo(writer.left + writer.contentWidth, y)
      .lineWidth(width)
      .strokeColor(width > 0.6 ? colors.text : colors.rule)
      .stroke();
  };
  // The column lines and the box are drawn once per page, over the rows' shading.
  const closeSegment = () => {
    const bottom = writer.y;
    for (const x of edges.slice(1, -1)) {
      doc.moveTo(x, segmentTop).lineTo(x, bottom).lineWidth(0.5).strokeColor(colors.rule).stroke();
    }
    doc
      .rect(writer.left, segmentTop, writer.contentWidth, bottom - segmentTop)
      .lineWidth(0.75)
      .strokeColor(colors.text)
      .stroke();
  };

  drawHeader();
  for (const [index, row] of spec.rows.entries()) {
    if (writer.y + rowHeight > writer.bottom) {
      closeSegment();
      writer.ensureSpace(rowHeight);
      segmentTop = writer.y;
      drawHeader();
    }
    const top = writer.y;
    if (spec.shaded?.(index)) doc.rect(writer.left, top, writer.contentWidth, rowHeight).fill(SHADE);
    row.forEach((text, i) => {
      cellText(text, i, top, rowHeight, spec.columns[i]?.strong ? 'bold' : 'regular', size);
    });
    doc.y = top + rowHeight;
    rule(writer.y, spec.heavyRuleAfter?.(index) ? 0.9 : 0.5);
  }
  closeSegment();
  doc.x = writer.left;
  writer.moveDown(10);
  writer.setStyle({ font: 'regular', size: 10, color: colors.text });
}
