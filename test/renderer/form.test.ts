import { ApiError } from '@renderer/api/errors';
import { createFormController, type FormOptions, valueAt, withValueAt } from '@renderer/ui/formController';
import { TextField } from '@renderer/ui/TextField';
import { useForm } from '@renderer/ui/useForm';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';

/** A fictional intake: a couple's name and one partner's details, as typed. */
interface Values {
  displayName: string;
  partnerA: { firstName: string; inRecovery: boolean; substances: string };
}
interface Input {
  displayName: string;
  partnerA: { firstName: string; inRecovery: boolean; substances: string[] };
}

const schema = z.object({
  displayName: z.string().trim().min(1, 'Enter a display name'),
  partnerA: z.object({
    firstName: z.string().trim().min(1, 'Enter first name'),
    inRecovery: z.boolean(),
    substances: z.array(z.string().max(10, 'Keep each substance short')),
  }),
});

const FIELDS = ['displayName', 'partnerA.firstName', 'partnerA.inRecovery', 'partnerA.substances'];

const blank: Values = { displayName: '', partnerA: { firstName: '', inRecovery: false, substances: '' } };

function form(options: Partial<FormOptions<Values, Input>> = {}) {
  return createFormController<Values, Input>({
    initial: blank,
    schema,
    draft: (values) => ({
      ...values,
      partnerA: {
        ...values.partnerA,
        substances: values.partnerA.substances.split(',').filter(Boolean),
      },
    }),
    save: () => Promise.resolve(),
    fields: FIELDS,
    failureMessage: 'The couple could not be saved. Try again.',
    ...options,
  });
}

const fill = (controller: ReturnType<typeof form>) => {
  controller.bind('displayName').onValueChange('Zoë & Łukasz');
  controller.bind('partnerA.firstName').onValueChange('Zoë');
};

describe('bind(path): what a field needs, from one call', () => {
  it('gives the name, value, change handler and error of a nested field', () => {
    const controller = form();
    const first = controller.bind('partnerA.firstName');
    expect(first).toMatchObject({ name: 'partnerA.firstName', value: '', error: undefined });
    first.onValueChange('Zoë');
    expect(controller.getSnapshot().values.partnerA).toEqual({
      firstName: 'Zoë',
      inRecovery: false,
      substances: '',
    });
    // The other parts of the values are kept as they were (no copy of what did not change).
    expect(controller.bind('partnerA.inRecovery').value).toBe(false);
  });

  it('clears a field’s error when it is changed, and only that one (plus what it says it answers)', async () => {
    const controller = form();
    await controller.submit();
    expect(Object.keys(controller.getSnapshot().errors)).toEqual(['displayName', 'partnerA.firstName']);
    controller.bind('displayName').onValueChange('Z');
    expect(controller.getSnapshot().errors).toEqual({ 'partnerA.firstName': 'Enter first name' });
    controller.bind('partnerA.inRecovery', { clears: ['partnerA.firstName'] }).onValueChange(true);
    expect(controller.getSnapshot().errors).toEqual({});
  });

  it('names a field by its contract path, its element apart when two forms share a screen', () => {
    const letterhead = createFormController<{ practiceName: string }, unknown>({
      initial: { practiceName: 'Example practice' },
      validate: () => ({ ok: false, errors: { 'letterhead.practiceName': 'Too long' } }),
      save: () => Promise.resolve(),
      pathPrefix: 'letterhead.',
      failureMessage: 'Not saved',
    });
    void letterhead.submit();
    expect(letterhead.bind('practiceName')).toMatchObject({
      name: 'letterhead.practiceName',
      value: 'Example practice',
      error: 'Too long',
    });
    const edit = form({ namePrefix: 'edit.' });
    expect(edit.bind('displayName').name).toBe('edit.displayName');
    expect(edit.bind('displayName', { name: 'coupleName' }).name).toBe('coupleName');
    expect(edit.bind('displayName', { path: 'couple.displayName' }).name).toBe('edit.couple.displayName');
  });

  it('applies a change its own way and derives what follows from the names', () => {
    const controller = form({
      derive: (values) => ({ ...values, displayName: values.displayName || values.partnerA.firstName }),
    });
    controller.bind('partnerA.firstName').onValueChange('Zoë');
    expect(controller.getSnapshot().values.displayName).toBe('Zoë');
    controller
      .bind('displayName', { set: (values, text) => ({ ...values, displayName: text.toUpperCase() }) })
      .onValueChange('zo & luk');
    expect(controller.getSnapshot().values.displayName).toBe('ZO & LUK');
  });

  it('binds one part of the values by the full paths (a partner’s fieldset)', () => {
    const controller = form();
    const partner = controller.scope('partnerA');
    const box = partner.bind('inRecovery');
    expect(box.name).toBe('partnerA.inRecovery');
    box.onValueChange(true);
    expect(controller.bind('partnerA.inRecovery').value).toBe(true);
  });

  it('finds a key that holds a dot whole before looking inside (`policy.daily`)', () => {
    const values = { intervalHours: '24', 'policy.daily': '7', nested: { 'a.b': 1, a: { b: 2 } } };
    expect(valueAt(values, 'policy.daily')).toBe('7');
    expect(valueAt(values, 'nested.a.b')).toBe(1);
    expect(valueAt(withValueAt(values, 'nested.a.b', 5), 'nested.a.b')).toBe(5);
    expect(withValueAt(values, 'policy.daily', '9')).toEqual({ ...values, 'policy.daily': '9' });
  });
});

