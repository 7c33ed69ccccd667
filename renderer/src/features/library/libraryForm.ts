import type { SummaryItem } from '@renderer/ui/ErrorSummary';
import { errorSummaryItems } from '@renderer/ui/errorSummaryItems';
import { type FieldErrors, placeFieldErrors } from '@renderer/ui/fieldErrors';
import { issuePath } from '@shared/contract/field-issues';
import {
  type frequencyPeriods,
  type LibraryArea,
  type LibraryEntry,
  type LibraryEntryInput,
  type LibraryWho,
  libraryEntrySchema,
} from '@shared/domain/library';
import { foldForSearch } from '@shared/domain/text';

export type FrequencyPeriod = (typeof frequencyPeriods)[number];

/** One line of an ordered list (a step, a contraindication), with a key that survives reordering. */
export interface ListLine {
  key: string;
  text: string;
}

/**
 * What the form holds: exactly what was typed, so nothing is lost or reshaped while the
 * clinician works. Unticking "involves touch" keeps the chosen rung, and ticking "as
 * needed" keeps the typed times, so changing one's mind restores them.
 */
export interface LibraryFormValues {
  id: string;
  /** False while the id still follows the name (new entries only). */
  idEdited: boolean;
  name: string;
  areas: LibraryArea[];
  purpose: string;
  steps: ListLine[];
  who: LibraryWho;
  asNeeded: boolean;
  /** As typed; becomes a whole number on submit. */
  times: string;
  per: FrequencyPeriod;
  /** Rung on the touch ladder as '1'..'12', or '' for off the ladder. */
  stage: string;
  involvesTouch: boolean;
  conjoint: boolean;
  involvesConflict: boolean;
  alcoholSetting: boolean;
  contraindications: ListLine[];
}

export type ListField = 'steps' | 'contraindications';

let lineCounter = 0;
/** A fresh key for a list line; only React uses it, so uniqueness within the page is enough. */
export function newLine(text = ''): ListLine {
  lineCounter += 1;
  return { key: `line-${lineCounter}`, text };
}

export const SLUG_MAX = 80;

/**
 * The id suggested for a name: accents folded to ASCII ("Übung für Zoë" -> "ubung-fur-zoe"),
 * anything else between words becomes one hyphen, cut at a word boundary to fit 80
 * characters. Names in scripts that do not fold to ASCII give '', and the clinician types one.
 */
export function slugFromName(name: string): string {
  const words = foldForSearch(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > SLUG_MAX) {
      // A single word longer than the limit is cut; otherwise stop at the last whole word.
      if (!slug) slug = word.slice(0, SLUG_MAX);
      break;
    }
    slug = next;
  }
  return slug;
}

export function emptyLibraryForm(): LibraryFormValues {
  return {
    id: '',
    idEdited: false,
    name: '',
    areas: [],
    purpose: '',
    steps: [newLine(), newLine()],
    who: 'both',
    asNeeded: false,
    times: '1',
    per: 'week',
    stage: '',
    involvesTouch: false,
    conjoint: true,
    involvesConflict: false,
    alcoholSetting: false,
    contraindications: [],
  };
}

export function libraryFormFromEntry(entry: LibraryEntry): LibraryFormValues {
  return {
    id: entry.id,
    idEdited: true,
    name: entry.name,
    // The entry's own order: a save that changed nothing leaves the entry as it was.
    areas: [...entry.areas],
    purpose: entry.purpose,
    steps: entry.steps.map((step) => newLine(step)),
    who: entry.who,
    asNeeded: entry.frequency === 'asNeeded',
    times: entry.frequency === 'asNeeded' ? '1' : String(entry.frequency.times),
    per: entry.frequency === 'asNeeded' ? 'week' : entry.frequency.per,
    stage: entry.stage === null ? '' : String(entry.stage),
    involvesTouch: entry.involvesTouch,
    conjoint: entry.conjoint,
    involvesConflict: entry.involvesConflict,
    alcoholSetting: entry.alcoholSetting,
    contraindications: entry.contraindications.map((line) => newLine(line)),
  };
}

/** The name changed: a new entry's id follows it until the clinician edits the id. */
export function changeName(values: LibraryFormValues, name: string): LibraryFormValues {
  return values.idEdited ? { ...values, name } : { ...values, name, id: slugFromName(name) };
}

/** The clinician typed an id; clearing it hands it back to the name. */
export function changeId(values: LibraryFormValues, id: string): LibraryFormValues {
  if (id.trim() === '') return { ...values, id: slugFromName(values.name), idEdited: false };
  return { ...values, id, idEdited: true };
}

