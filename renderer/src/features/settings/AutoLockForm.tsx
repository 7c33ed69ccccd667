import { invoke, isApiError } from '@renderer/api/client';
import { focusField } from '@renderer/ui/fieldIds';
import { SaveWithStatus } from '@renderer/ui/SaveWithStatus';
import { TextField } from '@renderer/ui/TextField';
import { preferencesSchema } from '@shared/contract/settings';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { screenLockQuery, settingsQuery } from './queries';

const FIELD = 'autoLockMinutes';

/** Parses what was typed: a whole number, or NaN so the schema explains what is wrong. */
function minutesFrom(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

export function AutoLockForm({ minutes }: { minutes: number }) {
  const queryClient = useQueryClient();
  const [text, setText] = useState(String(minutes));
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  // Only claim the screen lock where the shell can see it (the notice below says when not).
  const screenLockSeen = useQuery(screenLockQuery).data?.state !== 'unavailable';

  const save = useMutation({
    mutationFn: (autoLockMinutes: number) => invoke('settings:update', { autoLockMinutes }),
    onSuccess: (preferences) => {
      queryClient.setQueryData(settingsQuery.queryKey, preferences);
      setSaved(
        `Saved. Rekindle now locks after ${preferences.autoLockMinutes} minute${preferences.autoLockMinutes === 1 ? '' : 's'} without activity.`,
      );
    },
    onError: (failure) => {
      setError(
        isApiError(failure) ? (failure.fields[FIELD] ?? failure.message) : 'The setting could not be saved.',
      );
      focusField(FIELD);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    const parsed = preferencesSchema.shape.autoLockMinutes.safeParse(minutesFrom(text));
    if (!parsed.success) {
      setError(
        text.trim()
          ? (parsed.error.issues[0]?.message ?? 'Enter a number of minutes')
          : 'Enter a number of minutes from 1 to 240',
      );
      focusField(FIELD);
      return;
    }
    setError(null);
    save.mutate(parsed.data);
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <TextField
        name={FIELD}
        label="Lock after this many minutes without activity"
        hint={`From 1 to 240 minutes. Rekindle also locks when the computer sleeps${screenLockSeen ? ' or its screen locks' : ''}.`}
        value={text}
        onValueChange={(value) => {
          setText(value);
          setSaved(null);
        }}
        error={error}
        inputMode="numeric"
        className="input--short"
        autoComplete="off"
      />
      <SaveWithStatus label="Save" saving={save.isPending} status={saved} />
    </form>
  );
}
