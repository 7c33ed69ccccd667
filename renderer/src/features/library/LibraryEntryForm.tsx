import { CheckboxField } from '@renderer/ui/CheckboxField';
import { ChecklistField } from '@renderer/ui/ChecklistField';
import { ErrorSummary } from '@renderer/ui/ErrorSummary';
import { FieldFrame } from '@renderer/ui/FieldFrame';
import { FieldMessages } from '@renderer/ui/FieldMessages';
import { FormSection } from '@renderer/ui/FormSection';
import { describedBy, fieldIds } from '@renderer/ui/fieldIds';
import { SaveOrDiscardActions } from '@renderer/ui/SaveOrDiscardActions';
import { SelectField } from '@renderer/ui/SelectField';
import { TextAreaField } from '@renderer/ui/TextAreaField';
import { TextField } from '@renderer/ui/TextField';
import { useFormSubmission } from '@renderer/ui/useFormSubmission';
import {
  frequencyPeriods,
  type LibraryEntryInput,
  libraryAreaLabels,
  libraryAreas,
  libraryWho,
} from '@shared/domain/library';
import { useState } from 'react';
import { periodLabels, STAGE_MAX, stageLabel, whoLabels } from './labels';
import {
  addLine,
  changeId,
  changeLine,
  changeName,
  type LibraryFormValues,
  type ListField,
  libraryErrorSummaryItems,
  moveLine,
  placeLibraryErrors,
  removeLine,
  validateLibraryForm,
} from './libraryForm';
import { OrderedListField } from './OrderedListField';