/** "3" -> 3; anything but a plain whole number becomes NaN, so the schema refuses it. */
function parseTimes(text: string): number {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/**
 * The entry for what the form holds. A stage is sent only for touch exercises, and blank
 * lines stay in, so the schema can name the empty step instead of it silently vanishing.
 */
export function toLibraryEntry(values: LibraryFormValues): LibraryEntryInput {
  return {
    id: values.id.trim(),
    name: values.name,
    areas: [...new Set(values.areas)],
    purpose: values.purpose,
    steps: values.steps.map((line) => line.text),
    who: values.who,
    frequency: values.asNeeded ? 'asNeeded' : { times: parseTimes(values.times), per: values.per },
    stage: values.involvesTouch && values.stage !== '' ? Number(values.stage) : null,
    involvesTouch: values.involvesTouch,
    conjoint: values.conjoint,
    involvesConflict: values.involvesConflict,
    alcoholSetting: values.alcoholSetting,
    contraindications: values.contraindications.map((line) => line.text),
  };
}

/** Applies a change to one line of a list. */
export function changeLine(
  values: LibraryFormValues,
  field: ListField,
  index: number,
  text: string,
): LibraryFormValues {
  return {
    ...values,
    [field]: values[field].map((line, i) => (i === index ? { ...line, text } : line)),
  };
}

export function addLine(values: LibraryFormValues, field: ListField): LibraryFormValues {
  return { ...values, [field]: [...values[field], newLine()] };
}

export function removeLine(values: LibraryFormValues, field: ListField, index: number): LibraryFormValues {
  return { ...values, [field]: values[field].filter((_, i) => i !== index) };
}

/** Moves a line one place up (-1) or down (+1); a move past either end changes nothing. */
export function moveLine(
  values: LibraryFormValues,
  field: ListField,
  index: number,
  by: -1 | 1,
): LibraryFormValues {
  const lines = [...values[field]];
  const target = index + by;
  const moving = lines[index];
  const other = lines[target];
  if (moving === undefined || other === undefined) return values;
  lines[index] = other;
  lines[target] = moving;
  return { ...values, [field]: lines };
}

/** The form's fields in screen order, with one field per step and per contraindication. */
export function libraryFieldOrder(values: Pick<LibraryFormValues, 'steps' | 'contraindications'>): string[] {
  return [
    'name',
    'id',
    'areas',
    'purpose',
    'steps',
    ...values.steps.map((_, index) => `steps.${index}`),
    'who',
    'frequency',
    'involvesTouch',
    'stage',
    'conjoint',
    'involvesConflict',
    'alcoholSetting',
    'contraindications',
    ...values.contraindications.map((_, index) => `contraindications.${index}`),
  ];
}

const LIMITS = { name: 120, purpose: 600, steps: 600, contraindications: 400, id: SLUG_MAX } as const;

interface Issue {
  readonly code?: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/**
 * Says what to do, in the field's words, where zod's own message is generic ("Too small:
 * expected string to have >=1 characters"). The schema's hand-written messages (kebab-case
 * id, at least one area, two steps, consent and safety for touch) are kept as they are.
 */
export function messageForIssue(issue: Issue): string {
  const [field, index] = issue.path;
  const tooLong = issue.code === 'too_big';
  const tooShort = issue.code === 'too_small';
  const line = typeof index === 'number' ? index + 1 : null;
  switch (field) {
    case 'name':
      if (tooShort) return 'Enter a name for the entry';
      if (tooLong) return `Keep the name to ${LIMITS.name} characters or fewer`;
      break;
    case 'id':
      if (tooLong) return `Keep the id to ${LIMITS.id} characters or fewer`;
      break;
    case 'purpose':
      if (tooShort) return 'Say what the exercise is for';
      if (tooLong) return `Keep the purpose to ${LIMITS.purpose} characters or fewer`;
      break;
    case 'steps':
      if (line !== null && tooShort) return `Step ${line} is empty: write it or remove it`;
      if (line !== null && tooLong) return `Keep step ${line} to ${LIMITS.steps} characters or fewer`;
      break;
    case 'contraindications':
      if (line !== null && tooShort) return `Contraindication ${line} is empty: write it or remove it`;
      if (line !== null && tooLong)
        return `Keep contraindication ${line} to ${LIMITS.contraindications} characters or fewer`;
      break;
    case 'frequency':
      return 'Enter how many times as a whole number from 1 to 14, or tick “As needed”';
    case 'stage':
      if (issue.code !== 'custom') return 'Choose a rung of the touch ladder';
      break;
  }
  return issue.message;
}

/** Separates several messages for one field: shown one per line, and one summary line each. */
export const MESSAGE_SEPARATOR = '\n';

/**
 * Field errors for a failed parse: one entry per dotted path; several messages for the
 * same path (a touch exercise missing both consent and safety) are all kept, in order.
 */
export function issuesToLibraryErrors(issues: readonly Issue[]): FieldErrors {
  const messages = new Map<string, string[]>();
  for (const issue of issues) {
    const path = issuePath(issue.path);
    const text = messageForIssue(issue);
    const list = messages.get(path) ?? [];
    if (!list.includes(text)) list.push(text);
    messages.set(path, list);
  }
  const errors: FieldErrors = {};
  for (const [path, list] of messages) errors[path] = list.join(MESSAGE_SEPARATOR);
  return errors;
}

/**
 * Places errors on the form's fields. The core names them as its input does
 * (`entry.id`), so that prefix is dropped first; a path no field shows goes under ''.
 */
export function placeLibraryErrors(
  errors: Readonly<Record<string, string>>,
  values: Pick<LibraryFormValues, 'steps' | 'contraindications'>,
): FieldErrors {
  const unprefixed: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const key = path === 'entry' ? '' : path.startsWith('entry.') ? path.slice('entry.'.length) : path;
    if (!(key in unprefixed)) unprefixed[key] = message;
  }
  return placeFieldErrors(unprefixed, libraryFieldOrder(values));
}

/** Validates with the library's own schema, so the form and the core can never disagree. */
export function validateLibraryForm(values: LibraryFormValues): {
  entry: LibraryEntryInput;
  errors: FieldErrors;
} {
  const entry = toLibraryEntry(values);
  const parsed = libraryEntrySchema.safeParse(entry);
  if (parsed.success) return { entry, errors: {} };
  return { entry, errors: placeLibraryErrors(issuesToLibraryErrors(parsed.error.issues), values) };
}

/** The error summary's lines in screen order, one line per message. */
export function libraryErrorSummaryItems(
  errors: FieldErrors,
  formError: string | null,
  values: Pick<LibraryFormValues, 'steps' | 'contraindications'>,
): SummaryItem[] {
  return errorSummaryItems(errors, formError, libraryFieldOrder(values)).flatMap((item) =>
    item.message.split(MESSAGE_SEPARATOR).map((message) => ({ path: item.path, message })),
  );
}
