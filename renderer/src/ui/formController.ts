import { isApiError } from '@renderer/api/errors';
import { type FieldIssue, issuesToFieldErrors } from '@shared/contract/field-issues';
import type { SummaryItem } from './ErrorSummary';
import { errorSummaryItems } from './errorSummaryItems';
import { type FieldErrors, placeFieldErrors, withoutError } from './fieldErrors';

/**
 * The state and rules of one form, without React: what was typed, the errors by field, the
 * submit cycle, and `bind(path)` for each field. `useForm` (ui/useForm.ts) holds one per
 * form and re-renders on each change; tests drive it directly.
 */

type Leaf = string | number | boolean | null | undefined | readonly unknown[];

/** Every dotted path into the form's values (`partnerA.firstName`, `checkIn.A.trust`). */
export type FieldPath<T> = T extends Leaf
  ? never
  : {
      [K in keyof T & string]: T[K] extends Leaf ? K : K | `${K}.${FieldPath<T[K]>}`;
    }[keyof T & string];

/** The value at a dotted path; a key that itself holds a dot (`policy.daily`) is found whole first. */
export type FieldValue<T, P extends string> = P extends keyof T
  ? T[P]
  : P extends `${infer K}.${infer Rest}`
    ? K extends keyof T
      ? FieldValue<T[K], Rest>
      : never
    : never;

/** What `bind(path)` hands a field component: spread it, then add the label and the rest. */
export interface FieldBinding<V> {
  name: string;
  value: V;
  onValueChange(value: V): void;
  error: string | undefined;
}

export interface BindOptions<Values, V> {
  /** The field's contract path when it is not where the value is kept (`relationship.children`). */
  path?: string;
  /** The element's name (and so its ids) when not the path: two forms on one screen. */
  name?: string;
  /** Applies the change some other way than setting the value (a display name that follows the partners). */
  set?(values: Values, value: V): Values;
  /** Further errors the change answers (a choice that other fields depend on). */
  clears?: readonly string[];
}

/**
 * Binds the fields of one part of the values (a partner), naming each by its full path; the
 * paths it is given (and their `path` and `clears`) are the part's own (`ratings.trust`). A
 * part's fieldset takes one: `fields={form.scope('partnerA')}`, or `form.part()`.
 */
export interface FieldBinder<V> {
  /** What this part holds now. */
  readonly values: V;
  bind<P extends FieldPath<V>>(
    path: P,
    options?: BindOptions<V, FieldValue<V, P>>,
  ): FieldBinding<FieldValue<V, P>>;
  /** The error shown at a path inside this part. */
  error(path: string): string | undefined;
}

export type Checked<Input> = { ok: true; input: Input } | { ok: false; errors: FieldErrors };

/** What a contract schema offers: zod's `safeParse`, typed loosely so any schema fits. */
export interface SafeParser<Output> {
  safeParse(
    data: unknown,
  ): { success: true; data: Output } | { success: false; error: { issues: readonly FieldIssue[] } };
}

interface Checks<Values, Input> {
  /** Checks what the form holds: the input to send, or the errors by field (as shown). */
  validate?(values: Values): Checked<Input>;
  /** Or: the contract schema the draft must pass; its issues are placed on the form's fields. */
  schema?: SafeParser<Input>;
  /** What the form would send, for `schema`. */
  draft?(values: Values): unknown;
}

