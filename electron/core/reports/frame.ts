import type { Letterhead } from '@shared/contract/settings';
import PDFDocument from 'pdfkit';
import { installFontFallback } from './fallback';
import { type FontStyle, loadFonts } from './fonts';

/**
 * The page frame every Rekindle document shares: letterhead on the first page, a running
 * header on the others, a confidentiality footer with "Page x of y" on every page, and a
 * DEMO watermark on demo data. Content flows through the writer's methods so that a page
 * break anywhere (a long note, a long table) repeats the header and never overlaps the footer.
 */

export interface FrameOptions {
  /** "Progress report", "Treatment plan"... Also the PDF's metadata title, so never a name. */
  title: string;
  /** Who the document is about, on the running header of pages 2+ (as the options name them). */
  subject: string | null;
  letterhead: Letterhead;
  /** Demo practice: every page carries a DEMO watermark and says the data is fictional. */
  demo: boolean;
  /** The document's creation time, from the core's clock (tests get identical output). */
  generatedAt: Date;
  /** Overrides the standard confidentiality notice in the footer. */
  confidentiality?: string;
  /**
   * How pages that show a partner's substance-use information are marked (42 CFR part 2);
   * see `ReportWriter.substanceUse`. Absent: such pages get the record copy's footer.
   */
  partTwo?: PartTwoFrame;
}

/**
 * The 42 CFR 2.32 marking of a document. A disclosure carries the full statement once, boxed
 * with the consents it relies on, on the first page that shows substance-use information, and
 * the abbreviated statement in the running footer of every later page that shows any: a page
 * copied or faxed on its own still says what protects it. A copy printed for the clinician's
 * own record is not a disclosure, so it carries no statement, only a footer saying what it holds.
 */
export interface PartTwoFrame {
  /** The full statement (2.32(a)(1)); null for a copy kept for the record. */
  statement: string | null;
  /** The running footer of the other pages that show such information. */
  footer: string;
  /** The consents relied on (2.32(b): the scope of each), printed under the statement. */
  consents: readonly string[];
}

export const DEFAULT_CONFIDENTIALITY =
  'Confidential: contains protected health information. If you received it in error, tell the sender and destroy it. Do not pass it on without written authorization.';

/** A record copy's pages with substance-use information: not a disclosure, so no 2.32 statement. */
export const PART_TWO_RECORD_FOOTER =
  'Contains substance use disorder information protected by 42 CFR part 2. Copy for the clinical record, not for disclosure.';

export const colors = {
  text: '#1f2328',
  muted: '#59636e',
  rule: '#c9d1d9',
  headerFill: '#eef1f4',
  partnerA: '#1f5fa8',
  partnerB: '#b3531d',
} as const;

export type Align = 'left' | 'right' | 'center';

export interface TableColumn {
  header: string;
  /** Relative width: the columns share the content width in proportion. */
  weight: number;
  align?: Align;
}

export interface TableSpec {
  columns: TableColumn[];
  rows: string[][];
  fontSize?: number;
}

interface TextStyle {
  font: FontStyle;
  size: number;
  color: string;
}

const PAGE = { size: 'LETTER', width: 612, height: 792 } as const;
const MARGIN = { top: 78, bottom: 70, left: 54, right: 54 } as const;
const CELL_PAD = 4;

export class ReportWriter {
  readonly doc: PDFKit.PDFDocument;
  private style: TextStyle = { font: 'regular', size: 10, color: colors.text };
  private readonly chunks: Buffer[] = [];
  private readonly ended: Promise<Buffer>;
  /** Pages (0-based) that show substance-use information, and the one with the full statement. */
  private readonly substanceUsePages = new Set<number>();
  private statementPage: number | null = null;
  private substanceUseDepth = 0;

