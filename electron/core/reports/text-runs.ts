/**
 * Splitting a line of text into runs that one font draws in one direction: the per-run font
 * fallback and the little bidirectional layout that pdfkit lacks. Pure (the fonts are given as
 * "does it cover this code point" tests), so it is tested without a PDF.
 *
 * Direction, and what is and is not handled:
 * - Letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko) are strong RTL;
 *   every other letter and digit is strong LTR; spaces, punctuation and symbols are neutral.
 * - A text with RTL letters and no LTR ones (a partner's name in a table cell, the running
 *   header, a field) is one RTL run, neutrals and all: it is isolated, so "דוד כהן" keeps its
 *   word order and space and the initials "ד. כ." keep their full stops after each letter.
 * - Text between explicit isolate marks (U+2066-U+2068 ... U+2069) is treated the same way,
 *   by its own first strong letter; the marks themselves are not drawn.
 * - Otherwise the line is left-to-right: neutrals between two RTL letters join the RTL run
 *   ("דוד כהן" inside an English sentence stays one run), other neutrals are LTR, and each
 *   maximal sequence of RTL runs is drawn in reverse order, each run's glyphs reversed by
 *   fontkit, brackets in it mirrored. Not handled: a line is never right-to-left as a whole;
 *   digits inside an RTL name are treated as LTR; embedding levels deeper than one, and
 *   numbers in Arabic text (Unicode's AN class). Documents are en-US; RTL text in them is
 *   names and short phrases.
 */

export interface TextRun {
  text: string;
  /** Index into the font chain: the first font that covers the run's characters. */
  font: number;
  rtl: boolean;
}

export type Covers = (codePoint: number) => boolean;

type Direction = 'L' | 'R' | 'N';

const RTL_LETTER = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const STRONG = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;
const ISOLATE_OPEN = new Set(['\u2066', '\u2067', '\u2068']);
const ISOLATE_CLOSE = '\u2069';

function direction(char: string): Direction {
  if (RTL_LETTER.test(char)) return 'R';
  return STRONG.test(char) ? 'L' : 'N';
}

interface Segment {
  text: string;
  rtl: boolean;
}

/** Directions of one stretch without isolate marks, resolved as described above. */
function resolveDirections(chars: readonly string[], isolated: boolean): boolean[] {
  const dirs = chars.map((char, i) => {
    // A combining mark goes with the letter it sits on.
    if (MARK.test(char) && i > 0) return 'M' as const;
    return direction(char);
  });
  for (let i = 0; i < dirs.length; i += 1) if (dirs[i] === 'M') dirs[i] = dirs[i - 1] ?? 'N';
  const hasL = dirs.includes('L');
  const hasR = dirs.includes('R');
  if (hasR && (!hasL || isolated)) {
    // Isolated text takes the direction of its first strong letter.
    const first = dirs.find((d) => d !== 'N');
    if (!hasL || first === 'R') return dirs.map(() => true);
  }
  const rtl = dirs.map((d) => d === 'R');
  // Neutrals between two RTL letters are RTL; the rest take the line's direction (LTR).
  let i = 0;
  while (i < dirs.length) {
    if (dirs[i] !== 'N') {
      i += 1;
      continue;
    }
    let j = i;
    while (j < dirs.length && dirs[j] === 'N') j += 1;
    if (dirs[i - 1] === 'R' && dirs[j] === 'R') for (let k = i; k < j; k += 1) rtl[k] = true;
    i = j;
  }
  return rtl;
}

/** The text cut into direction segments, isolates resolved on their own and their marks dropped. */
function directionSegments(text: string): Segment[] {
  const out: Segment[] = [];
  const push = (chars: string[], isolated: boolean) => {
    const rtl = resolveDirections(chars, isolated);
    for (const [i, char] of chars.entries()) {
      const last = out.at(-1);
      if (last && last.rtl === rtl[i]) last.text += char;
      else out.push({ text: char, rtl: rtl[i] ?? false });
    }
  };
  let outer: string[] = [];
  let inner: string[] | null = null;
  for (const char of text) {
    if (ISOLATE_OPEN.has(char) && inner === null) {
      push(outer, false);
      outer = [];
      inner = [];
    } else if (char === ISOLATE_CLOSE && inner !== null) {
      push(inner, true);
      inner = null;
    } else if (ISOLATE_OPEN.has(char) || char === ISOLATE_CLOSE) {
      // A nested or stray mark: not drawn.
    } else (inner ?? outer).push(char);
  }
  push(inner ?? [], true);
  push(outer, false);
  return out;
}