export interface FormOptions<Values, Input> extends Checks<Values, Input> {
  /** The values the form starts from; it holds them from then on. */
  initial?: Values;
  /**
   * Values held outside the form (a dialog whose choices outlive it): the form reads `values`
   * and hands every change to `onValuesChange`.
   */
  values?: Values;
  onValuesChange?(values: Values): void;
  /** Applied after every change (keeps a suggested name in step with the names it is made from). */
  derive?(values: Values): Values;
  /** Told of every change to the values (a "Saved." status that no longer applies goes). */
  onChange?(values: Values): void;
  /** Sends the input; a rejection with field errors shows them at the form's fields. */
  save(input: Input): Promise<unknown>;
  /**
   * The form's fields in screen order, as contract paths: the core's paths are placed on them
   * (`partnerA.substances.2` at `partnerA.substances`) and the error summary follows them.
   */
  fields?: readonly string[] | ((values: Values) => readonly string[]);
  /** Places the core's field errors some other way than on `fields`. */
  placeErrors?(fields: Readonly<Record<string, string>>, values: Values): FieldErrors;
  /** Shown when the save fails without field errors and without a message of its own. */
  failureMessage: string;
  /** A failure without field errors is shown at this field instead of above the form. */
  formErrorAt?: string;
  /** Sees every failed save first; true when the form has shown it its own way (an unlock notice). */
  onFailure?(error: unknown): boolean;
  /**
   * What takes focus when a submit is refused: the error summary (it focuses itself on each
   * attempt), the first field in error, or nothing.
   */
  focus?: 'summary' | 'field' | 'none';
  /** Prefixed to every bound path: the values are one part of the contract input (`letterhead.`). */
  pathPrefix?: string;
  /** Prefixed to every element name only, so two forms on one screen keep their ids apart (`edit.`). */
  namePrefix?: string;
  /** The summary's title when the only problem is the failed save ("Not saved"). */
  notSavedTitle?: string;
  /** The summary's lines, when not one per field in `fields` order. */
  summaryItems?(errors: FieldErrors, formError: string | null, values: Values): SummaryItem[];
}

/** How a submit ended, for a caller that saves by itself (autosave): `error` is null when nothing was sent. */
export type SubmitOutcome = { saved: true } | { saved: false; error: unknown };

export interface FormState<Values> {
  values: Values;
  errors: FieldErrors;
  formError: string | null;
  /** Counts refused submits, so the error summary takes focus again each time. */
  attempt: number;
  saving: boolean;
}

function ownKey(value: unknown, key: string): boolean {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key);
}

/** The value at a dotted path, a key holding a dot taken whole first. */
export function valueAt(values: unknown, path: string): unknown {
  if (ownKey(values, path)) return (values as Record<string, unknown>)[path];
  const dot = path.indexOf('.');
  if (dot < 0) return undefined;
  const head = path.slice(0, dot);
  return ownKey(values, head)
    ? valueAt((values as Record<string, unknown>)[head], path.slice(dot + 1))
    : undefined;
}

/** A copy of `values` with the value at a dotted path replaced; the other parts are shared. */
export function withValueAt<T>(values: T, path: string, value: unknown): T {
  const record = values as Record<string, unknown>;
  const dot = path.indexOf('.');
  if (ownKey(values, path) || dot < 0) return { ...record, [path]: value } as T;
  const head = path.slice(0, dot);
  return { ...record, [head]: withValueAt(record[head], path.slice(dot + 1), value) } as T;
}

