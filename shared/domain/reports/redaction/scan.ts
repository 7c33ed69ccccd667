/**
 * Scans the free text a report will print for what its options leave out: the partners'
 * names (any case, possessive, accent-folded), email addresses, phone numbers, dates that look
 * like a date of birth, and substance-use language (see `lexicon.ts`). Each finding is a span
 * of one field with a stable id, so the clinician's decision (replace with initials, remove, or
 * keep with a reason: `decisions.ts`) attaches to it, and the core can scan again when the
 * report is made and know that every finding was seen.
 *
 * Pure and synchronous: the dialog shows what the core returns from `reports:scan`, and the
 * core runs the same scan again on `reports:generate`.
 */
import { epochDay, isIsoDate } from '@shared/domain/dates';
import { type NamedPartner, nameTokens, partnerInitials } from '@shared/domain/reports/identifiers';
import { foldForSearch } from '@shared/domain/text';
import { harmlessPhrases, type LexiconCategory, lexicon, lexiconCategoryLabels } from './lexicon';

export const findingKinds = ['name', 'email', 'phone', 'dateOfBirth', 'substanceUse'] as const;
export type FindingKind = (typeof findingKinds)[number];

export const findingKindLabels: Record<FindingKind, string> = {
  name: 'Name',
  email: 'Email address',
  phone: 'Phone number',
  dateOfBirth: 'Possible date of birth',
  substanceUse: 'Substance use',
};

/** One piece of text the report prints, as the clinician typed it. */
export interface FreeTextField {
  /** Stable: `narrative`, `recommendations`, `recipientName`, `plan.goal.<key>`... */
  id: string;
  /** How the review names it: "Summary", "Plan goal". */
  label: string;
  text: string;
}

export interface RedactionFinding {
  /** Hash of field, offset and text: a decision attaches to exactly this finding. */
  id: string;
  field: string;
  /** Offsets into the field's text (UTF-16 code units, as JavaScript strings count). */
  start: number;
  end: number;
  /** The text as typed. */
  text: string;
  kind: FindingKind;
  /** Why this was flagged, in a sentence the review shows: "GA: a recovery fellowship…". */
  why: string;
  /** For names: the initials that would replace it ("Z. E.-D."); null for other kinds. */
  initials: string | null;
}

export interface ScanPartner extends NamedPartner {
  dateOfBirth: string | null;
}

export interface ScanContext {
  partners: { A: ScanPartner; B: ScanPartner };
  /** The couple's display name ("Zoë & Łukasz"), flagged as a name too. */
  displayName: string;
  /** Substances recorded for either partner ("kratom", "prescription pills"). */
  recordedSubstances: readonly string[];
  /** Today, ISO: dates 10 to 80 years before it look like a date of birth. */
  today: string;
}

// ------------------------------------------------------------------ folding with offsets

interface Folded {
  text: string;
  /** For each code unit of `text`, where its character starts and ends in the original. */
  starts: number[];
  ends: number[];
}

/**
 * `foldForSearch` character by character, remembering where each folded character came from,
 * so a match in the folded text maps back to the span the clinician typed. Whitespace stays
 * one space per character, so nothing shifts.
 */
export function foldWithOffsets(text: string): Folded {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const char of text) {
    const piece = /\s/u.test(char) ? ' ' : foldForSearch(char);
    for (let k = 0; k < piece.length; k += 1) {
      starts.push(at);
      ends.push(at + char.length);
    }
    folded += piece;
    at += char.length;
  }
  return { text: folded, starts, ends };
}

interface Span {
  start: number;
  end: number;
}

/** A match [from, to) in folded text as a span of the original (combining marks included). */
function toOriginal(folded: Folded, original: string, from: number, to: number): Span {
  let end = folded.ends[to - 1] ?? original.length;
  while (end < original.length && /\p{M}/u.test(original[end] ?? '')) end += 1;
  return { start: folded.starts[from] ?? 0, end };
}

const WORD = '[\\p{L}\\p{N}]';
const bounded = (source: string, flags: string) => new RegExp(`(?<!${WORD})(?:${source})(?!${WORD})`, flags);

function* matches(pattern: RegExp, text: string): Generator<{ from: number; to: number }> {
  for (const match of text.matchAll(pattern)) {
    if (match[0].length > 0) yield { from: match.index, to: match.index + match[0].length };
  }
}

// ------------------------------------------------------------------ names

