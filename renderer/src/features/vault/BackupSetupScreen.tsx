import { invoke } from '@renderer/api/client';
import { BackupFailure, ChooseFolderButton } from '@renderer/features/backups/BackupButtons';
import { chooseFolderAndBackUp, firstBackupNotice } from '@renderer/features/backups/firstBackup';
import { PageHeading } from '@renderer/ui/PageHeading';
import { useMutation } from '@tanstack/react-query';
import { VaultLayout } from './VaultLayout';

/**
 * The last set-up step: a backup folder on an external drive, or an explicit "Later" (recorded;
 * Today keeps asking). The records are already open behind it.
 */
export function BackupSetupScreen({ onDone }: { onDone(notice?: string): void }) {
  const choose = useMutation({
    mutationFn: chooseFolderAndBackUp,
    onSuccess: (result) => {
      if (result.kind === 'backed-up') onDone(firstBackupNotice(result.folder));
    },
  });
  const later = useMutation({
    mutationFn: () => invoke('backups:defer', {}),
    onSuccess: () => onDone(),
  });
  const busy = choose.isPending || later.isPending;
  const failed = choose.error ?? later.error;

  return (
    <VaultLayout>
      <PageHeading>Back up your records</PageHeading>
      <div className="prose">
        <p>
          A lost laptop or a dead disk would take every record on it. Choose a folder on an external drive:
          Rekindle keeps encrypted backups there, so your records survive this computer.
        </p>
      </div>
      {failed ? (
        <BackupFailure
          title={choose.error ? 'No backup was made yet' : 'Your choice was not saved'}
          error={failed}
        />
      ) : null}
      <div className="form__actions">
        <ChooseFolderButton pending={choose.isPending} disabled={busy} onClick={() => choose.mutate()} />
        <button
          type="button"
          className="button button--secondary"
          onClick={() => later.mutate()}
          disabled={busy}
          aria-describedby="backup-setup-later"
        >
          Later
        </button>
        <p className="form__status" role="status">
          {choose.data?.kind === 'canceled' ? 'No folder was chosen.' : ''}
        </p>
      </div>
      <p id="backup-setup-later" className="field__hint">
        With “Later”, Today reminds you until backups are set up.
      </p>
    </VaultLayout>
  );
}
