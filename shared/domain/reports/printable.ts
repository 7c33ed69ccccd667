import { COVERED_RANGES } from './font-coverage';

/**
 * Whether the report fonts can print a name (issue 16, item 8). Reports embed DejaVu Sans with
 * Noto Sans SC and KR as fallbacks; a character none of them has prints as an empty box, so
 * the report dialog names such characters before the report is made, while the clinician can
 * still correct the spelling (or knows what the recipient will see).
 */

/** [from, to, from, to, ...] inclusive, sorted: parsed once from the generated table. */
const ranges: number[] = COVERED_RANGES.split(',').flatMap((range) => {
  const [from, to = from] = range.split('-');
  return [Number.parseInt(from ?? '0', 16), Number.parseInt(to ?? '0', 16)];
});

/** Characters that draw nothing of their own: format controls, variation selectors, spaces. */
const NOT_DRAWN = /^(?:[\p{Cf}\p{Cc}\p{Z}]|\p{Variation_Selector})$/u;

/** True when some bundled report font has a glyph for the code point. */
export function isPrintable(codePoint: number): boolean {
  let low = 0;
  let high = ranges.length / 2 - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const from = ranges[mid * 2] ?? 0;
    const to = ranges[mid * 2 + 1] ?? 0;
    if (codePoint < from) high = mid - 1;
    else if (codePoint > to) low = mid + 1;
    else return true;
  }
  return false;
}

/** The distinct characters of `text` that would print as empty boxes, in order of appearance. */
export function unprintableCharacters(text: string): string[] {
  const found: string[] = [];
  for (const char of text.normalize('NFC')) {
    if (NOT_DRAWN.test(char) || found.includes(char)) continue;
    if (!isPrintable(char.codePointAt(0) ?? 0)) found.push(char);
  }
  return found;
}

export interface UnprintableName {
  /** "Partner A's name", "The couple's display name". */
  label: string;
  characters: string[];
}

interface NamedPartner {
  firstName: string;
  lastName: string;
  preferredName: string | null;
}

/** Each name of the couple that a report could print and that holds a character no font covers. */
export function unprintableNames(couple: {
  displayName: string;
  partnerA: NamedPartner;
  partnerB: NamedPartner;
}): UnprintableName[] {
  const out: UnprintableName[] = [];
  const check = (label: string, ...texts: (string | null)[]) => {
    const characters = unprintableCharacters(texts.filter((text) => text !== null).join(' '));
    if (characters.length > 0) out.push({ label, characters });
  };
  for (const [position, partner] of [
    ['A', couple.partnerA],
    ['B', couple.partnerB],
  ] as const)
    check(`Partner ${position}'s name`, partner.firstName, partner.preferredName, partner.lastName);
  check("The couple's display name", couple.displayName);
  return out;
}

/** "𓂀" and "U+13080" side by side, so the clinician can tell what it is even if it shows as a box. */
export function describeCharacter(char: string): string {
  const code = (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  return `${char} (U+${code})`;
}
