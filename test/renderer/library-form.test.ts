import {
  addLine,
  changeId,
  changeLine,
  changeName,
  emptyLibraryForm,
  issuesToLibraryErrors,
  type LibraryFormValues,
  libraryErrorSummaryItems,
  libraryFieldOrder,
  libraryFormFromEntry,
  moveLine,
  placeLibraryErrors,
  removeLine,
  SLUG_MAX,
  slugFromName,
  toLibraryEntry,
  validateLibraryForm,
} from '@renderer/features/library/libraryForm';
import { type LibraryEntry, libraryEntrySchema } from '@shared/domain/library';
import { describe, expect, it } from 'vitest';

/** A fictional clinician's own exercise, valid as it stands. */
function ownEntry(overrides: Partial<LibraryEntry> = {}): LibraryEntry {
  return libraryEntrySchema.parse({
    id: 'porch-swing-hand-holding',
    name: 'Porch-swing hand holding',
    areas: ['physical', 'emotional'],
    purpose: 'A short, calm moment of touch that either of you can end at any time.',
    steps: [
      'Agree a ten-minute slot on a quiet evening.',
      'Sit side by side and hold hands; talk or stay quiet.',
    ],
    who: 'both',
    frequency: { times: 3, per: 'week' },
    stage: 1,
    involvesTouch: true,
    conjoint: true,
    involvesConflict: false,
    alcoholSetting: false,
    contraindications: [
      'Only with the freely given consent of both partners.',
      'Not used while there is violence, fear or any doubt about safety.',
    ],
    ...overrides,
  });
}

function texts(values: LibraryFormValues, field: 'steps' | 'contraindications'): string[] {
  return values[field].map((line) => line.text);
}

describe('slugFromName', () => {
  it.each([
    ['Porch-swing hand holding', 'porch-swing-hand-holding'],
    ['  Übung für Zoë & Łukasz  ', 'ubung-fur-zoe-lukasz'],
    ['Reconciliación: ¿qué pasó?', 'reconciliacion-que-paso'],
    ['Straße – Ærøskøbing walk', 'strasse-aeroskobing-walk'],
    ['Step 2 -- of 10!!', 'step-2-of-10'],
    ['UPPER case', 'upper-case'],
    ['Прогулка вдвоём', ''],
    ['', ''],
  ])('%j becomes %j', (name, slug) => {
    expect(slugFromName(name)).toBe(slug);
  });

  it('cuts a long name at a word boundary, within the id limit, and never ends on a hyphen', () => {
    const name =
      'A very long name for a weekly exercise that keeps going well beyond what any id should hold, really';
    const slug = slugFromName(name);
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX);
    expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(name.toLowerCase().replace(/,/g, '').replace(/ /g, '-').startsWith(slug)).toBe(true);
    expect(slugFromName('x'.repeat(200))).toBe('x'.repeat(SLUG_MAX));
  });

  it('always gives an id the schema accepts, or nothing', () => {
    for (const name of ['Ñandú', '---', 'a', '1 2 3', 'Café—crème', 'ﬁnal ﬂow']) {
      const slug = slugFromName(name);
      if (slug) expect(libraryEntrySchema.shape.id.safeParse(slug).success, name).toBe(true);
    }
  });
});

describe('library form model', () => {
  it('keeps a new entry’s id in step with the name until the id is edited, and again once cleared', () => {
    let values = emptyLibraryForm();
    values = changeName(values, 'Gratitude jar for Zoë');
    expect(values.id).toBe('gratitude-jar-for-zoe');
    values = changeId(values, 'jar-of-thanks');
    values = changeName(values, 'Gratitude jar (weekly)');
    expect(values).toMatchObject({ id: 'jar-of-thanks', idEdited: true, name: 'Gratitude jar (weekly)' });
    values = changeId(values, '   ');
    expect(values).toMatchObject({ id: 'gratitude-jar-weekly', idEdited: false });
  });

  it('maps an entry to the form and back without changing it', () => {
    for (const entry of [
      ownEntry(),
      ownEntry({
        id: 'calm-down-plan',
        stage: null,
        involvesTouch: false,
        frequency: 'asNeeded',
        who: 'eitherPartner',
        involvesConflict: true,
        alcoholSetting: true,
        contraindications: [],
      }),
    ]) {
      const values = libraryFormFromEntry(entry);
      expect(values.idEdited).toBe(true);
      expect(libraryEntrySchema.parse(toLibraryEntry(values))).toEqual(entry);
    }
  });

  it('keeps the entry’s order of areas, adding newly ticked ones at the end', () => {
    const values = libraryFormFromEntry(ownEntry({ areas: ['trust', 'emotional', 'physical'] }));
    expect(toLibraryEntry({ ...values, areas: [...values.areas, 'aftercare', 'trust'] }).areas).toEqual([
      'trust',
      'emotional',
      'physical',
      'aftercare',
    ]);
  });

  it('keeps the typed times while "as needed" is ticked, and the rung while touch is unticked', () => {
    const values = { ...libraryFormFromEntry(ownEntry()), asNeeded: true, involvesTouch: false };
    expect(values).toMatchObject({ times: '3', per: 'week', stage: '1' });
    const entry = toLibraryEntry(values);
    expect(entry.frequency).toBe('asNeeded');
    expect(entry.stage).toBeNull();
    expect(toLibraryEntry({ ...values, asNeeded: false, involvesTouch: true })).toMatchObject({
      frequency: { times: 3, per: 'week' },
      stage: 1,
    });
  });

  it('turns times that are not a plain whole number into a frequency error, not a silent number', () => {
    for (const times of ['2.5', 'two', '', '0', '15']) {
      const { errors } = validateLibraryForm({ ...libraryFormFromEntry(ownEntry()), times });
      expect(Object.keys(errors), times).toEqual(['frequency']);
      expect(errors.frequency).toMatch(/whole number from 1 to 14/);
    }
  });

  it('adds, edits, removes and moves lines, keeping each line’s key with its text', () => {
    let values = emptyLibraryForm();
    values = changeLine(values, 'steps', 0, 'First');
    values = changeLine(values, 'steps', 1, 'Second');
    values = addLine(values, 'steps');
    values = changeLine(values, 'steps', 2, 'Third');
    const keyOfThird = values.steps[2]?.key;
    values = moveLine(values, 'steps', 2, -1);
    expect(texts(values, 'steps')).toEqual(['First', 'Third', 'Second']);
    expect(values.steps[1]?.key).toBe(keyOfThird);
    expect(moveLine(values, 'steps', 0, -1)).toBe(values);
    expect(moveLine(values, 'steps', 2, 1)).toBe(values);
    values = removeLine(values, 'steps', 0);
    expect(texts(values, 'steps')).toEqual(['Third', 'Second']);
    expect(new Set(values.steps.map((line) => line.key)).size).toBe(2);
  });
});