const AREA_ITEMS = libraryAreas.map((area) => ({ id: area, label: libraryAreaLabels[area] }));
const WHO_OPTIONS = libraryWho.map((who) => ({ value: who, label: whoLabels[who] }));
const PERIOD_OPTIONS = frequencyPeriods.map((per) => ({ value: per, label: periodLabels[per] }));
const STAGES = Array.from({ length: STAGE_MAX }, (_, index) => index + 1);

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
  const [values, setValues] = useState(initial);
  const dirty = JSON.stringify(values) !== JSON.stringify(initial);
  const { errors, formError, attempt, saving, submit, clearErrors } = useFormSubmission<LibraryEntryInput>({
    validate: () => {
      const { entry, errors: found } = validateLibraryForm(values);
      return Object.keys(found).length > 0 ? { ok: false, errors: found } : { ok: true, input: entry };
    },
    save: onSubmit,
    placeErrors: (fields) => placeLibraryErrors(fields, values),
    failureMessage: 'The entry could not be saved. Try again.',
  });

  function update(patch: Partial<LibraryFormValues>, ...paths: string[]) {
    setValues((current) => ({ ...current, ...patch }));
    clearErrors(...paths);
  }

  /** A line moved, vanished or appeared: errors placed by position no longer fit, so they go. */
  function reshape(field: ListField, next: (current: LibraryFormValues) => LibraryFormValues) {
    clearErrors(field, ...values[field].map((_, index) => `${field}.${index}`));
    setValues(next);
  }

  const listProps = (field: ListField) => ({
    name: field,
    lines: values[field],
    errors,
    onChangeLine: (index: number, text: string) => {
      setValues((current) => changeLine(current, field, index, text));
      clearErrors(`${field}.${index}`);
    },
    onAdd: () => reshape(field, (current) => addLine(current, field)),
    onRemove: (index: number) => reshape(field, (current) => removeLine(current, field, index)),
    onMove: (index: number, by: -1 | 1) => reshape(field, (current) => moveLine(current, field, index, by)),
  });

  const items = libraryErrorSummaryItems(errors, formError, values);
  const frequencyIds = fieldIds('frequency');
  const stageHint = values.involvesTouch
    ? 'Rungs 1 to 3 are holding hands, hugging and gentle touch; later rungs only with the consent of both.'
    : 'Tick “Involves touch” to place the exercise on the ladder.';

  return (
    <form className="form form--wide library-form" onSubmit={submit} noValidate aria-busy={saving}>
      <ErrorSummary
        items={items}
        attempt={attempt}
        title={formError && items.length === 1 ? 'Not saved' : 'There is a problem'}
      />

      <FormSection headingId="library-about-heading" heading="The exercise">
        <div className="library-form__panel">
          <div className="library-form__pair">
            <TextField
              name="name"
              label="Name"
              value={values.name}
              onValueChange={(name) => {
                setValues((current) => changeName(current, name));
                clearErrors('name', ...(values.idEdited ? [] : ['id']));
              }}
              error={errors.name}
              maxLength={120}
              autoComplete="off"
            />
            {mode === 'new' ? (
              <TextField
                name="id"
                label="Id"
                value={values.id}
                onValueChange={(id) => {
                  setValues((current) => changeId(current, id));
                  clearErrors('id');
                }}
                error={errors.id}
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
                {errors.id ? (
                  <p className="field__error">
                    <span className="visually-hidden">Error: </span>
                    {errors.id}
                  </p>
                ) : null}
              </div>
            )}
          </div>
          <ChecklistField
            name="areas"
            legend="Areas"
            items={AREA_ITEMS}
            value={values.areas}
            onValueChange={(areas) => update({ areas }, 'areas')}
            hint="The intimacy types and areas this exercise works on. Choose at least one."
            error={errors.areas}
          />
          <TextAreaField
            name="purpose"
            label="Purpose"
            value={values.purpose}
            onValueChange={(purpose) => update({ purpose }, 'purpose')}
            error={errors.purpose}
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
            name="who"
            label="Who does it"
            value={values.who}
            options={WHO_OPTIONS}
            onValueChange={(who) => update({ who }, 'who')}
            error={errors.who}
            hint="“Each partner on their own”: the plan says whether A, B or both do it."
          />
          <fieldset
            className={`library-frequency${errors.frequency ? ' field--invalid' : ''}`}
            aria-describedby={describedBy(frequencyIds, false, Boolean(errors.frequency))}
          >
            <legend className="field__label">Suggested frequency</legend>
            <div className="library-frequency__row">
              <TextField
                name="frequency"
                label="Times"
                value={values.times}
                onValueChange={(times) => update({ times }, 'frequency')}
                disabled={values.asNeeded}
                inputMode="numeric"
                className="input--short"
                invalid={Boolean(errors.frequency)}
                autoComplete="off"
              />
              <SelectField
                name="frequencyPer"
                label="Per"
                value={values.per}
                options={PERIOD_OPTIONS}
                onValueChange={(per) => update({ per }, 'frequency')}
              />
            </div>
            <CheckboxField
              name="asNeeded"
              label="As needed, with no fixed rhythm"
              value={values.asNeeded}
              onValueChange={(asNeeded) => update({ asNeeded }, 'frequency')}
            />
            <FieldMessages
              error={errors.frequency}
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
                name="involvesTouch"
                label="Involves touch"
                value={values.involvesTouch}
                onValueChange={(involvesTouch) =>
                  update({ involvesTouch }, 'involvesTouch', 'stage', 'contraindications')
                }
                error={errors.involvesTouch}
                hint="Never proposed while a safety concern is open."
              />
              <CheckboxField
                name="conjoint"
                label="Both partners together (at home or in session)"
                value={values.conjoint}
                onValueChange={(conjoint) => update({ conjoint }, 'conjoint')}
                error={errors.conjoint}
              />
              <CheckboxField
                name="involvesConflict"
                label="Works through conflict or past hurts"
                value={values.involvesConflict}
                onValueChange={(involvesConflict) => update({ involvesConflict }, 'involvesConflict')}
                error={errors.involvesConflict}
                hint="Never proposed while a safety concern is open."
              />
              <CheckboxField
                name="alcoholSetting"
                label="Usually takes place where alcohol is served"
                value={values.alcoholSetting}
                onValueChange={(alcoholSetting) => update({ alcoholSetting }, 'alcoholSetting')}
                error={errors.alcoholSetting}
              />
            </div>
            <FieldFrame name="stage" label="Rung on the touch ladder" hint={stageHint} error={errors.stage}>
              {(control) => (
                <select
                  {...control}
                  value={values.stage}
                  onChange={(event) => update({ stage: event.target.value }, 'stage')}
                  disabled={!values.involvesTouch}
                  className={`input select${errors.stage ? ' input--invalid' : ''}`}
                >
                  <option value="">Not on the ladder</option>
                  {STAGES.map((stage) => (
                    <option key={stage} value={String(stage)}>
                      {stageLabel(stage)}
                    </option>
                  ))}
                </select>
              )}
            </FieldFrame>
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

      <SaveOrDiscardActions submitLabel={submitLabel} saving={saving} dirty={dirty} onCancel={onCancel} />
    </form>
  );
}
