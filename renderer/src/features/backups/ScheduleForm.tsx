import { invoke } from '@renderer/api/client';
import { ErrorSummary } from '@renderer/ui/ErrorSummary';
import { SaveWithStatus } from '@renderer/ui/SaveWithStatus';
import { TextField } from '@renderer/ui/TextField';
import { useForm } from '@renderer/ui/useForm';
import type { BackupStatus } from '@shared/contract/backups';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  intervalText,
  SCHEDULE_FIELD_ORDER,
  type ScheduleField,
  type ScheduleFormValues,
  type ScheduleInput,
  scheduleFormValues,
  validateSchedule,
} from './backupValues';
import { backupsStatusQuery } from './queries';

/** How often to back up on lock and quit, and how many backups the folder keeps. */
export function ScheduleForm({ status }: { status: BackupStatus }) {
  const queryClient = useQueryClient();
  const [initial] = useState(() => scheduleFormValues(status));
  const [saved, setSaved] = useState('');
  const form = useForm<ScheduleFormValues, ScheduleInput>({
    initial,
    validate: validateSchedule,
    save: async (input) => {
      const next = await invoke('backups:configure', input);
      queryClient.setQueryData(backupsStatusQuery.queryKey, next);
      form.setValues(scheduleFormValues(next));
      setSaved(
        `Saved. Rekindle backs up on lock and quit at most ${intervalText(next.intervalHours)}, and keeps ${next.policy.daily} daily and ${next.policy.weekly} weekly backups.`,
      );
    },
    onChange: () => setSaved(''),
    fields: SCHEDULE_FIELD_ORDER,
    failureMessage: 'The schedule could not be saved. What you typed is kept: try again.',
  });

  const numberField = (field: ScheduleField, label: string, hint: string) => (
    <TextField
      {...form.bind(field)}
      label={label}
      hint={hint}
      inputMode="numeric"
      className="input--short"
      autoComplete="off"
    />
  );

  return (
    <form className="form" onSubmit={form.submit} noValidate aria-busy={form.saving}>
      <ErrorSummary {...form.summary()} />
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
      <SaveWithStatus label="Save schedule" saving={form.saving} status={saved} />
    </form>
  );
}
