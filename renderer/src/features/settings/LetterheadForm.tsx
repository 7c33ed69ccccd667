import { invoke } from '@renderer/api/client';
import { ErrorSummary } from '@renderer/ui/ErrorSummary';
import { SaveWithStatus } from '@renderer/ui/SaveWithStatus';
import { TextAreaField } from '@renderer/ui/TextAreaField';
import { TextField } from '@renderer/ui/TextField';
import { useForm } from '@renderer/ui/useForm';
import type { Letterhead } from '@shared/contract/settings';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  LETTERHEAD_FIELD_ORDER,
  type LetterheadField,
  type LetterheadFormValues,
  letterheadFormValues,
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
  const [initial] = useState(() => letterheadFormValues(letterhead));
  const [saved, setSaved] = useState('');
  const form = useForm<LetterheadFormValues, Letterhead>({
    initial,
    validate: validateLetterhead,
    save: async (input) => {
      const preferences = await invoke('settings:update', { letterhead: input });
      queryClient.setQueryData(settingsQuery.queryKey, preferences);
      form.setValues(letterheadFormValues(preferences.letterhead));
      setSaved('Letterhead saved. It appears on every document from now on.');
    },
    onChange: () => setSaved(''),
    // The fields are the core's paths: the values are the `letterhead` of `settings:update`.
    pathPrefix: 'letterhead.',
    fields: LETTERHEAD_FIELD_ORDER,
    failureMessage: 'The letterhead could not be saved. What you typed is kept: try again.',
  });

  const field = (name: Exclude<LetterheadField, 'address'>, extra: { autoComplete?: string } = {}) => (
    <TextField
      {...form.bind(name)}
      label={LABELS[name]}
      optional
      hint={HINTS[name]}
      autoComplete={extra.autoComplete ?? 'off'}
    />
  );

  return (
    <form className="form" onSubmit={form.submit} noValidate aria-busy={form.saving}>
      <ErrorSummary {...form.summary()} />
      {field('practiceName', { autoComplete: 'organization' })}
      <TextAreaField
        {...form.bind('address')}
        label="Address"
        optional
        rows={3}
        hint="Printed line by line, as you type it."
        autoComplete="street-address"
      />
      {field('phone', { autoComplete: 'tel' })}
      {field('clinicianName', { autoComplete: 'name' })}
      <div className="field-grid">
        {field('credentials')}
        {field('licenceNumber')}
      </div>
      <SaveWithStatus label="Save letterhead" saving={form.saving} status={saved} />
    </form>
  );
}
