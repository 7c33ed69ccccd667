import { errorMessage, invoke, type LockReason } from '@renderer/api/client';
import { saveAllDrafts } from '@renderer/api/drafts';
import { DemoBanner, DemoTag } from '@renderer/features/practice/DemoMarker';
import { settingsQuery } from '@renderer/features/settings/queries';
import type { ShellNotice } from '@renderer/features/vault/shellNotice';
import { AUTO_LOCK_DEFAULT_MINUTES } from '@shared/contract/settings';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type ReactNode, useCallback } from 'react';
import { Link, NavLink } from 'react-router';
import { useIdleLock } from './useIdleLock';
import { useLockShortcut } from './useLockShortcut';

/**
 * The frame once the records are open: product name, main navigation, a Lock button that
 * is always visible (and Ctrl+L), and the idle timer that locks on its own.
 */
export function AppShell({
  notice,
  onDismissNotice,
  children,
}: {
  notice: ShellNotice | null;
  onDismissNotice(): void;
  children: ReactNode;
}) {
  const settings = useQuery(settingsQuery);
  const lock = useMutation({
    mutationFn: async (reason: LockReason) => {
      // Save what was typed while the vault can still take it, as the main process does.
      await saveAllDrafts();
      return invoke('vault:lock', {}, { lockReason: reason });
    },
  });
  const { mutate } = lock;
  const lockNow = useCallback(() => mutate('user'), [mutate]);
  const lockIdle = useCallback(() => mutate('idle'), [mutate]);

  useLockShortcut(lockNow);
  useIdleLock(settings.data?.autoLockMinutes ?? AUTO_LOCK_DEFAULT_MINUTES, lockIdle);

  return (
    <div className="shell">
      <header className="shell__header">
        <div className="shell__brand">
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-name">Rekindle</span>
          <DemoTag />
        </div>
        <nav aria-label="Main" className="shell__nav">
          <NavLink to="/today" className="shell__nav-link">
            Today
          </NavLink>
          <NavLink to="/couples" className="shell__nav-link">
            Couples
          </NavLink>
          <NavLink to="/library" className="shell__nav-link">
            Library
          </NavLink>
          <NavLink to="/search" className="shell__nav-link">
            Search
          </NavLink>
          <NavLink to="/audit" className="shell__nav-link">
            Audit log
          </NavLink>
          <NavLink to="/settings" className="shell__nav-link">
            Settings
          </NavLink>
        </nav>
        <button
          type="button"
          className="button button--lock"
          onClick={lockNow}
          aria-keyshortcuts="Control+L"
          disabled={lock.isPending}
        >
          <span className="lock-icon" aria-hidden="true" />
          Lock
          <kbd className="button__shortcut">Ctrl+L</kbd>
        </button>
      </header>
      <DemoBanner />
      {lock.isError ? (
        <div className="notice notice--error shell__notice" role="alert">
          <p>
            Rekindle could not lock: {errorMessage(lock.error)} Close the app to be sure your records are
            closed.
          </p>
        </div>
      ) : null}
      {notice ? (
        <div className="notice notice--success shell__notice" role="status">
          <p>{notice.message}</p>
          {notice.offerKeyRotation ? (
            <p>
              If the backup’s passphrase or recovery key may be known to someone else,{' '}
              <Link to="/settings/rotate-key" onClick={onDismissNotice}>
                rotate the key now
              </Link>
              .
            </p>
          ) : null}
          <button type="button" className="link-button" onClick={onDismissNotice}>
            Dismiss
          </button>
        </div>
      ) : null}
      <main className="shell__main">{children}</main>
    </div>
  );
}
