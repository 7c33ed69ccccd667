import type { Font } from 'fontkit';
import { type FontName, type FontStyle, fallbackChains, loadFont } from './fonts';
import { type Covers, mirrorBrackets, needsRuns, splitRuns, type TextRun, visualOrder } from './text-runs';

/** The parts of pdfkit's document this module reaches into (not in its typings). */
interface FragmentOptions {
  width?: number;
  lineWidth?: number;
  textWidth?: number;
  wordCount?: number;
  align?: string;
  baseline?: number | string;
  features?: unknown;
  [key: string]: unknown;
}
interface PdfInternals {
  _font: { font: Font; ascender: number; descender: number; xHeight: number } | null;
  _fontSize: number;
  _fragment(text: string, x: number, y: number, options: FragmentOptions): void;
  widthOfString(text: string, options?: FragmentOptions): number;
  font(name: string): unknown;
}

/** A code point test per font, remembered: the same few hundred characters are asked about all the time. */
function coverageOf(font: Font): Covers {
  const known = new Map<number, boolean>();
  return (codePoint) => {
    let covered = known.get(codePoint);
    if (covered === undefined) {
      covered = font.hasGlyphForCodePoint(codePoint);
      known.set(codePoint, covered);
    }
    return covered;
  };
}

const coverage = new WeakMap<Font, Covers>();
function covers(font: Font): Covers {
  let test = coverage.get(font);
  if (!test) {
    test = coverageOf(font);
    coverage.set(font, test);
  }
  return test;
}

/**
 * The vertical offset pdfkit applies to place text by its top (or by `baseline`), computed
 * with the line's own font: every run of a line is then placed on that font's baseline, so a
 * Chinese name sits on the same baseline as the Latin text around it although its font is
 * taller.
 */
function baselineOffset(font: NonNullable<PdfInternals['_font']>, size: number, baseline: unknown): number {
  if (typeof baseline === 'number') return -baseline;
  const units = (() => {
    switch (baseline) {
      case 'svg-middle':
        return 0.5 * font.xHeight;
      case 'middle':
      case 'svg-central':
        return 0.5 * (font.descender + font.ascender);
      case 'bottom':
      case 'ideographic':
        return font.descender;
      case 'alphabetic':
        return 0;
      case 'mathematical':
        return 0.5 * font.ascender;
      case 'hanging':
        return 0.8 * font.ascender;
      default:
        return font.ascender;
    }
  })();
  return (units / 1000) * size;
}

/**
 * Teaches one pdfkit document per-run font fallback and right-to-left runs (issue 16, item 8).
 *
 * pdfkit draws a string in one font and lays it out word by word, left to right: a Chinese
 * name came out as empty boxes, and a Hebrew name had each word reversed on its own, so the
 * words swapped places and the space moved to the front. Here the two places every piece of
 * text passes through are wrapped: `widthOfString` (which pdfkit's line wrapper, `heightOfString`
 * and our own measuring call) and `_fragment` (which draws one finished line). A string that
 * the current font covers entirely and that has no right-to-left letters takes pdfkit's own
 * path unchanged; any other is cut into runs (text-runs.ts), each measured and drawn in its
 * font, RTL runs as one layout each so fontkit reverses the whole run. Line breaking, heights,
 * ellipses and alignment stay pdfkit's, and see the right widths.
 */
export function installFontFallback(doc: PDFKit.PDFDocument, fonts: Record<FontStyle, Font>): void {
  const pdf = doc as unknown as PdfInternals;
  const width = pdf.widthOfString.bind(doc);
  const fragment = pdf._fragment.bind(doc);
  const nameOf = new Map<Font, FontStyle>();
  for (const style of Object.keys(fallbackChains) as FontStyle[]) nameOf.set(fonts[style], style);
  // A fallback font is read, and registered with this document, only when a character asks for it.
  const registered = new Set<FontName>(Object.keys(fonts) as FontStyle[]);
  const select = (name: FontName) => {
    if (!registered.has(name)) {
      doc.registerFont(name, loadFont(name) as unknown as Buffer);
      registered.add(name);
    }
    doc.font(name);
  };
  const lazyCovers = (name: FontName): Covers => {
    let test: Covers | null = null;
    return (codePoint) => {
      test ??= covers(loadFont(name));
      return test(codePoint);
    };
  };
  const chains = new Map<FontStyle, { names: readonly FontName[]; covers: Covers[] }>();
  for (const [style, names] of Object.entries(fallbackChains) as [FontStyle, readonly FontName[]][])
    chains.set(style, { names, covers: names.map(lazyCovers) });

  /** The current style's chain and the runs of `text`, or null when pdfkit's own path will do. */
  const runsOf = (text: string) => {
    const style = pdf._font ? nameOf.get(pdf._font.font) : undefined;
    const chain = style ? chains.get(style) : undefined;
    if (!style || !chain || !needsRuns(text, chain.covers[0] as Covers)) return null;
    return { style, chain, runs: splitRuns(text, chain.covers) };
  };

  /** Calls `draw` with each run's font selected, then returns to the style's own font. */
  const inRunFont = <T>(style: FontStyle, names: readonly FontName[], run: TextRun, draw: () => T): T => {
    select(names[run.font] ?? style);
    try {
      return draw();
    } finally {
      doc.font(style);
    }
  };
  // An RTL run is laid out whole (pdfkit skips its word-by-word cache when given features).
  const runOptions = (run: TextRun, options: FragmentOptions): FragmentOptions =>
    run.rtl ? { ...options, features: [] } : options;

  pdf.widthOfString = (text: string, options: FragmentOptions = {}) => {
    const found = runsOf(text);
    if (!found) return width(text, options);
    let total = 0;
    for (const run of found.runs)
      total += inRunFont(found.style, found.chain.names, run, () =>
        width(run.text, runOptions(run, options)),
      );
    return total;
  };

  pdf._fragment = (text: string, x: number, y: number, options: FragmentOptions) => {
    const line = `${text}`.replace(/\n/g, '');
    const found = pdf._font ? runsOf(line) : null;
    const primary = pdf._font;
    if (!found || !primary) return fragment(text, x, y, options);
    const size = pdf._fontSize;
    let left = x;
    if (options.width) {
      const lineWidth = options.lineWidth ?? options.width;
      if (options.align === 'right') left += lineWidth - pdf.widthOfString(line.replace(/\s+$/, ''), options);
      else if (options.align === 'center')
        left += lineWidth / 2 - (options.textWidth ?? pdf.widthOfString(line, options)) / 2;
    }
    const baseline = -baselineOffset(primary, size, options.baseline);
    for (const run of visualOrder(found.runs)) {
      const runWidth = inRunFont(found.style, found.chain.names, run, () => {
        const measured = width(run.text, runOptions(run, options));
        fragment(run.rtl ? mirrorBrackets(run.text) : run.text, left, y, {
          ...runOptions(run, options),
          align: 'left',
          baseline,
          textWidth: measured,
          wordCount: undefined,
        });
        return measured;
      });
      left += runWidth;
    }
  };
}