/**
 * First names that are also everyday words: matched only when written with a capital, or
 * every "will" and "hope" in a goal would be a finding. A lower-case "will" cannot be told
 * from the verb; "Will" at a sentence start still is a finding, and "keep" resolves it.
 */
const COMMON_WORD_NAMES = new Set(
  'will,hope,grace,joy,faith,mark,bill,rose,june,may,april,summer,dawn,sky,rich,young,white,brown,green,black,king,page,august,honor,hunter,chase,drew,art,guy,jack,pat,sue,ray,rob,frank,sunny,amber,ruby,pearl,iris,lily,violet,robin,jay,wade,miles,glen,dale,cliff,bob,carol,hazel,ivy,max,price,long,short,cook,baker,miller,smith,wood,hall,hill,day,may,son,lee,le,van,von,de,da,di,del,la,el,al,bin,ben,abu,ibn,mac,mc,san,st'.split(
    ',',
  ),
);

const UNSPACED_SCRIPT =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]$/u;

interface NameNeedle {
  folded: string;
  initials: string;
  needsCapital: boolean;
  boundedBefore: boolean;
  boundedAfter: boolean;
}

/** Apostrophes and hyphens inside a name, however typed: ' ’ ʼ - ‐ ‑. */
const NAME_JOINER = /['’ʼ\-‐‑]/gu;

/**
 * Each way a name joined by an apostrophe or hyphen gets typed: "O'Brien" as O’Brien, OBrien or
 * O Brien; "Jean-Luc" as Jeanluc or Jean Luc. A report that leaves names out must find them all.
 */
function joinerVariants(token: string): string[] {
  if (token.search(NAME_JOINER) < 0) return [token];
  return ["'", '’', '-', '', ' '].map((joiner) => token.replace(NAME_JOINER, joiner)).concat(token);
}

function nameNeedles(context: ScanContext): NameNeedle[] {
  const initialsOf = {
    A: partnerInitials(context.partners.A, 'A'),
    B: partnerInitials(context.partners.B, 'B'),
  };
  const couple = `${initialsOf.A} & ${initialsOf.B}`;
  const owner = new Map<string, string>();
  const add = (token: string, label: string) => {
    const folded = foldForSearch(token);
    if (folded === '') return;
    const existing = owner.get(folded);
    owner.set(folded, existing === undefined || existing === label ? label : couple);
  };
  for (const token of nameTokens(context.partners.A).flatMap(joinerVariants)) add(token, initialsOf.A);
  for (const token of nameTokens(context.partners.B).flatMap(joinerVariants)) add(token, initialsOf.B);
  const display = context.displayName.trim().replace(/\s+/gu, ' ');
  if (display.length >= 2) owner.set(foldForSearch(display), couple);
  return [...owner.entries()].map(([folded, initials]) => {
    const chars = [...folded];
    return {
      folded,
      initials,
      needsCapital: COMMON_WORD_NAMES.has(folded),
      boundedBefore: !UNSPACED_SCRIPT.test(chars[0] ?? ''),
      boundedAfter: !UNSPACED_SCRIPT.test(chars.at(-1) ?? ''),
    };
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function nameFindings(field: FreeTextField, folded: Folded, context: ScanContext): Draft[] {
  const drafts: Draft[] = [];
  for (const needle of nameNeedles(context)) {
    const pattern = new RegExp(
      `${needle.boundedBefore ? `(?<!${WORD})` : ''}${escapeRegExp(needle.folded)}${needle.boundedAfter ? `(?!${WORD})` : ''}`,
      'gu',
    );
    for (const { from, to } of matches(pattern, folded.text)) {
      const span = toOriginal(folded, field.text, from, to);
      const typed = field.text.slice(span.start, span.end);
      if (needle.needsCapital && !/^\p{Lu}/u.test(typed)) continue;
      drafts.push({
        ...span,
        kind: 'name',
        why: `A partner’s name (${needle.initials}), in any capitalization or spelling.`,
        initials: needle.initials,
      });
    }
  }
  return drafts;
}

// ------------------------------------------------------------------ emails and phones

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const PHONES = [
  // (555) 010-0123, 555-010-0123, 555.010.0123, +1 555 010 0123
  /(?<![\p{L}\p{N}])(?:\+?\d{1,3}[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?!\p{N})/gu,
  // +44 20 7946 0958 and other international numbers written with a plus
  /(?<![\p{L}\p{N}])\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5}(?!\p{N})/gu,
  // 555-0123, and ten digits run together
  /(?<![\p{L}\p{N}.-])(?:\d{3}[.-]\d{4}|\d{10})(?![\p{N}-])/gu,
];

function patternFindings(field: FreeTextField): Draft[] {
  const drafts: Draft[] = [];
  for (const { from, to } of matches(EMAIL, field.text)) {
    drafts.push({ start: from, end: to, kind: 'email', why: 'An email address.', initials: null });
  }
  for (const phone of PHONES) {
    for (const { from, to } of matches(phone, field.text)) {
      const digits = field.text.slice(from, to).replace(/\D/g, '').length;
      if (digits >= 7)
        drafts.push({ start: from, end: to, kind: 'phone', why: 'A phone number.', initials: null });
    }
  }
  return drafts;
}

// ------------------------------------------------------------------ dates of birth

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const ORDINAL = '(?:st|nd|rd|th)?';

interface DateCandidate {
  year: number;
  /** Whether the year was written with all four digits. */
  fullYear: boolean;
  month: number;
  day: number;
}

const DATE_FORMS: { pattern: RegExp; read(m: RegExpMatchArray): DateCandidate[] }[] = [
  {
    pattern: /(?<![\p{L}\p{N}])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\p{N})/gu,
    read: (m) => [{ year: +(m[1] ?? 0), fullYear: true, month: +(m[2] ?? 0), day: +(m[3] ?? 0) }],
  },
  {
    // 03/14/1986 (US) or 14/03/1986, 14.03.1986; two-digit years too (3/14/86)
    pattern: /(?<![\p{L}\p{N}/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?![\p{N}/.-]\p{N}|\p{N})/gu,
    read: (m) => {
      const [a, b, y] = [+(m[1] ?? 0), +(m[2] ?? 0), m[3] ?? ''];
      const year = +y;
      const fullYear = y.length === 4;
      return [
        { year, fullYear, month: a, day: b },
        { year, fullYear, month: b, day: a },
      ];
    },
  },
  {
    pattern: new RegExp(`(?<!${WORD})${MONTH_NAME} (\\d{1,2})${ORDINAL},? (\\d{4})(?!\\p{N})`, 'giu'),
    read: (m) => [{ year: +(m[3] ?? 0), fullYear: true, month: monthNumber(m[1] ?? ''), day: +(m[2] ?? 0) }],
  },
  {
    pattern: new RegExp(`(?<!${WORD})(\\d{1,2})${ORDINAL} (?:of )?${MONTH_NAME},? (\\d{4})(?!\\p{N})`, 'giu'),
    read: (m) => [{ year: +(m[3] ?? 0), fullYear: true, month: monthNumber(m[2] ?? ''), day: +(m[1] ?? 0) }],
  },
];

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.toLowerCase().slice(0, 3)) + 1;
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoOf = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

function yearsBefore(today: string, years: number): string {
  return `${Number(today.slice(0, 4)) - years}${today.slice(4)}`;
}

function dateFindings(field: FreeTextField, context: ScanContext): Draft[] {
  const births = (['A', 'B'] as const).flatMap((position) => {
    const dob = context.partners[position].dateOfBirth;
    return dob && isIsoDate(dob) ? [{ position, dob }] : [];
  });
  const oldest = epochDay(yearsBefore(context.today, 80));
  const youngest = epochDay(yearsBefore(context.today, 10));
  const drafts: Draft[] = [];
  for (const form of DATE_FORMS) {
    for (const match of field.text.matchAll(form.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      let why: string | null = null;
      for (const candidate of form.read(match)) {
        const sameDay = (dob: string) =>
          Number(dob.slice(5, 7)) === candidate.month &&
          Number(dob.slice(8, 10)) === candidate.day &&
          (candidate.fullYear
            ? Number(dob.slice(0, 4)) === candidate.year
            : Number(dob.slice(2, 4)) === candidate.year);
        const owner = births.find(({ dob }) => sameDay(dob));
        if (owner) {
          why = `Partner ${owner.position}’s recorded date of birth.`;
          break;
        }
        const iso = isoOf(candidate.year, candidate.month, candidate.day);
        if (candidate.fullYear && isIsoDate(iso)) {
          const day = epochDay(iso);
          if (day >= oldest && day <= youngest)
            why = 'A full date 10 to 80 years ago, which may be a date of birth.';
        }
      }
      if (why) drafts.push({ start, end, kind: 'dateOfBirth', why, initials: null });
    }
  }
  return drafts;
}

// ------------------------------------------------------------------ substance use

interface CompiledEntry {
  pattern: RegExp;
  caseSensitive: boolean;
  category: LexiconCategory;
  gloss: string | undefined;
}

let compiled: CompiledEntry[] | null = null;

function compiledLexicon(): CompiledEntry[] {
  compiled ??= lexicon.map((entry) => ({
    pattern: bounded(entry.pattern, 'gu'),
    caseSensitive: entry.caseSensitive === true,
    category: entry.category,
    gloss: entry.gloss,
  }));
  return compiled;
}

const harmlessPattern = bounded(harmlessPhrases.map(escapeRegExp).join('|'), 'gu');

function substanceWhy(category: LexiconCategory, gloss: string | undefined, typed: string): string {
  const detail = gloss ? ` (${gloss})` : '';
  return `“${typed}” is ${lexiconCategoryLabels[category]}${detail}; this report leaves substance use out.`;
}

function substanceFindings(field: FreeTextField, folded: Folded, context: ScanContext): Draft[] {
  const harmless = [...matches(harmlessPattern, folded.text)].map(({ from, to }) =>
    toOriginal(folded, field.text, from, to),
  );
  const drafts: Draft[] = [];
  const push = (span: Span, why: string) => {
    if (harmless.some((h) => h.start < span.end && span.start < h.end)) return;
    drafts.push({ ...span, kind: 'substanceUse', why, initials: null });
  };
  for (const entry of compiledLexicon()) {
    // Case-sensitive entries (acronyms) match the text as typed, so offsets are the field's own.
    const source = entry.caseSensitive ? field.text : folded.text;
    for (const { from, to } of matches(entry.pattern, source)) {
      const span = entry.caseSensitive ? { start: from, end: to } : toOriginal(folded, field.text, from, to);
      push(span, substanceWhy(entry.category, entry.gloss, field.text.slice(span.start, span.end)));
    }
  }
  const own = context.recordedSubstances.map(foldForSearch).filter((s) => s.length >= 2);
  if (own.length > 0) {
    const pattern = new RegExp(`(?<!${WORD})(?:${own.map(escapeRegExp).join('|')})[\\p{L}]*`, 'gu');
    for (const { from, to } of matches(pattern, folded.text)) {
      const span = toOriginal(folded, field.text, from, to);
      push(
        span,
        `“${field.text.slice(span.start, span.end)}” is recorded as a substance for this couple; this report leaves substance use out.`,
      );
    }
  }
  return drafts;
}

// ------------------------------------------------------------------ the scan

type Draft = Span & Pick<RedactionFinding, 'kind' | 'why' | 'initials'>;

/** A short stable hash (53-bit, cyrb53): the same field, offset and text always give the same id. */
export function findingId(field: string, start: number, text: string): string {
  const input = `${field}\u0000${start}\u0000${text}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < input.length; i += 1) {
    const ch = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `f${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`;
}

/** Which kinds are scanned: what the options leave out. */
export interface ScanKinds {
  identifiers: boolean;
  substanceUse: boolean;
}

/**
 * Every finding in `fields`, in field order and then by position. Overlapping candidates are
 * resolved to the longest (an email address holding a name is one finding, the address), so
 * findings never overlap and can all be applied.
 */
export function scanFreeText(
  fields: readonly FreeTextField[],
  context: ScanContext,
  kinds: ScanKinds = { identifiers: true, substanceUse: true },
): RedactionFinding[] {
  const findings: RedactionFinding[] = [];
  for (const field of fields) {
    if (field.text.trim() === '') continue;
    const folded = foldWithOffsets(field.text);
    const drafts = [
      ...(kinds.identifiers
        ? [
            ...nameFindings(field, folded, context),
            ...patternFindings(field),
            ...dateFindings(field, context),
          ]
        : []),
      ...(kinds.substanceUse ? substanceFindings(field, folded, context) : []),
    ];
    const kept: Draft[] = [];
    const longestFirst = drafts.sort((x, y) => y.end - y.start - (x.end - x.start) || x.start - y.start);
    for (const draft of longestFirst) {
      if (!kept.some((k) => k.start < draft.end && draft.start < k.end)) kept.push(draft);
    }
    for (const draft of kept.sort((x, y) => x.start - y.start)) {
      const text = field.text.slice(draft.start, draft.end);
      findings.push({ id: findingId(field.id, draft.start, text), field: field.id, text, ...draft });
    }
  }
  return findings;
}
