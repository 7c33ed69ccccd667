import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

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

let cache: Record<FontStyle, Buffer> | null = null;

/** Read once per process: about 2 MB that every document needs. */
export function loadFonts(): Record<FontStyle, Buffer> {
  if (cache) return cache;
  const require = createRequire(import.meta.url);
  const read = (file: string) => readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`));
  cache = {
    regular: read(fontFiles.regular),
    bold: read(fontFiles.bold),
    italic: read(fontFiles.italic),
    mono: read(fontFiles.mono),
  };
  return cache;
}
