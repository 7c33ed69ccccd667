import { errorMessage } from '@renderer/api/client';
import type { ReactNode } from 'react';

/** A backup action's button: says it is busy while the action runs (a backup takes seconds). */
export function BackupActionButton({
  label,
  busyLabel,
  pending,
  disabled = false,
  secondary = false,
  onClick,
}: {
  label: string;
  busyLabel: string;
  pending: boolean;
  disabled?: boolean;
  secondary?: boolean;
  onClick(): void;
}) {
  return (
    <button
      type="button"
      className={`button ${secondary ? 'button--secondary' : 'button--primary'}`}
      onClick={onClick}
      disabled={disabled || pending}
      aria-busy={pending}
    >
      {pending ? busyLabel : label}
    </button>
  );
}

/** What went wrong with a backup action, announced as it appears. */
export function BackupFailure({
  title,
  error,
  children,
}: {
  title: string;
  error: unknown;
  children?: ReactNode;
}) {
  return (
    <div className="notice notice--error backups__notice" role="alert">
      <p className="notice__title">{title}</p>
      <p>{errorMessage(error)}</p>
      {children}
    </div>
  );
}

/** "Choose backup folder…", which goes on to make the first backup there (see firstBackup.ts). */
export function ChooseFolderButton({
  pending,
  disabled,
  onClick,
}: {
  pending: boolean;
  disabled: boolean;
  onClick(): void;
}) {
  return (
    <BackupActionButton
      label="Choose backup folder…"
      busyLabel="Backing up…"
      pending={pending}
      disabled={disabled}
      onClick={onClick}
    />
  );
}
