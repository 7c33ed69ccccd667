import { CheckboxField } from '@renderer/ui/CheckboxField';
import { ChecklistField } from '@renderer/ui/ChecklistField';
import { ErrorSummary } from '@renderer/ui/ErrorSummary';
import { FieldMessages } from '@renderer/ui/FieldMessages';
import { FormSection } from '@renderer/ui/FormSection';
import { describedBy, fieldIds } from '@renderer/ui/fieldIds';
import { SaveOrDiscardActions } from '@renderer/ui/SaveOrDiscardActions';
import { SelectField } from '@renderer/ui/SelectField';
import { TextAreaField } from '@renderer/ui/TextAreaField';
import { TextField } from '@renderer/ui/TextField';
import { useForm } from '@renderer/ui/useForm';
import {
  frequencyPeriods,
  type LibraryEntryInput,
  libraryAreaLabels,
  libraryAreas,
  libraryWho,
} from '@shared/domain/library';
import { periodLabels, STAGE_MAX, stageLabel, whoLabels } from './labels';
import {
  addLine,
  changeId,
  changeLine,
  changeName,
  type LibraryFormValues,
  type ListField,
  libraryErrorSummaryItems,
  libraryFieldOrder,
  moveLine,
  placeLibraryErrors,
  removeLine,
  validateLibraryForm,
} from './libraryForm';
import { OrderedListField } from './OrderedListField';

const AREA_ITEMS = libraryAreas.map((area) => ({ id: area, label: libraryAreaLabels[area] }));
const WHO_OPTIONS = libraryWho.map((who) => ({ value: who, label: whoLabels[who] }));
const PERIOD_OPTIONS = frequencyPeriods.map((per) => ({ value: per, label: periodLabels[per] }));
const STAGE_OPTIONS = [
  { value: '', label: 'Not on the ladder' },
  ...Array.from({ length: STAGE_MAX }, (_, index) => ({
    value: String(index + 1),
    label: stageLabel(index + 1),
  })),
];

/**
 * The library entry form, for adding and editing. Validates with the library's own schema
 * on submit, shows the core's field errors (`entry.id`) the same way, and keeps every
 * keystroke through errors. Canceling with changes asks first.
 */
