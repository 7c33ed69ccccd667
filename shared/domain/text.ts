/**
 * Folds text for accent- and case-insensitive matching, so a search for "muller" finds
 * "Müller" and "lukasz" finds "Łukasz". Letters that do not decompose in Unicode (ł, ø, ß,
 * æ, đ) are mapped by hand.
 */
const NON_DECOMPOSING: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
};

export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[łøßæœđðþıħ]/g, (ch) => NON_DECOMPOSING[ch] ?? ch)
    .replace(/\s+/g, ' ')
    .trim();
}
