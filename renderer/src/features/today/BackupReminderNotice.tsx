import { invoke } from '@renderer/api/client';
import {
  BackupActionButton,
  BackupFailure,
  ChooseFolderButton,
} from '@renderer/features/backups/BackupButtons';
import { intervalText } from '@renderer/features/backups/backupValues';
import { chooseFolderAndBackUp, firstBackupNotice } from '@renderer/features/backups/firstBackup';
import { backupsStatusQuery } from '@renderer/features/backups/queries';
import type { BackupStatus } from '@shared/contract/backups';
import { formatInstant } from '@shared/domain/dates';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';

type Reminder = NonNullable<BackupStatus['reminder']>;

/** The title and explanation of each reason (shared/domain/backups/reminder.ts decides which). */
function reminderWords(reminder: Reminder, status: BackupStatus): { title: string; text: string } {
  switch (reminder.reason) {
    case 'no-folder':
      return {
        title: 'Backups are not set up',
        text: `${reminder.deferred ? 'You chose “Later” at set-up. ' : ''}A lost laptop or a dead disk would take every record on it: choose a folder on an external drive, and Rekindle keeps encrypted backups there.`,
      };
    case 'drive-absent':
      return {
        title: 'The backup drive has been away for a week or more',
        text: `The backup folder ${status.folder ?? ''} was last reachable ${formatInstant(reminder.lastSeenAt)}. Connect the drive that holds it, or choose another folder on Backups.`,
      };
    case 'overdue': {
      const last =
        reminder.lastVerifiedAt === null
          ? 'No backup has been made yet.'
          : `The last checked backup was made ${formatInstant(reminder.lastVerifiedAt)}, longer ago than your schedule (${intervalText(status.intervalHours)}).`;
      return {
        title: reminder.lastVerifiedAt === null ? 'No backup yet' : 'Backup overdue',
        text:
          reminder.fix === 'back-up-now'
            ? last
            : `${last} The backup folder cannot be reached right now: connect its drive, or choose another folder on Backups.`,
      };
    }
  }
}

/**
 * Today's one notice about backups, with the one click that fixes it: choose a folder (and make
 * the first backup), back up now, or go to Backups. Nothing shows while backups are in order.
 */
export function BackupReminderNotice() {
  const queryClient = useQueryClient();
  const status = useQuery(backupsStatusQuery);
  const [done, setDone] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: backupsStatusQuery.queryKey });
  const choose = useMutation({
    mutationFn: chooseFolderAndBackUp,
    onSuccess: (result) => {
      if (result.kind === 'backed-up') setDone(firstBackupNotice(result.folder));
    },
    onSettled: refresh,
  });
  const backUp = useMutation({
    mutationFn: () => invoke('backups:create', {}),
    onSuccess: (entry) =>
      setDone(
        `Backed up at ${formatInstant(entry.createdAt)}. The backup was checked and opens with your key.`,
      ),
    onSettled: refresh,
  });

  const reminder = status.data?.reminder ?? null;
  if (!status.data || reminder === null) {
    return done ? (
      <div className="notice notice--success today-backup" role="status">
        <p>{done}</p>
      </div>
    ) : null;
  }
  const { title, text } = reminderWords(reminder, status.data);
  const busy = choose.isPending || backUp.isPending;
  const failed = choose.error ?? backUp.error;
  return (
    <section className="notice notice--warning today-backup" aria-labelledby="today-backup-title">
      <h2 id="today-backup-title" className="notice__title today-backup__title">
        {title}
      </h2>
      <p>{text}</p>
      {failed ? <BackupFailure title="No backup was made" error={failed} /> : null}
      <p role="status" className="today-backup__status">
        {choose.data?.kind === 'canceled' ? 'No folder was chosen.' : ''}
      </p>
      <div className="today-backup__actions">
        {reminder.fix === 'choose-folder' ? (
          <ChooseFolderButton pending={choose.isPending} disabled={busy} onClick={() => choose.mutate()} />
        ) : reminder.fix === 'back-up-now' ? (
          <BackupActionButton
            label="Back up now"
            busyLabel="Backing up…"
            pending={backUp.isPending}
            disabled={busy}
            onClick={() => backUp.mutate()}
          />
        ) : (
          <Link to="/backups" className="button button--primary">
            Go to Backups
          </Link>
        )}
      </div>
    </section>
  );
}
