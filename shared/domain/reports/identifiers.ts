/**
 * How partners and the couple are named on a report: in full, or by initials only.
 *
 * Privacy why: a report that goes to an insurer, a court or anyone else the clinician does
 * not fully trust should carry the minimum that identifies the couple. "Initials only" must
 * then hold everywhere in the report, not just in the header: a name the clinician typed into
 * a goal or the recipient line is replaced too, so it cannot slip through.
 *
 * Conventions (chosen here, tested in test/shared/report-identifiers.test.ts):
 * - Full: the legal first name, the preferred name in parentheses when it differs, then the
 *   last name: "Alexandra (Alex) Example" (`partnerFullName`, as on every other screen).
 * - Initials: one initial per word of the first and last name, upper-cased, each followed by
 *   a full stop; the parts of a hyphenated name stay joined: "Zoë Exemple-Dupont" -> "Z. E.-D.",
 *   "Mary Ann van Berg" -> "M. A. V. B.". Accents are kept ("Émile" -> "É."); a decomposed
 *   accent stays with its letter.
 * - The legal first name gives the initial, not the preferred name: a recipient matches
 *   initials against legal records.
 * - Where an initial would spell out the whole name (a one-character name such as the Chinese
 *   surname "李", whose initial "李." hides nothing), that partner is called "Partner A" /
 *   "Partner B" instead. The same fallback applies to a name with no letters at all.
 */
import { partnerFullName } from '@shared/domain/couple';

export type IdentifierMode = 'full' | 'initials';
export type PartnerPosition = 'A' | 'B';

export interface NamedPartner {
  firstName: string;
  lastName: string;
  preferredName: string | null;
}

export interface NamedCouple {
  displayName: string;
  partnerA: NamedPartner;
  partnerB: NamedPartner;
}

/** A letter or digit with the combining marks that belong to it. */
const FIRST_CHARACTER = /[\p{L}\p{N}]\p{M}*/u;
/** Hyphens people write inside names: ASCII, Unicode hyphen, non-breaking hyphen. */
const NAME_HYPHEN = /[-\u2010\u2011]+/u;

function words(name: string): string[] {
  return name.normalize('NFC').trim().split(/\s+/u).filter(Boolean);
}

function segmentInitial(segment: string): string | null {
  const first = segment.match(FIRST_CHARACTER)?.[0];
  return first ? `${first.toUpperCase()}.` : null;
}

/** "Exemple-Dupont" -> "E.-D."; null when the word holds no letter or digit. */
function wordInitials(word: string): string | null {
  const parts = word
    .split(NAME_HYPHEN)
    .map(segmentInitial)
    .filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join('-') : null;
}

/** Initials of one name ("Mary Ann" -> "M. A."); '' when it has no letters. */
export function nameInitials(name: string): string {
  return words(name)
    .map(wordInitials)
    .filter((part): part is string => part !== null)
    .join(' ');
}

/**
 * True when writing the initials gives the whole name away: every word (or hyphenated part)
 * has a single letter ("李", "J.", "X"). Letters are counted by code point, accents left out.
 */
function initialsRevealName(name: string): boolean {
  const letters = words(name)
    .flatMap((word) => word.split(NAME_HYPHEN))
    .map((segment) => [...segment.replace(/[^\p{L}\p{N}]/gu, '')].length)
    .filter((count) => count > 0);
  return letters.length > 0 && letters.every((count) => count === 1);
}

function cleanName(partner: NamedPartner): NamedPartner {
  const tidy = (text: string) => words(text).join(' ');
  const preferred = partner.preferredName === null ? '' : tidy(partner.preferredName);
  return {
    firstName: tidy(partner.firstName),
    lastName: tidy(partner.lastName),
    preferredName: preferred === '' ? null : preferred,
  };
}

/** "Z. E.-D.", or "Partner A" when initials would not hide the name. */
export function partnerInitials(partner: NamedPartner, position: PartnerPosition): string {
  const { firstName, lastName } = cleanName(partner);
  const fallback = `Partner ${position}`;
  if (initialsRevealName(firstName) || initialsRevealName(lastName)) return fallback;
  const initials = [nameInitials(firstName), nameInitials(lastName)].filter(Boolean).join(' ');
  return initials || fallback;
}

/** A partner as the report names them. */
export function reportPartnerName(
  partner: NamedPartner,
  position: PartnerPosition,
  mode: IdentifierMode,
): string {
  if (mode === 'initials') return partnerInitials(partner, position);
  const clean = cleanName(partner);
  return partnerFullName(clean).trim() || `Partner ${position}`;
}

/**
 * The couple as the report names them: the display name in full mode ("the name the practice
 * knows them by"), the partners' initials otherwise, because a display name usually carries a
 * surname.
 */
export function reportCoupleLabel(couple: NamedCouple, mode: IdentifierMode): string {
  const A = reportPartnerName(couple.partnerA, 'A', mode);
  const B = reportPartnerName(couple.partnerB, 'B', mode);
  if (mode === 'initials') return `${A} & ${B}`;
  return words(couple.displayName).join(' ') || `${A} & ${B}`;
}

// ------------------------------------------------------------------ names inside free text

/** Letters that Unicode does not decompose into a base letter and an accent. */
const UNDECOMPOSED: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'Th',
  ı: 'i',
  ħ: 'h',
  Ħ: 'H',
  æ: 'ae',
  Æ: 'Ae',
  œ: 'oe',
  Œ: 'Oe',
  ß: 'ss',
};

