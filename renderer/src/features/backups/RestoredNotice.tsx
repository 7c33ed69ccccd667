import { errorMessage, invoke } from '@renderer/api/client';
import { formatInstant } from '@shared/domain/dates';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { RestoreResult } from './RestoreDialog';

/**
 * Says what a restore did and offers the way back: restoring the safety backup it made
 * first. After an undo it says so, and the safety backup of that undo is the way forward again.
 */
export function RestoredNotice({
  result,
  undone,
  onUndone,
}: {
  result: RestoreResult;
  undone: boolean;
  onUndone(result: RestoreResult): void;
}) {
  const titleRef = useRef<HTMLParagraphElement>(null);
  const undo = useMutation({
    mutationFn: () => invoke('backups:restore', { fileName: result.safetyBackup.fileName }),
    onSuccess: onUndone,
  });
  // Focus lands on the outcome, so it is read out and the undo button is one Tab away.
  useEffect(() => {
    titleRef.current?.focus();
  }, []);
  const made = result.restored.createdAt
    ? formatInstant(result.restored.createdAt)
    : result.restored.fileName;
  const safety = formatInstant(result.safetyBackup.createdAt);
  return (
    <div className="notice notice--success backups__warning" role="status">
      <p className="notice__title" ref={titleRef} tabIndex={-1}>
        {undone ? 'The restore was undone' : `Restored the backup of ${made}`}
      </p>
      <p>
        {undone
          ? 'Your records are back as they were before the restore.'
          : 'Every screen now shows the records from that backup.'}{' '}
        Your records as they were just before are kept in the safety backup of {safety}, listed below.
      </p>
      {undo.isError ? (
        <p className="field__error" role="alert">
          {errorMessage(undo.error)}
        </p>
      ) : null}
      {undone ? null : (
        <div className="form__actions">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => undo.mutate()}
            disabled={undo.isPending}
          >
            {undo.isPending ? 'Undoing…' : 'Undo this restore'}
          </button>
        </div>
      )}
    </div>
  );
}