const NEUTRAL = /[\p{Z}\p{P}\p{S}\p{Cc}]/u;
const ARABIC = /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/**
 * Which shaping a letter needs: fontkit picks one script per run from its first letter, so a
 * Hebrew name and an Arabic one in the same RTL stretch must be separate runs, or the Arabic
 * letters are not joined.
 */
function shaping(char: string): 'hebrew' | 'arabic' | null {
  if (ARABIC.test(char)) return 'arabic';
  return RTL_LETTER.test(char) ? 'hebrew' : null;
}

/**
 * Cuts a text into runs, each drawn by one font of `chain` in one direction, in logical order.
 * A character goes to the first font that covers it; spaces and punctuation stay with the run
 * before them when its font has them (so a name is not cut at every space); a combining mark
 * stays with its letter; a character no font covers goes to the first font (it prints as an
 * empty box, which the report dialog warns about beforehand).
 */
export function splitRuns(text: string, chain: readonly Covers[]): TextRun[] {
  const runs: TextRun[] = [];
  const fontFor = (codePoint: number): number => {
    const index = chain.findIndex((covers) => covers(codePoint));
    return index === -1 ? 0 : index;
  };
  for (const segment of directionSegments(text)) {
    const first = runs.length;
    let script: 'hebrew' | 'arabic' | null = null;
    for (const char of segment.text) {
      const letterScript = shaping(char);
      const scriptChanged = letterScript !== null && script !== null && letterScript !== script;
      const current = runs.length > first && !scriptChanged ? runs.at(-1) : undefined;
      if (letterScript) script = letterScript;
      const codePoint = char.codePointAt(0) ?? 0;
      let font: number;
      if (current && (MARK.test(char) || (NEUTRAL.test(char) && chain[current.font]?.(codePoint)))) {
        font = current.font;
      } else font = fontFor(codePoint);
      if (current && current.font === font) current.text += char;
      else {
        runs.push({ text: char, font, rtl: segment.rtl });
      }
    }
  }
  return runs;
}

/**
 * The runs of one line in the order they are drawn, left to right: each maximal sequence of
 * RTL runs reversed (their glyphs are reversed within each run by the layout engine).
 */
export function visualOrder<T extends { rtl: boolean }>(runs: readonly T[]): T[] {
  const out: T[] = [];
  let rtl: T[] = [];
  for (const run of runs) {
    if (run.rtl) rtl.push(run);
    else {
      out.push(...rtl.reverse(), run);
      rtl = [];
    }
  }
  out.push(...rtl.reverse());
  return out;
}

const MIRRORED: Record<string, string> = {
  '(': ')',
  ')': '(',
  '[': ']',
  ']': '[',
  '{': '}',
  '}': '{',
  '<': '>',
  '>': '<',
  '«': '»',
  '»': '«',
};

/**
 * An RTL run with its brackets swapped, as Unicode's mirroring asks: once the run is reversed,
 * the "(" that opened "(דודי)" is on its right and must face left. fontkit does not mirror.
 */
export function mirrorBrackets(text: string): string {
  return text.replace(/[()[\]{}<>«»]/g, (char) => MIRRORED[char] ?? char);
}

/** True when drawing `text` needs more than the font behind `covers`, or right-to-left layout. */
export function needsRuns(text: string, covers: Covers): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // Hebrew to Arabic Extended-A, the isolate marks, surrogates, RTL presentation forms.
    if (code >= 0x0590 && code <= 0x08ff) return true;
    if (code >= 0x2066 && code <= 0x2069) return true;
    if (code >= 0xd800 && code <= 0xdfff) return true;
    if (code >= 0xfb1d && code <= 0xfdff) return true;
    if (code >= 0xfe70 && code <= 0xfeff) return true;
    if (code > 0x20 && !covers(code)) return true;
  }
  return false;
}