/** "Łukasz" -> "Lukasz", "Zoë" -> "Zoe": how a name is often typed on an English keyboard. */
export function withoutAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[łŁøØđĐðÐþÞıħĦæÆœŒß]/gu, (ch) => UNDECOMPOSED[ch] ?? ch)
    .normalize('NFC');
}

/** Scripts written without spaces between words: a name there has no word boundary around it. */
const UNSPACED_SCRIPT =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]$/u;
const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}]$/u;

interface Needle {
  text: string;
  label: string;
  /** Whether a letter right before / after means this is part of a longer word ("Ann" in "Annual"). */
  boundedBefore: boolean;
  boundedAfter: boolean;
}

function toNeedle(text: string, label: string): Needle {
  const chars = [...text];
  return {
    text,
    label,
    boundedBefore: !UNSPACED_SCRIPT.test(chars[0] ?? ''),
    boundedAfter: !UNSPACED_SCRIPT.test(chars.at(-1) ?? ''),
  };
}

function isWordCharacter(char: string | undefined): boolean {
  return char !== undefined && WORD_CHARACTER.test(char);
}

/** The needle that starts at `index` of `text` as a whole word, longest first; null when none. */
function needleAt(text: string, index: number, needles: readonly Needle[]): Needle | null {
  for (const needle of needles) {
    if (!text.startsWith(needle.text, index)) continue;
    const before = [...text.slice(Math.max(0, index - 2), index)].at(-1);
    const after = [...text.slice(index + needle.text.length, index + needle.text.length + 2)][0];
    if (needle.boundedBefore && isWordCharacter(before)) continue;
    if (needle.boundedAfter && isWordCharacter(after)) continue;
    return needle;
  }
  return null;
}

/** A single Latin/Greek/Cyrillic letter ("J") is too common to treat as a name on its own. */
function worthMatching(token: string): boolean {
  const bare = [...token.replace(/\p{M}/gu, '')];
  return bare.length >= 2 || (bare.length === 1 && /\p{Lo}/u.test(bare[0] ?? ''));
}

/** Every way a partner's name may appear in text: whole, each name, each word and hyphenated part. */
export function nameTokens(partner: NamedPartner): string[] {
  const { firstName, lastName, preferredName } = cleanName(partner);
  const names = [firstName, lastName, ...(preferredName ? [preferredName] : [])];
  const whole = [
    `${firstName} ${lastName}`,
    ...(preferredName
      ? [`${preferredName} ${lastName}`, partnerFullName({ firstName, lastName, preferredName })]
      : []),
  ];
  const pieces = names.flatMap((name) => [
    name,
    ...words(name),
    ...words(name).flatMap((w) => w.split(NAME_HYPHEN)),
  ]);
  return [...whole, ...pieces].filter(worthMatching);
}

/** Each way a name may be written: as given, without accents, and in capitals. */
function spellings(token: string): string[] {
  const plain = withoutAccents(token);
  return [token, plain, token.toUpperCase(), plain.toUpperCase()];
}

export interface NameScreen {
  /** Replaces every partner name and the display name in `text` with the report's labels. */
  redact(text: string): string;
  /** Whether `text` mentions a partner's name or the couple's display name (for a warning). */
  mentions(text: string): boolean;
}

/**
 * Finds the couple's names in free text. Matching is case-sensitive (names are written with a
 * capital, and "Will" or "Hope" must not swallow every "will" and "hope" in a goal), but also
 * catches the unaccented spelling ("Zoe" for "Zoë") and capitals ("ZOË"). A word shared by both
 * partners (a common surname) is replaced by the couple's label.
 */
export function nameScreen(
  couple: NamedCouple,
  labels: { A: string; B: string; couple: string },
): NameScreen {
  const replacement = new Map<string, string>();
  const add = (needle: string, label: string) => {
    const existing = replacement.get(needle);
    replacement.set(needle, existing === undefined || existing === label ? label : labels.couple);
  };
  for (const token of nameTokens(couple.partnerA)) for (const s of spellings(token)) add(s, labels.A);
  for (const token of nameTokens(couple.partnerB)) for (const s of spellings(token)) add(s, labels.B);
  const display = words(couple.displayName).join(' ');
  // The display name wins over its parts: "Zoë & Łukasz" becomes the couple label once.
  if (worthMatching(display)) for (const s of spellings(display)) replacement.set(s, labels.couple);

  // Longest first, so "Zoë Exemple-Dupont" is replaced once rather than piece by piece.
  const needles = [...replacement.entries()]
    .filter(([text]) => text !== '')
    .sort(([x], [y]) => y.length - x.length)
    .map(([text, label]) => toNeedle(text, label));
  return {
    redact(text) {
      const source = text.normalize('NFC');
      let out = '';
      let index = 0;
      while (index < source.length) {
        const found = needleAt(source, index, needles);
        if (found) {
          out += found.label;
          index += found.text.length;
        } else {
          out += source[index];
          index += 1;
        }
      }
      return out;
    },
    mentions(text) {
      const source = text.normalize('NFC');
      for (let index = 0; index < source.length; index += 1)
        if (needleAt(source, index, needles)) return true;
      return false;
    },
  };
}

/**
 * A partner's initials in plain ASCII for a file name ("Łukasz Żółć" -> "LZ"): file names show
 * in recent-file lists and travel to other systems, so they never carry a full name. A name in
 * another script gives "X".
 */
export function fileNameInitials(partner: { firstName: string; lastName: string }): string {
  const letter = (name: string) =>
    withoutAccents(name.trim())
      .replace(/[^A-Za-z]/g, '')
      .charAt(0)
      .toUpperCase() || 'X';
  return letter(partner.firstName) + letter(partner.lastName);
}
