import { invoke } from '@renderer/api/client';
import { SaveWithStatus } from '@renderer/ui/SaveWithStatus';
import { TextField } from '@renderer/ui/TextField';
import { useForm } from '@renderer/ui/useForm';
import { preferencesSchema } from '@shared/contract/settings';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { screenLockQuery, settingsQuery } from './queries';

/** Parses what was typed: a whole number, or NaN so the schema explains what is wrong. */
function minutesFrom(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

export function AutoLockForm({ minutes }: { minutes: number }) {
  const queryClient = useQueryClient();
  const [initial] = useState(() => ({ autoLockMinutes: String(minutes) }));
  const [saved, setSaved] = useState<string | null>(null);
  // Only claim the screen lock where the shell can see it (the notice below says when not).
  const screenLockSeen = useQuery(screenLockQuery).data?.state !== 'unavailable';

  const form = useForm<{ autoLockMinutes: string }, number>({
    initial,
    validate: ({ autoLockMinutes: text }) => {
      setSaved(null);
      const parsed = preferencesSchema.shape.autoLockMinutes.safeParse(minutesFrom(text));
      if (parsed.success) return { ok: true, input: parsed.data };
      const message = text.trim()
        ? (parsed.error.issues[0]?.message ?? 'Enter a number of minutes')
        : 'Enter a number of minutes from 1 to 240';
      return { ok: false, errors: { autoLockMinutes: message } };
    },
    save: async (autoLockMinutes) => {
      const preferences = await invoke('settings:update', { autoLockMinutes });
      queryClient.setQueryData(settingsQuery.queryKey, preferences);
      setSaved(
        `Saved. Rekindle now locks after ${preferences.autoLockMinutes} minute${preferences.autoLockMinutes === 1 ? '' : 's'} without activity.`,
      );
    },
    onChange: () => setSaved(null),
    fields: ['autoLockMinutes'],
    // One field: whatever stops the save is said there.
    formErrorAt: 'autoLockMinutes',
    focus: 'field',
    failureMessage: 'The setting could not be saved.',
  });

  return (
    <form className="form" onSubmit={form.submit} noValidate>
      <TextField
        {...form.bind('autoLockMinutes')}
        label="Lock after this many minutes without activity"
        hint={`From 1 to 240 minutes. Rekindle also locks when the computer sleeps${screenLockSeen ? ' or its screen locks' : ''}.`}
        inputMode="numeric"
        className="input--short"
        autoComplete="off"
      />
      <SaveWithStatus label="Save" saving={form.saving} status={saved} />
    </form>
  );
}
