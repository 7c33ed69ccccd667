import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { errorSummary } from '@core/error-summary';
import { create, type Font } from 'fontkit';

/**
 * The fonts every document embeds: DejaVu Sans, which covers Latin with every accent,
 * Greek, Cyrillic, Armenian, Georgian, Hebrew and Arabic, so a partner named "Zoë", "Łukasz"
 * or "Дарья" prints as written. pdfkit's built-in Helvetica only knows WinAnsi and would drop
 * them. Embedded as subsets, so a report carries only the glyphs it uses.
 */
export const fontFiles = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
  italic: 'dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf',
  /** Fixed width, for what must be copied character by character (the recovery key, hashes). */
  mono: 'dejavu-fonts-ttf/ttf/DejaVuSansMono.ttf',
} as const;
export type FontStyle = keyof typeof fontFiles;

/**
 * The fallbacks, for what DejaVu has no glyph for: Chinese, Japanese and Korean. Noto Sans SC
 * covers Han (simplified and traditional) and kana; Noto Sans KR covers Hangul. Both are the
 * Google Fonts builds as TrueType (glyf) files, which pdfkit subsets glyph by glyph; woff2 and
 * the CFF-based Source Han OTFs are either not embeddable or four times the size. License:
 * SIL Open Font License 1.1. Regular and bold only: italic and mono text falls back to the
 * regular weight. Japanese kanji print in the Chinese glyph forms of Noto Sans SC.
 */
export const fallbackFontFiles = {
  'cjk-sc': '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  'cjk-sc-bold': '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  'cjk-kr': '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf',
  'cjk-kr-bold': '@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf',
} as const;
export type FallbackFont = keyof typeof fallbackFontFiles;
export type FontName = FontStyle | FallbackFont;

/**
 * Which fonts draw text set in each style, in order: a character goes to the first that has a
 * glyph for it. Every chain ends with the regular fonts, so what any style can print is what
 * the regular chain can print (the dialog's check of names relies on that).
 */
export const fallbackChains: Record<FontStyle, readonly FontName[]> = {
  regular: ['regular', 'cjk-sc', 'cjk-kr'],
  bold: ['bold', 'cjk-sc-bold', 'cjk-kr-bold', 'regular'],
  italic: ['italic', 'regular', 'cjk-sc', 'cjk-kr'],
  mono: ['mono', 'regular', 'cjk-sc', 'cjk-kr'],
};

const allFiles: Record<FontName, string> = { ...fontFiles, ...fallbackFontFiles };

const cache = new Map<FontName, Font>();

/** One font, read and parsed on first use and then shared by every document. */
export function loadFont(name: FontName): Font {
  const cached = cache.get(name);
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const font = create(readFileSync(require.resolve(allFiles[name])));
  if (!('layout' in font)) throw new Error(`${allFiles[name]} is a font collection, not a single font`);
  cache.set(name, font);
  return font;
}

/**
 * The four styles, read and parsed once per process, then shared by every document: parsing
 * font tables for each new PDF was a quarter of a report's time, and a shared fontkit font
 * also keeps its glyph and layout caches warm. pdfkit takes a parsed font as a font source and
 * still subsets it per document. The fallbacks are read only when a document needs one.
 */
export function loadFonts(): Record<FontStyle, Font> {
  return {
    regular: loadFont('regular'),
    bold: loadFont('bold'),
    italic: loadFont('italic'),
    mono: loadFont('mono'),
  };
}

/** Text that makes fontkit load each font's character map, metrics and layout tables. */
const WARM_TEXT = 'Aa 1. Zoë Дарья דוד محمد 王小明 さくら 김민준';

let warming: Promise<void> | null = null;

/**
 * Parses every font in the background, one font per turn of the event loop, so the first
 * report after unlock finds them parsed and their tables loaded (item 10 of issue 16). The
 * core runs in Electron's main process: one font per turn keeps each pause short (under a
 * tenth of a second, mostly fontkit reading the layout tables), so windows and IPC stay
 * responsive. Started after unlock, never awaited by it;
 * a report made before it finishes simply loads what is still missing itself.
 */
export function warmFontsInBackground(): Promise<void> {
  if (warming) return warming;
  const names = Object.keys(allFiles) as FontName[];
  warming = (async () => {
    for (const name of names) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      try {
        const font = loadFont(name);
        font.layout(WARM_TEXT);
        // The character map, which choosing a fallback font per character reads.
        font.hasGlyphForCodePoint(0x738b);
      } catch (error) {
        // A missing font file is reported by the report that needs it, not by unlock.
        console.error(`[rekindle] could not preload a font: ${errorSummary(error)}`);
      }
    }
  })();
  return warming;
}

/** For tests and the bench: forget every parsed font, as a new process would start. */
export function forgetFontsForTesting(): void {
  cache.clear();
  warming = null;
}

/**
 * What the fonts can print, as sorted inclusive code point ranges: every character that some
 * font of the regular chain has a glyph for (each chain ends with the regular fonts). The
 * source of shared/domain/reports/font-coverage.ts, which the report dialog checks names with;
 * a test keeps the two equal.
 */
export function coveredRanges(): [number, number][] {
  const codePoints = new Set<number>();
  for (const name of fallbackChains.regular)
    for (const codePoint of loadFont(name).characterSet) codePoints.add(codePoint);
  const ranges: [number, number][] = [];
  for (const codePoint of [...codePoints].sort((a, b) => a - b)) {
    const last = ranges.at(-1);
    if (last && last[1] === codePoint - 1) last[1] = codePoint;
    else ranges.push([codePoint, codePoint]);
  }
  return ranges;
}

/** The ranges as the compact text font-coverage.ts holds: "20-7e,a0-17f,...". */
export function encodeRanges(ranges: readonly (readonly [number, number])[]): string {
  return ranges
    .map(([from, to]) => (from === to ? from.toString(16) : `${from.toString(16)}-${to.toString(16)}`))
    .join(',');
}
