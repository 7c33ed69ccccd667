import { channelQuery } from '@renderer/api/channelQuery';
import { errorMessage, invoke } from '@renderer/api/client';
import { ConfirmDialog } from '@renderer/ui/Dialog';
import { EstimatedProgress } from '@renderer/ui/EstimatedProgress';
import { QueryView } from '@renderer/ui/states';
import type { Output } from '@shared/contract';
import type { BackupEntry } from '@shared/contract/backups';
import { formatInstant } from '@shared/domain/dates';
import { useMutation, useQuery } from '@tanstack/react-query';
import { BackupContentsSummary } from './BackupContentsSummary';

export type RestoreResult = Output<'backups:restore'>;

/**
 * "Restore…" on the Backups screen: shows what the backup holds before anything changes,
 * and says what will happen (a safety backup first, then the swap). The preview is read
 * fresh each time: the file may have changed on the drive.
 */
export function RestoreDialog({
  entry,
  estimatedMs,
  onClose,
  onRestored,
}: {
  entry: BackupEntry | null;
  /** A backup's estimated time, when long enough to show: a restore makes one and copies one. */
  estimatedMs: number | null;
  onClose(): void;
  onRestored(result: RestoreResult): void;
}) {
  const fileName = entry?.fileName ?? '';
  const preview = useQuery({
    ...channelQuery('backups:inspect', { fileName }),
    enabled: entry !== null,
    gcTime: 0,
    staleTime: 0,
    retry: false,
  });
  const restore = useMutation({
    mutationFn: (name: string) => invoke('backups:restore', { fileName: name }),
    onSuccess: (result) => {
      restore.reset();
      onRestored(result);
    },
  });
  const made = entry ? formatInstant(entry.createdAt) : '';
  const ready = preview.isSuccess && preview.data.contents.compatibility !== 'newer';
  return (
    <ConfirmDialog
      open={entry !== null}
      title={`Restore the backup of ${made}?`}
      confirmLabel="Restore this backup"
      busy={restore.isPending}
      confirmDisabled={!ready}
      error={restore.isError ? errorMessage(restore.error) : null}
      onConfirm={() => restore.mutate(fileName)}
      onCancel={() => {
        restore.reset();
        onClose();
      }}
    >
      <p>
        Restoring replaces the records open now with the ones in this backup. First Rekindle makes a safety
        backup of your current records in the backup folder, so you can undo the restore.
      </p>
      {/* No "Try again": the core's answer is why this file cannot be restored, not a hiccup. */}
      <QueryView
        query={preview}
        loading="Opening the backup to see what it contains…"
        errorTitle="This backup cannot be restored"
        canRetry={() => false}
      >
        {(contents) => <BackupContentsSummary preview={contents} />}
      </QueryView>
      {entry && !entry.hasKeyFile ? (
        <p className="field__hint">
          This backup has no key file beside it, so on another computer it could not be opened. Here it opens
          with your current passphrase.
        </p>
      ) : null}
      {restore.isPending ? (
        <>
          <p className="backups__progress" role="status">
            Making a safety backup, then restoring… This can take a few seconds.
          </p>
          {estimatedMs !== null ? (
            <EstimatedProgress label="Restore progress" estimateMs={estimatedMs * 2} />
          ) : null}
        </>
      ) : null}
    </ConfirmDialog>
  );
}
