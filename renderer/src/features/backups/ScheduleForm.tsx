import { invoke } from '@renderer/api/client';
import { ErrorSummary } from '@renderer/ui/ErrorSummary';
import { errorSummaryItems } from '@renderer/ui/errorSummaryItems';
import { SaveWithStatus } from '@renderer/ui/SaveWithStatus';
import { TextField } from '@renderer/ui/TextField';
import { useFormSubmission } from '@renderer/ui/useFormSubmission';
import type { BackupStatus } from '@shared/contract/backups';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  intervalText,
  placeScheduleErrors,
  SCHEDULE_FIELD_ORDER,
  type ScheduleField,
  type ScheduleInput,
  scheduleFormValues,
  validateSchedule,
} from './backupValues';
import { backupsStatusQuery } from './queries';

/** How often to back up on lock and quit, and how many backups the folder keeps. */
export function ScheduleForm({ status }: { status: BackupStatus }) {
  const queryClient = useQueryClient();
  const [values, setValues] = useState(() => scheduleFormValues(status));
  const [saved, setSaved] = useState('');
  const form = useFormSubmission<ScheduleInput>({
    validate: () => validateSchedule(values),
    save: async (input) => {
      const next = await invoke('backups:configure', input);
      queryClient.setQueryData(backupsStatusQuery.queryKey, next);
      setValues(scheduleFormValues(next));
      setSaved(
        `Saved. Rekindle backs up on lock and quit at most ${intervalText(next.intervalHours)}, and keeps ${next.policy.daily} daily and ${next.policy.weekly} weekly backups.`,
      );
    },
    placeErrors: placeScheduleErrors,
    failureMessage: 'The schedule could not be saved. What you typed is kept: try again.',
  });
  const { errors, formError, attempt, saving, submit, clearErrors } = form;

  function change(field: ScheduleField, text: string) {
    setValues((current) => ({ ...current, [field]: text }));
    clearErrors(field);
    setSaved('');
  }

  const numberField = (field: ScheduleField, label: string, hint: string) => (
    <TextField
      name={field}
      label={label}
      hint={hint}
      value={values[field]}
      error={errors[field]}
      onValueChange={(text) => change(field, text)}
      inputMode="numeric"
      className="input--short"
      autoComplete="off"
    />
  );

  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={saving}>
      <ErrorSummary items={errorSummaryItems(errors, formError, SCHEDULE_FIELD_ORDER)} attempt={attempt} />
      {numberField(
        'intervalHours',
        'Back up on lock and quit at most every (hours)',
        'From 1 to 168 hours (a week). 24 means at most one automatic backup a day.',
      )}
      <div className="field-grid">
        {numberField('policy.daily', 'Daily backups to keep', 'From 1 to 60: the newest backup of each day.')}
        {numberField(
          'policy.weekly',
          'Weekly backups to keep',
          'From 0 to 52: the newest backup of each week.',
        )}
      </div>
      <SaveWithStatus label="Save schedule" saving={saving} status={saved} />
    </form>
  );
}