describe('submit: the contract schema first, then the core', () => {
  it('refuses what the schema refuses, without saving, and counts the attempt', async () => {
    const save = vi.fn(() => Promise.resolve());
    const controller = form({ save });
    await controller.submit();
    expect(save).not.toHaveBeenCalled();
    expect(controller.getSnapshot()).toMatchObject({
      errors: { displayName: 'Enter a display name', 'partnerA.firstName': 'Enter first name' },
      formError: null,
      attempt: 1,
      saving: false,
    });
    // A deeper path (one substance) is shown at its field.
    controller.bind('partnerA.substances').onValueChange('alcohol,a-very-long-one');
    await controller.submit();
    expect(controller.getSnapshot().errors['partnerA.substances']).toBe('Keep each substance short');
    expect(controller.getSnapshot().attempt).toBe(2);
  });

  it('sends the parsed input, is busy while it saves, refuses a second submit meanwhile, and clears the errors after', async () => {
    let finish: () => void = () => undefined;
    const save = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const controller = form({ save });
    await controller.submit();
    fill(controller);
    const preventDefault = vi.fn();
    const first = controller.submit({ preventDefault });
    expect(preventDefault).toHaveBeenCalled();
    expect(controller.getSnapshot().saving).toBe(true);
    await controller.submit();
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith({
      displayName: 'Zoë & Łukasz',
      partnerA: { firstName: 'Zoë', inRecovery: false, substances: [] },
    });
    finish();
    await first;
    expect(controller.getSnapshot()).toMatchObject({ saving: false, errors: {}, formError: null });
  });

  it('keeps what was typed when the save fails', async () => {
    const controller = form({ save: () => Promise.reject(new Error('disk')) });
    fill(controller);
    await controller.submit();
    expect(controller.getSnapshot().values.displayName).toBe('Zoë & Łukasz');
    expect(controller.getSnapshot().formError).toBe('The couple could not be saved. Try again.');
  });
});