// biome-ignore lint/complexity/noExcessiveLinesPerFunction: one controller: bind, scope, part and submit share its state by closure, which is the point of it
export function createFormController<Values, Input>(initialOptions: FormOptions<Values, Input>) {
  let options = initialOptions;
  const listeners = new Set<() => void>();
  let state: FormState<Values> = {
    values: (options.values ?? options.initial) as Values,
    errors: {},
    formError: null,
    attempt: 0,
    saving: false,
  };

  const controlled = () => options.onValuesChange !== undefined;
  const currentValues = (): Values => (controlled() ? (options.values as Values) : state.values);

  function update(patch: Partial<FormState<Values>>): void {
    state = { ...state, ...patch };
    for (const listener of [...listeners]) listener();
  }

  function fieldOrder(values: Values): readonly string[] | null {
    const { fields } = options;
    if (fields === undefined) return null;
    return typeof fields === 'function' ? fields(values) : fields;
  }

  function place(raw: Readonly<Record<string, string>>, values: Values): FieldErrors {
    if (options.placeErrors) return options.placeErrors(raw, values);
    const order = fieldOrder(values);
    return order ? placeFieldErrors(raw, order) : { ...raw };
  }

  function check(values: Values): Checked<Input> {
    if (options.validate) return options.validate(values);
    if (!options.schema || !options.draft) throw new Error('A form needs validate, or schema and draft');
    const parsed = options.schema.safeParse(options.draft(values));
    if (parsed.success) return { ok: true, input: parsed.data };
    const prefix = options.pathPrefix ?? '';
    const issues = parsed.error.issues.map((issue) => ({
      ...issue,
      path: prefix ? [...prefix.slice(0, -1).split('.'), ...issue.path] : issue.path,
    }));
    return { ok: false, errors: place(issuesToFieldErrors(issues), values) };
  }

  /** Replaces what the form holds (a function gets the latest values, as React's setters do). */
  function setValues(next: Values | ((current: Values) => Values)): void {
    const current = currentValues();
    const computed = typeof next === 'function' ? (next as (current: Values) => Values)(current) : next;
    const values = options.derive ? options.derive(computed) : computed;
    if (controlled()) {
      // The owner re-renders with them; kept here too so a second change before then builds on this one.
      options = { ...options, values };
      options.onValuesChange?.(values);
    } else update({ values });
    options.onChange?.(values);
  }

  function clearErrors(...paths: string[]): void {
    const errors = paths.reduce(withoutError, state.errors);
    if (errors !== state.errors) update({ errors });
  }

  /** Applies several changes at once and clears the errors they answer. */
  function change(patch: Partial<Values>, ...paths: string[]): void {
    setValues((current) => ({ ...current, ...patch }));
    clearErrors(...paths);
  }

  const fieldPath = (path: string) => `${options.pathPrefix ?? ''}${path}`;
  // The names fields were bound with, by contract path: focus finds a renamed field by them.
  const boundNames = new Map<string, string>();
  const nameOf = (path: string) => boundNames.get(path) ?? `${options.namePrefix ?? ''}${path}`;

  function bind<P extends FieldPath<Values>>(
    path: P,
    bindOptions: BindOptions<Values, FieldValue<Values, P>> = {},
  ): FieldBinding<FieldValue<Values, P>> {
    const errorPath = bindOptions.path ?? fieldPath(path);
    if (bindOptions.name !== undefined) boundNames.set(errorPath, bindOptions.name);
    return {
      name: nameOf(errorPath),
      value: valueAt(currentValues(), path) as FieldValue<Values, P>,
      onValueChange: (value) => {
        const { set } = bindOptions;
        setValues((current) => (set ? set(current, value) : withValueAt(current, path, value)));
        clearErrors(errorPath, ...(bindOptions.clears ?? []));
      },
      error: state.errors[errorPath],
    };
  }

  /** Binds the fields of the part of the values at `base` (one partner), by their full paths. */
  function scope<P extends FieldPath<Values>>(base: P): FieldBinder<FieldValue<Values, P>> {
    type V = FieldValue<Values, P>;
    // A part names its paths from itself (`ratings.trust`); the form knows them whole.
    const full = (path: string) => fieldPath(`${base}.${path}`);
    return {
      values: valueAt(currentValues(), base) as V,
      bind: <Q extends FieldPath<V>>(
        path: Q,
        { path: errorPath, clears, name, set }: BindOptions<V, FieldValue<V, Q>> = {},
      ) =>
        bind(`${base}.${path}` as FieldPath<Values>, {
          ...(errorPath === undefined ? {} : { path: full(errorPath) }),
          ...(clears === undefined ? {} : { clears: clears.map(full) }),
          ...(name === undefined ? {} : { name }),
          ...(set === undefined
            ? {}
            : {
                set: (values: Values, value: unknown) =>
                  withValueAt(values, base, set(valueAt(values, base) as V, value as FieldValue<V, Q>)),
              }),
        }) as unknown as FieldBinding<FieldValue<V, Q>>,
      error: (path) => state.errors[full(path)],
    };
  }

  /**
   * The whole form seen as a binder of `Part`, for a fieldset shared by forms that hold more
   * (a session's date and place, in a booking and in a recorded session). It compiles only
   * when the values include `Part`.
   */
  function part<Part>(..._check: Values extends Part ? [] : [never]): FieldBinder<Part> {
    const binder: FieldBinder<Values> = {
      values: currentValues(),
      bind: (path, bindOptions = {}) => {
        const { set } = bindOptions;
        // A part's own change keeps what the rest of the form holds.
        return bind(
          path,
          set
            ? { ...bindOptions, set: (values, value) => ({ ...values, ...set(values, value) }) }
            : bindOptions,
        );
      },
      error,
    };
    return binder as unknown as FieldBinder<Part>;
  }

  /** The error shown at a path of the values. */
  function error(path: string): string | undefined {
    return state.errors[fieldPath(path)];
  }

  /** The name and error of a field drawn by hand (a grid cell, a list), by its contract path. */
  function field(path: string): { name: string; error: string | undefined } {
    return { name: nameOf(path), error: state.errors[path] };
  }

  function refuse(errors: FieldErrors, formError: string | null): void {
    update({ errors, formError, attempt: state.attempt + 1 });
  }

  function failed(error: unknown, values: Values): void {
    if (options.onFailure?.(error)) return;
    const fields = isApiError(error) ? error.fields : {};
    const message = isApiError(error) ? error.message : options.failureMessage;
    if (Object.keys(fields).length > 0) refuse(place(fields, values), null);
    else if (options.formErrorAt) refuse({ [options.formErrorAt]: message }, null);
    else refuse({}, message);
  }

  /**
   * The submit cycle every form shares: check locally, save, show the core's field errors the
   * same way as local ones, count refusals so focus moves again, and never submit twice at
   * once. What was typed is never touched here.
   */
  async function submit(event?: { preventDefault(): void }): Promise<SubmitOutcome> {
    event?.preventDefault();
    if (state.saving) return { saved: false, error: null };
    if (state.formError !== null) update({ formError: null });
    const values = currentValues();
    const checked = check(values);
    if (!checked.ok) {
      refuse(checked.errors, null);
      return { saved: false, error: null };
    }
    update({ saving: true });
    try {
      await options.save(checked.input);
      // Saved: the last failure's field errors (the core's among them) no longer apply.
      update({ errors: {}, saving: false });
      return { saved: true };
    } catch (error) {
      update({ saving: false });
      failed(error, values);
      return { saved: false, error };
    }
  }

  /** The name of the first field in error, in screen order: where focus goes after a refusal. */
  function firstErrorName(): string | null {
    const order = fieldOrder(currentValues()) ?? Object.keys(state.errors).filter(Boolean);
    const path = order.find((candidate) => state.errors[candidate]);
    return path === undefined ? null : nameOf(path);
  }

  /** What `<ErrorSummary {...form.summary()} />` shows: the problems in screen order. */
  function summary(): { items: SummaryItem[]; attempt: number; title?: string } {
    const values = currentValues();
    const items = options.summaryItems
      ? options.summaryItems(state.errors, state.formError, values)
      : errorSummaryItems(
          state.errors,
          state.formError,
          fieldOrder(values) ?? Object.keys(state.errors).filter(Boolean),
        );
    const notSaved = options.notSavedTitle && state.formError !== null && items.length === 1;
    return { items, attempt: state.attempt, ...(notSaved ? { title: options.notSavedTitle } : {}) };
  }

  return {
    /** The latest options (their closures read the latest props and state); called on each render. */
    setOptions(next: FormOptions<Values, Input>): void {
      options = next;
    },
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: (): FormState<Values> => state,
    values: currentValues,
    setValues,
    change,
    clearErrors,
    bind,
    scope,
    part,
    error,
    field,
    submit,
    summary,
    firstErrorName,
    focusMode: () => options.focus ?? 'summary',
  };
}

export type FormController<Values, Input> = ReturnType<typeof createFormController<Values, Input>>;
