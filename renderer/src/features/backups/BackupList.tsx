import { errorMessage, invoke } from '@renderer/api/client';
import { EmptyState } from '@renderer/ui/states';
import type { BackupEntry, BackupStatus } from '@shared/contract/backups';
import { formatInstant } from '@shared/domain/dates';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { formatBytes, verificationLabels } from './backupValues';
import { backupsStatusQuery } from './queries';

/** The backups in the folder, newest first, each with its size and whether it was checked. */
export function BackupList({
  status,
  onRestore,
}: {
  status: BackupStatus;
  /** Opens the restore dialog for a backup. */
  onRestore(entry: BackupEntry): void;
}) {
  const queryClient = useQueryClient();
  const [announcement, setAnnouncement] = useState('');
  const verify = useMutation({
    mutationFn: (fileName: string) => invoke('backups:verify', { fileName }),
    onMutate: () => setAnnouncement(''),
    onSuccess: (entry) => {
      queryClient.setQueryData(backupsStatusQuery.queryKey, (current: BackupStatus | undefined) =>
        current
          ? {
              ...current,
              backups: current.backups.map((b) => (b.fileName === entry.fileName ? entry : b)),
            }
          : current,
      );
      setAnnouncement(`Backup of ${formatInstant(entry.createdAt)}: ${verificationLabels[entry.verified]}.`);
    },
    onError: () => queryClient.invalidateQueries({ queryKey: backupsStatusQuery.queryKey }),
  });

  if (status.backups.length === 0) {
    if (status.folder === null)
      return (
        <EmptyState title="No backups yet">
          <p>Choose a folder above, then back up now. Backups made there are listed here.</p>
        </EmptyState>
      );
    if (!status.folderAvailable)
      return (
        <EmptyState title="The backups cannot be listed">
          <p>The backup folder is not reachable. Connect the drive to see the backups on it.</p>
        </EmptyState>
      );
    return (
      <EmptyState title="No backups yet">
        <p>There are no Rekindle backups in this folder. Back up now to make the first one.</p>
      </EmptyState>
    );
  }

  const pendingFile = verify.isPending ? verify.variables : null;
  return (
    <>
      {verify.isError ? (
        <div className="notice notice--error backups__notice" role="alert">
          <p className="notice__title">The backup could not be checked</p>
          <p>{errorMessage(verify.error)}</p>
        </div>
      ) : null}
      <p className="backups__progress backups__announcement" role="status">
        {announcement}
      </p>
      <div className="table-wrap">
        <table className="table table--backups">
          <caption className="visually-hidden">Backups in the folder, newest first</caption>
          <colgroup>
            <col className="backups__col-made" />
            <col className="backups__col-size" />
            <col className="backups__col-check" />
            <col className="backups__col-actions" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Made</th>
              <th scope="col">Size</th>
              <th scope="col">Check</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {status.backups.map((entry) => (
              <BackupRow
                key={entry.fileName}
                entry={entry}
                checking={pendingFile === entry.fileName}
                busy={verify.isPending}
                onVerify={() => verify.mutate(entry.fileName)}
                onRestore={() => onRestore(entry)}
              />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function BackupRow({
  entry,
  checking,
  busy,
  onVerify,
  onRestore,
}: {
  entry: BackupEntry;
  checking: boolean;
  busy: boolean;
  onVerify(): void;
  onRestore(): void;
}) {
  const made = formatInstant(entry.createdAt);
  return (
    <tr aria-busy={checking}>
      <th scope="row" className="backups__made">
        <time dateTime={entry.createdAt}>{made}</time>
        {entry.kind === 'before-restore' ? (
          <span className="backups__kind">Safety backup, made before a restore</span>
        ) : null}
        {entry.keys === 'earlier' ? (
          <span className="backups__kind">
            Made with earlier keys: opens with the passphrase or recovery key current then
          </span>
        ) : null}
        {entry.hasKeyFile ? null : (
          <span className="backups__kind">No key file beside it: opens only on this computer</span>
        )}
      </th>
      <td>{formatBytes(entry.bytes)}</td>
      <td>
        <span className={`backups__check backups__check--${entry.verified}`}>
          {checking ? 'Checking…' : verificationLabels[entry.verified]}
        </span>
      </td>
      <td className="backups__actions">
        <div className="backups__buttons">
          <button
            type="button"
            className="button button--secondary"
            onClick={onVerify}
            disabled={busy}
            aria-label={`Verify the backup of ${made}`}
          >
            {checking ? 'Verifying…' : 'Verify'}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={onRestore}
            disabled={busy}
            aria-label={`Restore the backup of ${made}…`}
          >
            Restore…
          </button>
        </div>
      </td>
    </tr>
  );
}
