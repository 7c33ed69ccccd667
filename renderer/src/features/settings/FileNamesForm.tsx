import { errorMessage, invoke } from '@renderer/api/client';
import { CheckboxField } from '@renderer/ui/CheckboxField';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { settingsQuery } from './queries';

const FIELD = 'initialsInFileNames';

/**
 * Whether suggested file names carry the couple's initials. Saved as soon as it is ticked:
 * one choice, nothing to review first.
 */
export function FileNamesForm({ initialsInFileNames }: { initialsInFileNames: boolean }) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (next: boolean) => invoke('settings:update', { initialsInFileNames: next }),
    onSuccess: (preferences) => {
      queryClient.setQueryData(settingsQuery.queryKey, preferences);
      setError(null);
      setStatus(
        preferences.initialsInFileNames
          ? 'Saved. Suggested file names now carry the couple’s initials.'
          : 'Saved. Suggested file names no longer carry initials.',
      );
    },
    onError: (failure) => {
      setStatus('');
      setError(errorMessage(failure));
    },
  });

  return (
    <div className="form">
      <CheckboxField
        name={FIELD}
        label="Put the couple’s initials in suggested file names"
        hint="For example progress-report-ZM-LZ-2026-12-06.pdf instead of progress-report-2026-12-06.pdf. File names show up in recent-file lists, cloud sync and email attachments, so this is off unless you choose it."
        value={save.isPending ? Boolean(save.variables) : initialsInFileNames}
        onValueChange={(checked) => save.mutate(checked)}
        error={error}
      />
      <p className="form__status" role="status">
        {status}
      </p>
    </div>
  );
}