describe('the core’s validation errors, back on the fields', () => {
  const refused = (fields: Record<string, string>, message = 'Some fields need attention.') =>
    new ApiError({ code: 'validation', message, fields });

  it('places each path at the field that shows it, and what no field shows under the form', async () => {
    const controller = form({
      save: () =>
        Promise.reject(
          refused({
            'partnerA.substances.1': 'Too long',
            'partnerA.substances.2': 'Also too long',
            coupleId: 'Not a valid record id',
          }),
        ),
    });
    fill(controller);
    await controller.submit();
    expect(controller.getSnapshot()).toMatchObject({
      errors: { 'partnerA.substances': 'Too long', '': 'Not a valid record id' },
      formError: null,
      attempt: 1,
    });
    expect(controller.summary().items).toEqual([
      // A partner's field says whose it is.
      { path: 'partnerA.substances', message: 'Partner A: Too long' },
      { path: null, message: 'Not a valid record id' },
    ]);
  });

  it('shows a refusal without fields as the form’s message, titled as not saved', async () => {
    const controller = form({
      save: () =>
        Promise.reject(new ApiError({ code: 'not_saved', message: 'Not saved: the disk is full.' })),
      notSavedTitle: 'Not saved',
    });
    fill(controller);
    await controller.submit();
    expect(controller.summary()).toEqual({
      items: [{ path: null, message: 'Not saved: the disk is full.' }],
      attempt: 1,
      title: 'Not saved',
    });
  });

  it('can show that message at a field, or leave the failure to the form', async () => {
    const atField = form({
      save: () => Promise.reject(new ApiError({ code: 'internal', message: 'Try again later' })),
      formErrorAt: 'displayName',
    });
    fill(atField);
    await atField.submit();
    expect(atField.getSnapshot()).toMatchObject({
      errors: { displayName: 'Try again later' },
      formError: null,
    });

    const onFailure = vi.fn(() => true);
    const own = form({ save: () => Promise.reject(refused({ displayName: 'Taken' })), onFailure });
    fill(own);
    await own.submit();
    expect(onFailure).toHaveBeenCalledOnce();
    expect(own.getSnapshot()).toMatchObject({ errors: {}, formError: null, attempt: 0, saving: false });
  });

  it('names the first field in error in screen order, where focus goes in a form without a summary', async () => {
    const controller = form({ namePrefix: 'intake.', focus: 'field' });
    controller.bind('displayName').onValueChange('Z');
    await controller.submit();
    expect(controller.firstErrorName()).toBe('intake.partnerA.firstName');
    expect(controller.focusMode()).toBe('field');
  });
});

describe('values held outside the form', () => {
  it('reads them from the owner and hands each change back', () => {
    let owned: Values = blank;
    const onValuesChange = vi.fn((next: Values) => {
      owned = next;
    });
    const options: FormOptions<Values, Input> = {
      values: owned,
      onValuesChange,
      schema,
      draft: (values) => values,
      save: () => Promise.resolve(),
      failureMessage: 'Not saved',
    };
    const controller = createFormController(options);
    controller.bind('displayName').onValueChange('Zo');
    // A second change before the owner re-renders builds on the first.
    controller.bind('partnerA.firstName').onValueChange('Zoë');
    expect(owned).toMatchObject({ displayName: 'Zo', partnerA: { firstName: 'Zoë' } });
    // The owner renders again with its values, changed or not.
    controller.setOptions({ ...options, values: { ...owned, displayName: 'From the owner' } });
    expect(controller.bind('displayName').value).toBe('From the owner');
  });
});

function Intake() {
  const intake = useForm<Values, Input>({
    initial: { ...blank, displayName: 'Zoë & Łukasz' },
    schema,
    draft: (values) => values,
    save: () => Promise.resolve(),
    failureMessage: 'Not saved',
  });
  return createElement(TextField, { ...intake.bind('displayName'), label: 'Display name' });
}

describe('useForm', () => {
  it('draws a bound field with its name, ids and value', () => {
    const html = renderToStaticMarkup(createElement(Intake));
    expect(html).toContain('id="field-displayName"');
    expect(html).toContain('name="displayName"');
    expect(html).toContain('value="Zoë &amp; Łukasz"');
    expect(html).not.toContain('aria-invalid');
  });
});