describe('library form validation', () => {
  it('names what is missing in a blank form, in words for each field', () => {
    const { errors } = validateLibraryForm(emptyLibraryForm());
    expect(errors).toEqual({
      name: 'Enter a name for the entry',
      id: 'Use a kebab-case id (lower-case letters, digits and hyphens)',
      areas: 'Choose at least one area',
      purpose: 'Say what the exercise is for',
      'steps.0': 'Step 1 is empty: write it or remove it',
      'steps.1': 'Step 2 is empty: write it or remove it',
    });
  });

  it('asks for two steps when fewer are left', () => {
    const values = libraryFormFromEntry(ownEntry());
    const { errors } = validateLibraryForm(removeLine(values, 'steps', 1));
    expect(errors).toEqual({ steps: 'Give at least two steps' });
  });

  it('refuses a touch exercise without consent and safety lines, naming both', () => {
    const values = libraryFormFromEntry(ownEntry());
    values.contraindications = values.contraindications.slice(0, 1);
    values.contraindications[0] = { key: 'rushed', text: 'Stop if either of you feels rushed.' };
    const { errors } = validateLibraryForm(values);
    expect(errors).toEqual({
      contraindications:
        'A touch exercise must state that it needs the consent of both partners\nA touch exercise must state that it is not used where safety is in doubt',
    });
    expect(libraryErrorSummaryItems(errors, null, values)).toEqual([
      {
        path: 'contraindications',
        message: 'A touch exercise must state that it needs the consent of both partners',
      },
      {
        path: 'contraindications',
        message: 'A touch exercise must state that it is not used where safety is in doubt',
      },
    ]);
    const fixed = changeLine(
      addLine(values, 'contraindications'),
      'contraindications',
      1,
      'Needs the consent of both of you; never where there is fear or violence at home.',
    );
    expect(validateLibraryForm(fixed).errors).toEqual({});
  });

  it('points an empty contraindication at its own line', () => {
    const values = addLine(libraryFormFromEntry(ownEntry()), 'contraindications');
    expect(validateLibraryForm(values).errors).toEqual({
      'contraindications.2': 'Contraindication 3 is empty: write it or remove it',
    });
  });

  it('places the core’s errors (`entry.id`) on the form’s fields, and unknown paths on the form', () => {
    const values = libraryFormFromEntry(ownEntry());
    expect(
      placeLibraryErrors(
        {
          'entry.id': 'An entry with this id already exists; choose another id',
          'entry.steps.1': 'Too long',
          'entry.frequency.times': 'Too many',
          'entry.somethingElse': 'Odd',
        },
        values,
      ),
    ).toEqual({
      id: 'An entry with this id already exists; choose another id',
      'steps.1': 'Too long',
      frequency: 'Too many',
      '': 'Odd',
    });
  });

  it('orders the fields as on screen, one per line', () => {
    const values = libraryFormFromEntry(ownEntry());
    const order = libraryFieldOrder(values);
    expect(order.indexOf('steps.1')).toBeGreaterThan(order.indexOf('steps'));
    expect(order.indexOf('who')).toBeGreaterThan(order.indexOf('steps.1'));
    expect(order.at(-1)).toBe('contraindications.1');
  });

  it('keeps zod’s hand-written messages and rewrites only the generic ones', () => {
    expect(
      issuesToLibraryErrors([
        { code: 'custom', path: ['stage'], message: 'Only touch exercises sit on the ladder' },
        { code: 'too_big', path: ['name'], message: 'Too big: expected string to have <=120 characters' },
      ]),
    ).toEqual({
      stage: 'Only touch exercises sit on the ladder',
      name: 'Keep the name to 120 characters or fewer',
    });
  });
});
