import { invoke } from '@renderer/api/client';
import { EstimatedProgress } from '@renderer/ui/EstimatedProgress';
import { PageHeading } from '@renderer/ui/PageHeading';
import { QueryView } from '@renderer/ui/states';
import type { BackupEntry, BackupStatus } from '@shared/contract/backups';
import { formatInstant } from '@shared/domain/dates';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { BackupFailure } from './BackupButtons';
import { BackupList } from './BackupList';
import { intervalText } from './backupValues';
import { backupsStatusQuery } from './queries';
import { RestoreDialog, type RestoreResult } from './RestoreDialog';
import { RestoredNotice } from './RestoredNotice';
import { ScheduleForm } from './ScheduleForm';

/** Encrypted copies of the records in a folder the clinician chooses, made on lock and quit or on demand. */
export function BackupsPage() {
  const status = useQuery(backupsStatusQuery);
  return (
    <div className="page page--narrow">
      <PageHeading>Backups</PageHeading>
      <p className="page-intro">
        Backups are encrypted with the same key as your records. Each backup opens with the passphrase or
        recovery key that was current when it was made, so keep your recovery key somewhere safe. Beside each
        backup is its key file (the same name, ending in .vault.json): keep the two together, as another
        computer cannot open the backup without it.
      </p>
      <QueryView
        query={status}
        loading="Loading backups…"
        errorTitle="The backup settings could not be loaded"
      >
        {(statusData) => <BackupsContent status={statusData} />}
      </QueryView>
    </div>
  );
}

function BackupsContent({ status }: { status: BackupStatus }) {
  const queryClient = useQueryClient();
  const unreachable = status.folder !== null && !status.folderAvailable;
  const [restoring, setRestoring] = useState<BackupEntry | null>(null);
  const [restored, setRestored] = useState<{ result: RestoreResult; undone: boolean } | null>(null);
  function onRestored(result: RestoreResult, undone: boolean) {
    setRestoring(null);
    setRestored({ result, undone });
    // Every record on every screen may have changed: nothing cached may be shown again.
    void queryClient.invalidateQueries();
  }
  return (
    <>
      {restored ? (
        <RestoredNotice
          result={restored.result}
          undone={restored.undone}
          onUndone={(result) => onRestored(result, true)}
        />
      ) : null}
      {unreachable ? (
        <div className="notice notice--warning backups__warning" role="alert">
          <p className="notice__title">The backup folder is not reachable — is the drive plugged in?</p>
          <p>
            Connect the drive that holds <span className="backups__path">{status.folder}</span>, or choose
            another folder. Until then no backup can be made.
          </p>
        </div>
      ) : null}
      <FolderCard status={status} />
      <BackUpNowCard status={status} />
      <section className="card" aria-labelledby="backups-schedule-heading">
        <h2 id="backups-schedule-heading" className="card__title">
          Schedule and how many to keep
        </h2>
        <p className="card__intro">
          When you lock Rekindle or quit, it makes a backup if the last one is older than the interval.
          Currently {intervalText(status.intervalHours)}; keeping {status.policy.daily} daily and{' '}
          {status.policy.weekly} weekly backups.
        </p>
        <ScheduleForm status={status} />
      </section>
      <section className="card" aria-labelledby="backups-list-heading">
        <h2 id="backups-list-heading" className="card__title">
          Backups in the folder
        </h2>
        <BackupList status={status} onRestore={setRestoring} />
      </section>
      <RestoreDialog
        entry={restoring}
        estimatedMs={status.estimatedMs}
        onClose={() => setRestoring(null)}
        onRestored={(result) => onRestored(result, false)}
      />
    </>
  );
}

function FolderCard({ status }: { status: BackupStatus }) {
  const queryClient = useQueryClient();
  const [message, setMessage] = useState('');
  const choose = useMutation({
    mutationFn: () => invoke('backups:configure', { chooseFolder: true }),
    onMutate: () => setMessage(''),
    onSuccess: (next) => {
      queryClient.setQueryData(backupsStatusQuery.queryKey, next);
      setMessage(
        next.folder === null
          ? 'No folder was chosen.'
          : next.folder === status.folder
            ? `The backup folder was not changed: backups still go to ${next.folder}.`
            : `Backups now go to ${next.folder}.`,
      );
    },
  });
  return (
    <section className="card" aria-labelledby="backups-folder-heading">
      <h2 id="backups-folder-heading" className="card__title">
        Where backups go
      </h2>
      {status.folder === null ? (
        <>
          <p className="backups__folder">
            <strong>Not set up yet.</strong>
          </p>
          <p className="card__intro">
            Choose a folder for backups, ideally on an external drive or another disk, so a lost or broken
            laptop does not take your records with it.
          </p>
        </>
      ) : (
        <dl className="details">
          <div className="details__row">
            <dt>Folder</dt>
            <dd className="backups__path">{status.folder}</dd>
          </div>
          <div className="details__row">
            <dt>Reachable now</dt>
            <dd>{status.folderAvailable ? 'Yes' : 'No — the folder cannot be found'}</dd>
          </div>
        </dl>
      )}
      {choose.isError ? <BackupFailure title="The folder was not changed" error={choose.error} /> : null}
      <div className="form__actions">
        <button
          type="button"
          className={`button ${status.folder === null ? 'button--primary' : 'button--secondary'}`}
          onClick={() => choose.mutate()}
          disabled={choose.isPending}
          aria-busy={choose.isPending}
        >
          {choose.isPending ? 'Choosing a folder…' : 'Choose folder…'}
        </button>
        <p className="form__status" role="status">
          {message}
        </p>
      </div>
    </section>
  );
}

function BackUpNowCard({ status }: { status: BackupStatus }) {
  const queryClient = useQueryClient();
  const backUp = useMutation({
    mutationFn: () => invoke('backups:create', {}),
    // A failure may mean the drive went away: read the folder's state again either way.
    onSettled: () => queryClient.invalidateQueries({ queryKey: backupsStatusQuery.queryKey }),
  });
  const last = status.lastBackupAt;
  const progress = backUp.isPending
    ? 'Backing up… This can take a few seconds on a large practice.'
    : backUp.isSuccess
      ? `Backed up at ${formatInstant(backUp.data.createdAt)}. The backup was checked and opens with your key.`
      : '';
  return (
    <section className="card" aria-labelledby="backups-now-heading" aria-busy={backUp.isPending}>
      <h2 id="backups-now-heading" className="card__title">
        Back up now
      </h2>
      <dl className="details">
        <div className="details__row">
          <dt>Last backup</dt>
          <dd>{last ? formatInstant(last) : 'No backup has been made yet'}</dd>
        </div>
      </dl>
      {backUp.isError ? (
        <BackupFailure title="No backup was made" error={backUp.error}>
          <p>Your records are unchanged.</p>
        </BackupFailure>
      ) : null}
      <div className="form__actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => backUp.mutate()}
          disabled={backUp.isPending || status.folder === null}
          aria-describedby={status.folder === null ? 'backups-now-needs-folder' : undefined}
        >
          {backUp.isPending ? <span className="spinner" aria-hidden="true" /> : null}
          {backUp.isPending ? 'Backing up…' : 'Back up now'}
        </button>
        <p className="backups__progress" role="status">
          {progress}
        </p>
      </div>
      {backUp.isPending && status.estimatedMs !== null ? (
        <EstimatedProgress label="Backup progress" estimateMs={status.estimatedMs} />
      ) : null}
      {status.folder === null ? (
        <p id="backups-now-needs-folder" className="field__hint">
          Choose a folder above first.
        </p>
      ) : null}
    </section>
  );
}
