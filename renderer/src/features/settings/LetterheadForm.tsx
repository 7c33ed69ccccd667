import { invoke } from '@renderer/api/client';
import { ErrorSummary } from '@renderer/ui/ErrorSummary';
import { errorSummaryItems } from '@renderer/ui/errorSummaryItems';
import { SaveWithStatus } from '@renderer/ui/SaveWithStatus';
import { TextAreaField } from '@renderer/ui/TextAreaField';
import { TextField } from '@renderer/ui/TextField';
import { useFormSubmission } from '@renderer/ui/useFormSubmission';
import type { Letterhead } from '@shared/contract/settings';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  LETTERHEAD_FIELD_ORDER,
  type LetterheadField,
  type LetterheadFormValues,
  letterheadFormValues,
  letterheadPath,
  placeLetterheadErrors,
  validateLetterhead,
} from './letterheadValues';
import { settingsQuery } from './queries';

const LABELS: Record<Exclude<LetterheadField, 'address'>, string> = {
  practiceName: 'Practice name',
  phone: 'Phone',
  clinicianName: 'Clinician name',
  credentials: 'Credentials',
  licenceNumber: 'License number',
};

const HINTS: Partial<Record<LetterheadField, string>> = {
  clinicianName: 'As it should appear on reports, for example “Dr. Robin Example”.',
  credentials: 'For example “PhD, LMFT”.',
};

/** The practice's letterhead, printed at the top of every document Rekindle makes. */
export function LetterheadForm({ letterhead }: { letterhead: Letterhead }) {
  const queryClient = useQueryClient();
  const [values, setValues] = useState(() => letterheadFormValues(letterhead));
  const [saved, setSaved] = useState('');
  const { errors, formError, attempt, saving, submit, clearErrors } = useFormSubmission<Letterhead>({
    validate: () => validateLetterhead(values),
    save: async (input) => {
      const preferences = await invoke('settings:update', { letterhead: input });
      queryClient.setQueryData(settingsQuery.queryKey, preferences);
      setValues(letterheadFormValues(preferences.letterhead));
      setSaved('Letterhead saved. It appears on every document from now on.');
    },
    placeErrors: placeLetterheadErrors,
    failureMessage: 'The letterhead could not be saved. What you typed is kept: try again.',
  });

  function change(field: LetterheadField, text: string) {
    setValues((current: LetterheadFormValues) => ({ ...current, [field]: text }));
    clearErrors(letterheadPath(field));
    setSaved('');
  }

  const field = (name: Exclude<LetterheadField, 'address'>, extra: { autoComplete?: string } = {}) => (
    <TextField
      name={letterheadPath(name)}
      label={LABELS[name]}
      optional
      hint={HINTS[name]}
      value={values[name]}
      error={errors[letterheadPath(name)]}
      onValueChange={(text) => change(name, text)}
      autoComplete={extra.autoComplete ?? 'off'}
    />
  );

  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={saving}>
      <ErrorSummary items={errorSummaryItems(errors, formError, LETTERHEAD_FIELD_ORDER)} attempt={attempt} />
      {field('practiceName', { autoComplete: 'organization' })}
      <TextAreaField
        name={letterheadPath('address')}
        label="Address"
        optional
        rows={3}
        hint="Printed line by line, as you type it."
        value={values.address}
        error={errors[letterheadPath('address')]}
        onValueChange={(text) => change('address', text)}
        autoComplete="street-address"
      />
      {field('phone', { autoComplete: 'tel' })}
      {field('clinicianName', { autoComplete: 'name' })}
      <div className="field-grid">
        {field('credentials')}
        {field('licenceNumber')}
      </div>
      <SaveWithStatus label="Save letterhead" saving={saving} status={saved} />
    </form>
  );
}