  constructor(private readonly options: FrameOptions) {
    this.doc = new PDFDocument({
      size: PAGE.size,
      margins: MARGIN,
      bufferPages: true,
      autoFirstPage: false,
      lang: 'en-US',
      displayTitle: true,
      info: {
        Title: options.title,
        Author: options.letterhead.practiceName ?? 'Rekindle',
        Creator: 'Rekindle',
        Producer: 'Rekindle',
        CreationDate: options.generatedAt,
        ModDate: options.generatedAt,
      },
    });
    const fonts = loadFonts();
    // pdfkit accepts a parsed fontkit font (anything with `layout`); its typings list only files and buffers.
    for (const style of Object.keys(fonts) as FontStyle[])
      this.doc.registerFont(style, fonts[style] as unknown as Buffer);
    // Chinese, Japanese and Korean in the fallback fonts, right-to-left names laid out as such.
    installFontFallback(this.doc, fonts);
    this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.ended = new Promise((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
    // Every page after the first, whether added by us or by text flowing over: running header.
    this.doc.on('pageAdded', () => this.onPageAdded());
    this.doc.addPage();
    this.letterhead();
  }

  get left(): number {
    return MARGIN.left;
  }
  get contentWidth(): number {
    return PAGE.width - MARGIN.left - MARGIN.right;
  }
  /** The lowest y content may reach on a page. */
  get bottom(): number {
    return PAGE.height - MARGIN.bottom;
  }
  get y(): number {
    return this.doc.y;
  }

  /** Sets the font, size and color for what follows (kept across page breaks). */
  setStyle(style: Partial<TextStyle>): this {
    this.style = { ...this.style, ...style };
    this.doc.font(this.style.font).fontSize(this.style.size).fillColor(this.style.color);
    return this;
  }

  /** Starts a new page when less than `height` points are left; true when it did. */
  ensureSpace(height: number): boolean {
    if (this.doc.y + height <= this.bottom) return false;
    this.doc.addPage();
    return true;
  }

  moveDown(points: number): this {
    this.doc.y += points;
    return this;
  }

  heading(text: string, level: 1 | 2 | 3 = 2): this {
    const size = level === 1 ? 18 : level === 2 ? 13 : 11;
    // Keep a heading with at least a few lines of what follows it.
    this.ensureSpace(size * 1.4 + 48);
    if (level !== 1) this.moveDown(level === 2 ? 10 : 6);
    this.setStyle({ font: 'bold', size, color: colors.text });
    this.doc.text(text, this.left, this.doc.y, { width: this.contentWidth });
    this.moveDown(level === 1 ? 6 : 3);
    return this.setStyle({ font: 'regular', size: 10 });
  }

  paragraph(
    text: string,
    options: { font?: FontStyle; size?: number; color?: string; gapAfter?: number } = {},
  ): this {
    this.setStyle({
      font: options.font ?? 'regular',
      size: options.size ?? 10,
      color: options.color ?? colors.text,
    });
    this.doc.text(text, this.left, this.doc.y, { width: this.contentWidth, lineGap: 2 });
    this.moveDown(options.gapAfter ?? 6);
    return this.setStyle({ font: 'regular', size: 10, color: colors.text });
  }

  /** Label: value lines, labels in a fixed column so the values line up. */
  fields(pairs: readonly (readonly [string, string])[], labelWidth = 130): this {
    for (const [label, value] of pairs) {
      const valueWidth = this.contentWidth - labelWidth;
      // Each measured in the font it is drawn in: a bold label wraps sooner than a regular one.
      this.setStyle({ font: 'bold', size: 10 });
      const labelHeight = this.doc.heightOfString(label, { width: labelWidth - 8 });
      this.setStyle({ font: 'regular', size: 10 });
      const height = Math.max(labelHeight, this.doc.heightOfString(value, { width: valueWidth }));
      this.ensureSpace(height + 3);
      const y = this.doc.y;
      this.setStyle({ font: 'bold', color: colors.muted });
      this.doc.text(label, this.left, y, { width: labelWidth - 8 });
      this.setStyle({ font: 'regular', color: colors.text });
      this.doc.text(value, this.left + labelWidth, y, { width: valueWidth });
      this.doc.y = y + height + 3;
    }
    return this;
  }

  /**
   * A table that flows over pages: rows are never split, and the header row is drawn again
   * at the top of each new page so a reader of page 4 still knows what each column means.
   */
  table(spec: TableSpec): this {
    const size = spec.fontSize ?? 9;
    const widths = this.columnWidths(spec);
    const header = spec.columns.map((c) => c.header);
    const rowHeight = (cells: readonly string[], font: FontStyle) => this.rowHeight(spec, cells, font);
    const drawRow = (cells: readonly string[], font: FontStyle, height: number, fill: string | null) => {
      const y = this.doc.y;
      if (fill) this.doc.rect(this.left, y, this.contentWidth, height).fill(fill);
      let x = this.left;
      this.setStyle({ font, size, color: colors.text });
      for (const [i, cell] of cells.entries()) {
        const width = widths[i] ?? 0;
        this.doc.text(cell, x + CELL_PAD, y + CELL_PAD, {
          width: width - 2 * CELL_PAD,
          height: height - 2 * CELL_PAD,
          align: spec.columns[i]?.align ?? 'left',
          ellipsis: true,
        });
        x += width;
      }
      this.doc
        .moveTo(this.left, y + height)
        .lineTo(this.left + this.contentWidth, y + height)
        .lineWidth(0.5)
        .strokeColor(colors.rule)
        .stroke();
      this.doc.y = y + height;
    };
    const headerHeight = rowHeight(header, 'bold');
    const drawHeader = () => drawRow(header, 'bold', headerHeight, colors.headerFill);
    // A single row taller than a whole page is cut with an ellipsis rather than overflowing.
    const maxRow = this.bottom - MARGIN.top - headerHeight;

    this.ensureSpace(headerHeight + rowHeight(spec.rows[0] ?? header, 'regular'));
    drawHeader();
    for (const row of spec.rows) {
      const height = Math.min(rowHeight(row, 'regular'), maxRow);
      if (this.ensureSpace(height)) drawHeader();
      drawRow(row, 'regular', height, null);
    }
    this.moveDown(8);
    return this.setStyle({ font: 'regular', size: 10, color: colors.text });
  }

  /**
   * The height a table's header row and first row will take, measured exactly as `table`
   * measures them: what a heading must keep with it so it never ends a page alone.
   */
  tableStartHeight(spec: TableSpec): number {
    const first = spec.rows[0];
    const height =
      this.rowHeight(
        spec,
        spec.columns.map((c) => c.header),
        'bold',
      ) + (first ? this.rowHeight(spec, first, 'regular') : 0);
    this.setStyle({ font: 'regular', size: 10 });
    return height;
  }

  private columnWidths(spec: TableSpec): number[] {
    const total = spec.columns.reduce((sum, c) => sum + c.weight, 0);
    return spec.columns.map((c) => (c.weight / total) * this.contentWidth);
  }

  private rowHeight(spec: TableSpec, cells: readonly string[], font: FontStyle): number {
    const widths = this.columnWidths(spec);
    this.setStyle({ font, size: spec.fontSize ?? 9 });
    return (
      Math.max(
        ...cells.map((cell, i) => this.doc.heightOfString(cell, { width: (widths[i] ?? 0) - 2 * CELL_PAD })),
      ) +
      2 * CELL_PAD
    );
  }

  /**
   * Draws content that shows a partner's substance-use information, marking every page it
   * reaches (a table flowing over three pages marks three). On a disclosure the first such
   * content is preceded by the full 42 CFR 2.32 statement and the consents relied on.
   */
  substanceUse<T>(draw: () => T): T {
    const statement = this.options.partTwo?.statement ?? null;
    if (statement !== null && this.statementPage === null) this.statementBox(statement);
    this.substanceUsePages.add(this.currentPage());
    this.substanceUseDepth += 1;
    try {
      return draw();
    } finally {
      this.substanceUseDepth -= 1;
    }
  }

  /** Pages (1-based) marked as showing substance-use information: for tests and the record. */
  get substanceUsePageNumbers(): number[] {
    return [...this.substanceUsePages].sort((a, b) => a - b).map((i) => i + 1);
  }

  private currentPage(): number {
    return this.doc.bufferedPageRange().count - 1;
  }

  /** The statement and the consents in a bordered box kept whole on one page: one statement. */
  private statementBox(statement: string): void {
    const { doc } = this;
    const consents = this.options.partTwo?.consents ?? [];
    const pad = 8;
    const inner = this.contentWidth - 2 * pad;
    const title = 'Notice accompanying disclosure (42 CFR 2.32)';
    this.setStyle({ font: 'bold', size: 9 });
    const titleHeight = doc.heightOfString(title, { width: inner });
    this.setStyle({ font: 'regular', size: 8.5 });
    const bodyHeight = doc.heightOfString(statement, { width: inner, lineGap: 1.5 });
    this.setStyle({ font: 'italic', size: 8.5 });
    const consentHeights = consents.map((c) => doc.heightOfString(c, { width: inner, lineGap: 1 }) + 3);
    const consentsHeight = consentHeights.reduce((sum, h) => sum + h, consents.length > 0 ? 4 : 0);
    const height = pad + titleHeight + 4 + bodyHeight + consentsHeight + pad;
    this.moveDown(4);
    // The box and the start of what it protects share a page.
    this.ensureSpace(height + 40);
    this.statementPage = this.currentPage();
    const top = this.y;
    doc.save();
    doc
      .lineWidth(1.25)
      .strokeColor(colors.text)
      .undash()
      .rect(this.left, top, this.contentWidth, height)
      .stroke();
    doc.restore();
    this.setStyle({ font: 'bold', size: 9, color: colors.text });
    doc.text(title, this.left + pad, top + pad, { width: inner });
    this.setStyle({ font: 'regular', size: 8.5 });
    let y = top + pad + titleHeight + 4;
    doc.text(statement, this.left + pad, y, { width: inner, lineGap: 1.5 });
    y += bodyHeight + (consents.length > 0 ? 4 : 0);
    this.setStyle({ font: 'italic', size: 8.5 });
    for (const [i, consent] of consents.entries()) {
      doc.text(consent, this.left + pad, y, { width: inner, lineGap: 1 });
      y += consentHeights[i] ?? 0;
    }
    doc.x = this.left;
    doc.y = top + height;
    this.moveDown(10).setStyle({ font: 'regular', size: 10, color: colors.text });
  }

  /** Signature lines side by side with a date line each, kept together on one page. */
  signatureLines(labels: readonly string[]): this {
    const blockHeight = labels.length * 46 + 10;
    this.ensureSpace(blockHeight);
    this.moveDown(14);
    for (const label of labels) {
      const y = this.doc.y + 24;
      const lineWidth = this.contentWidth * 0.6;
      this.doc
        .moveTo(this.left, y)
        .lineTo(this.left + lineWidth, y)
        .moveTo(this.left + lineWidth + 24, y)
        .lineTo(this.left + this.contentWidth, y)
        .lineWidth(0.75)
        .strokeColor(colors.text)
        .stroke();
      this.setStyle({ font: 'regular', size: 8, color: colors.muted });
      this.doc.text(label, this.left, y + 3, { width: lineWidth });
      this.doc.text('Date', this.left + lineWidth + 24, y + 3, { width: this.contentWidth - lineWidth - 24 });
      this.doc.y = y + 22;
    }
    return this.setStyle({ font: 'regular', size: 10, color: colors.text });
  }

  /** Adds the footers and watermark to every page, and returns the finished PDF. */
  async finish(): Promise<{ bytes: Buffer; pageCount: number }> {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i += 1) {
      this.doc.switchToPage(i);
      if (this.options.demo) this.watermark();
      this.footer(i - range.start + 1, range.count, this.partTwoFooter(i - range.start));
    }
    this.doc.end();
    const bytes = await this.ended;
    return { bytes, pageCount: range.count };
  }

  private letterhead(): void {
    const lh = this.options.letterhead;
    const top = 40;
    const half = this.contentWidth / 2;
    this.setStyle({ font: 'bold', size: 13, color: colors.text });
    this.doc.text(lh.practiceName ?? '', this.left, top, { width: half + 40 });
    this.setStyle({ font: 'regular', size: 8.5, color: colors.muted });
    const contact = [lh.address, lh.phone ? `Phone ${lh.phone}` : null].filter(Boolean).join('\n');
    if (contact) this.doc.text(contact, this.left, this.doc.y + 1, { width: half + 40 });
    const leftBottom = this.doc.y;

    const clinician = [lh.clinicianName, lh.credentials].filter(Boolean).join(', ');
    this.setStyle({ font: 'bold', size: 9.5, color: colors.text });
    this.doc.text(clinician, this.left + half, top + 2, { width: half, align: 'right' });
    if (lh.licenceNumber) {
      this.setStyle({ font: 'regular', size: 8.5, color: colors.muted });
      this.doc.text(`License ${lh.licenceNumber}`, this.left + half, this.doc.y + 1, {
        width: half,
        align: 'right',
      });
    }
    const ruleY = Math.max(leftBottom, this.doc.y) + 8;
    this.doc
      .moveTo(this.left, ruleY)
      .lineTo(this.left + this.contentWidth, ruleY)
      .lineWidth(1)
      .strokeColor(colors.text)
      .stroke();
    this.doc.x = this.left;
    this.doc.y = ruleY + 14;
    this.setStyle({ font: 'regular', size: 10, color: colors.text });
  }

  private onPageAdded(): void {
    if (this.substanceUseDepth > 0) this.substanceUsePages.add(this.currentPage());
    if (this.doc.bufferedPageRange().count <= 1) return;
    const practice = this.options.letterhead.practiceName;
    const left = [practice, this.options.title].filter(Boolean).join(' · ');
    this.doc.font('regular').fontSize(8).fillColor(colors.muted);
    // pdfkit only cuts text with an ellipsis within a height: one line, so a long couple
    // label or practice name cannot wrap over the header rule.
    this.doc.text(left, this.left, 40, {
      width: this.contentWidth * 0.6,
      height: 12,
      lineBreak: false,
      ellipsis: true,
    });
    if (this.options.subject) {
      this.doc.text(this.options.subject, this.left + this.contentWidth * 0.6, 40, {
        width: this.contentWidth * 0.4,
        height: 12,
        align: 'right',
        lineBreak: false,
        ellipsis: true,
      });
    }
    this.doc
      .moveTo(this.left, 54)
      .lineTo(this.left + this.contentWidth, 54)
      .lineWidth(0.5)
      .strokeColor(colors.rule)
      .stroke();
    this.doc.x = this.left;
    this.doc.y = MARGIN.top;
    // Text that flowed over continues in the style it had.
    this.doc.font(this.style.font).fontSize(this.style.size).fillColor(this.style.color);
  }

  /** The Part 2 line of a page's footer: on every marked page but the one with the full statement. */
  private partTwoFooter(page: number): string | null {
    if (!this.substanceUsePages.has(page) || page === this.statementPage) return null;
    return this.options.partTwo?.footer ?? PART_TWO_RECORD_FOOTER;
  }

  private footer(page: number, pages: number, partTwo: string | null): void {
    const notice = [
      this.options.demo ? 'DEMO: fictional data.' : null,
      this.options.confidentiality ?? DEFAULT_CONFIDENTIALITY,
    ]
      .filter(Boolean)
      .join(' ');
    const y = PAGE.height - 50;
    // Writing below the bottom margin would start a new page: lift the margin while drawing.
    const margins = this.doc.page.margins;
    const saved = margins.bottom;
    margins.bottom = 0;
    this.doc
      .moveTo(this.left, y - 6)
      .lineTo(this.left + this.contentWidth, y - 6)
      .lineWidth(0.5)
      .strokeColor(colors.rule)
      .stroke();
    // The Part 2 line first and in the text color: it is the one a recipient must not miss.
    if (partTwo) {
      this.doc.font('bold').fontSize(7).fillColor(colors.text);
      this.doc.text(partTwo, this.left, y, { width: this.contentWidth - 90, lineGap: 1 });
    }
    this.doc.font('regular').fontSize(7).fillColor(colors.muted);
    this.doc.text(notice, this.left, partTwo ? this.doc.y + 1 : y, {
      width: this.contentWidth - 90,
      lineGap: 1,
    });
    this.doc.font('regular').fontSize(8).fillColor(colors.text);
    this.doc.text(`Page ${page} of ${pages}`, this.left + this.contentWidth - 80, y, {
      width: 80,
      align: 'right',
      lineBreak: false,
    });
    margins.bottom = saved;
  }

  private watermark(): void {
    const margins = this.doc.page.margins;
    const saved = margins.bottom;
    margins.bottom = 0;
    this.doc.save();
    this.doc.rotate(-35, { origin: [PAGE.width / 2, PAGE.height / 2] });
    this.doc.font('bold').fontSize(150).fillColor('#9aa4ae').fillOpacity(0.12);
    this.doc.text('DEMO', 0, PAGE.height / 2 - 90, { width: PAGE.width, align: 'center', lineBreak: false });
    this.doc.restore();
    margins.bottom = saved;
  }
}