export function LibraryEntryForm({
  initial,
  mode,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: LibraryFormValues;
  /** A new entry chooses its id; an existing one keeps it (plans refer to entries by id). */
  mode: 'new' | 'edit';
  submitLabel: string;
  /** Saves; rejects with an ApiError whose fields are shown next to the form's fields. */
  onSubmit(entry: LibraryEntryInput): Promise<unknown>;
  onCancel(): void;
}) {
  const form = useForm<LibraryFormValues, LibraryEntryInput>({
    initial,
    validate: (values) => {
      const { entry, errors } = validateLibraryForm(values);
      return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, input: entry };
    },
    save: onSubmit,
    fields: libraryFieldOrder,
    placeErrors: placeLibraryErrors,
    summaryItems: libraryErrorSummaryItems,
    failureMessage: 'The entry could not be saved. Try again.',
    notSavedTitle: 'Not saved',
  });
  const { values } = form;
  const dirty = JSON.stringify(values) !== JSON.stringify(initial);

  /** A line moved, vanished or appeared: errors placed by position no longer fit, so they go. */
  function reshape(field: ListField, next: (current: LibraryFormValues) => LibraryFormValues) {
    form.clearErrors(field, ...values[field].map((_, index) => `${field}.${index}`));
    form.setValues(next);
  }

  const listProps = (field: ListField) => ({
    name: field,
    lines: values[field],
    errors: form.errors,
    onChangeLine: (index: number, text: string) => {
      form.setValues((current) => changeLine(current, field, index, text));
      form.clearErrors(`${field}.${index}`);
    },
    onAdd: () => reshape(field, (current) => addLine(current, field)),
    onRemove: (index: number) => reshape(field, (current) => removeLine(current, field, index)),
    onMove: (index: number, by: -1 | 1) => reshape(field, (current) => moveLine(current, field, index, by)),
  });

  const frequencyIds = fieldIds('frequency');
  const frequencyError = form.error('frequency');
  // The times field is marked invalid; the frequency's message is shown once, under the group.
  const { error: _shownBelow, ...times } = form.bind('times', { path: 'frequency' });
  const stageHint = values.involvesTouch
    ? 'Rungs 1 to 3 are holding hands, hugging and gentle touch; later rungs only with the consent of both.'
    : 'Tick “Involves touch” to place the exercise on the ladder.';

  return (
    <form className="form form--wide library-form" onSubmit={form.submit} noValidate aria-busy={form.saving}>
      <ErrorSummary {...form.summary()} />

      <FormSection headingId="library-about-heading" heading="The exercise">
        <div className="library-form__panel">
          <div className="library-form__pair">
            <TextField
              {...form.bind('name', { set: changeName, clears: values.idEdited ? [] : ['id'] })}
              label="Name"
              maxLength={120}
              autoComplete="off"
            />
            {mode === 'new' ? (
              <TextField
                {...form.bind('id', { set: changeId })}
                label="Id"
                hint={
                  values.idEdited
                    ? 'Lower-case letters, digits and hyphens. Plans refer to the entry by its id, so it cannot change once saved.'
                    : 'Made from the name until you change it. It cannot change once saved.'
                }
                className="input--mono"
                maxLength={80}
                autoComplete="off"
                spellCheck={false}
              />
            ) : (
              <div className="field">
                <span className="field__label">Id</span>
                <p className="library-form__fixed-id">
                  <code>{values.id}</code>
                </p>
                <p className="field__hint">Plans refer to the entry by its id, so it cannot be changed.</p>
                {form.error('id') ? (
                  <p className="field__error">
                    <span className="visually-hidden">Error: </span>
                    {form.error('id')}
                  </p>
                ) : null}
              </div>
            )}
          </div>
          <ChecklistField
            {...form.bind('areas')}
            legend="Areas"
            items={AREA_ITEMS}
            hint="The intimacy types and areas this exercise works on. Choose at least one."
          />
          <TextAreaField
            {...form.bind('purpose')}
            label="Purpose"
            hint="What the exercise is for, in a sentence or two."
            rows={3}
            maxLength={600}
          />
        </div>
      </FormSection>

      <FormSection headingId="library-steps-heading" heading="Steps for the couple">
        <div className="library-form__panel">
          <OrderedListField
            {...listProps('steps')}
            legend="Steps"
            hint="Plain words, written to the couple (“you”), in the order they do them. At least two."
            itemLabel="Step"
            addLabel="Add a step"
            maxLength={600}
          />
        </div>
      </FormSection>

      <FormSection headingId="library-who-heading" heading="Who and how often">
        <div className="library-form__panel library-form__pair">
          <SelectField
            {...form.bind('who')}
            label="Who does it"
            options={WHO_OPTIONS}
            hint="“Each partner on their own”: the plan says whether A, B or both do it."
          />
          <fieldset
            className={`library-frequency${frequencyError ? ' field--invalid' : ''}`}
            aria-describedby={describedBy(frequencyIds, false, Boolean(frequencyError))}
          >
            <legend className="field__label">Suggested frequency</legend>
            <div className="library-frequency__row">
              <TextField
                {...times}
                label="Times"
                disabled={values.asNeeded}
                inputMode="numeric"
                className="input--short"
                invalid={Boolean(frequencyError)}
                autoComplete="off"
              />
              <SelectField
                {...form.bind('per', { name: 'frequencyPer', clears: ['frequency'] })}
                label="Per"
                options={PERIOD_OPTIONS}
              />
            </div>
            <CheckboxField
              {...form.bind('asNeeded', { clears: ['frequency'] })}
              label="As needed, with no fixed rhythm"
            />
            <FieldMessages
              error={frequencyError}
              errorId={frequencyIds.errorId}
              hintId={frequencyIds.hintId}
            />
          </fieldset>
        </div>
      </FormSection>

      <FormSection headingId="library-safety-heading" heading="Touch, conflict and safety">
        <div className="library-form__panel">
          <div className="library-form__pair">
            <div className="library-form__checks">
              <CheckboxField
                {...form.bind('involvesTouch', { clears: ['stage', 'contraindications'] })}
                label="Involves touch"
                hint="Never proposed while a safety concern is open."
              />
              <CheckboxField
                {...form.bind('conjoint')}
                label="Both partners together (at home or in session)"
              />
              <CheckboxField
                {...form.bind('involvesConflict')}
                label="Works through conflict or past hurts"
                hint="Never proposed while a safety concern is open."
              />
              <CheckboxField
                {...form.bind('alcoholSetting')}
                label="Usually takes place where alcohol is served"
              />
            </div>
            <SelectField
              {...form.bind('stage')}
              label="Rung on the touch ladder"
              options={STAGE_OPTIONS}
              disabled={!values.involvesTouch}
              hint={stageHint}
            />
          </div>
          <OrderedListField
            {...listProps('contraindications')}
            legend="Contraindications"
            hint={
              values.involvesTouch
                ? 'When not to use it. A touch exercise needs a line saying it needs the consent of both partners, and one saying it is not used where safety is in doubt (violence or fear).'
                : 'When not to use it, or when to stop.'
            }
            itemLabel="Contraindication"
            addLabel="Add a contraindication"
            maxLength={400}
          />
        </div>
      </FormSection>

      <SaveOrDiscardActions
        submitLabel={submitLabel}
        saving={form.saving}
        dirty={dirty}
        onCancel={onCancel}
      />
    </form>
  );
}
