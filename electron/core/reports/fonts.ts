import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';

/**
 * The fonts every document embeds: DejaVu Sans, which covers Latin with every accent,
 * Greek, Cyrillic, Armenian, Georgian and Hebrew, so a partner named "Zoë", "Łukasz" or
 * "Дарья" prints as written. pdfkit's built-in Helvetica only knows WinAnsi and would drop
 * them. Embedded as subsets, so a report carries only the glyphs it uses.
 */
export const fontFiles = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  /** Fixed width, for what must be copied character by character (the recovery key, hashes). */
  mono: 'DejaVuSansMono.ttf',
} as const;
export type FontStyle = keyof typeof fontFiles;

let cache: Record<FontStyle, Font> | null = null;

/**
 * Read and parsed once per process, then shared by every document: parsing 2 MB of font
 * tables for each new PDF was a quarter of a report's time, and a shared fontkit font also
 * keeps its glyph and layout caches warm. pdfkit takes a parsed font as a font source and
 * still subsets it per document.
 */
export function loadFonts(): Record<FontStyle, Font> {
  if (cache) return cache;
  const require = createRequire(import.meta.url);
  const read = (file: string) => {
    const font = create(readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`)));
    if (!('layout' in font)) throw new Error(`${file} is a font collection, not a single font`);
    return font;
  };
  cache = {
    regular: read(fontFiles.regular),
    bold: read(fontFiles.bold),
    italic: read(fontFiles.italic),
    mono: read(fontFiles.mono),
  };
  return cache;
}
