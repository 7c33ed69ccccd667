import type { LockReason } from '@renderer/api/client';
import { DemoPassphraseNotice } from '@renderer/features/practice/DemoPassphraseNotice';
import { useIsDemo } from '@renderer/features/practice/practiceContext';
import { TryDemoChoice } from '@renderer/features/practice/TryDemoChoice';
import { PageHeading } from '@renderer/ui/PageHeading';
import { useState } from 'react';
import { PassphraseUnlockForm } from './PassphraseUnlockForm';
import { RecoveryUnlockForm } from './RecoveryUnlockForm';
import { RestoreBackupScreen } from './RestoreFromBackup';
import type { ShellNotice } from './shellNotice';
import { VaultLayout } from './VaultLayout';

const REASONS: Record<LockReason, string> = {
  user: 'Rekindle is locked. Unlock it to carry on where you left off.',
  idle: 'Rekindle locked itself after a period without activity, to protect your clients’ records.',
  system: 'Rekindle locked itself to protect your clients’ records.',
  handBack: 'The laptop was handed back. Enter your passphrase to return to the session.',
};

/**
 * Shown whenever the records are closed: unlock with the passphrase, or with the recovery key.
 * The demo practice's unlock screen shows its passphrase instead of the way to recover one.
 */
export function UnlockScreen({
  reason,
  onUnlocked,
  onTryDemo,
}: {
  reason: LockReason | null;
  onUnlocked(notice?: ShellNotice): void;
  onTryDemo(): void;
}) {
  const [mode, setMode] = useState<'passphrase' | 'recovery' | 'restore'>('passphrase');
  const demo = useIsDemo();
  const offerRestore = demo ? undefined : () => setMode('restore');

  if (mode === 'restore') {
    return (
      <RestoreBackupScreen
        backLabel="Back to unlocking"
        onBack={() => setMode('passphrase')}
        onRestored={onUnlocked}
      />
    );
  }

  if (mode === 'recovery') {
    return (
      <VaultLayout>
        <PageHeading>Unlock with your recovery key</PageHeading>
        <p className="prose">
          Use the recovery key you stored when you set up Rekindle, then choose a new passphrase.
        </p>
        <RecoveryUnlockForm
          onUnlocked={() =>
            onUnlocked({ message: 'Your new passphrase is saved. Use it next time you unlock.' })
          }
          onRestore={offerRestore}
        />
        <p className="vault-card__footer">
          <button type="button" className="link-button" onClick={() => setMode('passphrase')}>
            Back to unlocking with your passphrase
          </button>
        </p>
      </VaultLayout>
    );
  }

  return (
    <VaultLayout>
      {/* Focus goes to the passphrase field, so the heading does not take it. */}
      <PageHeading focusOnMount={false}>Unlock Rekindle</PageHeading>
      {reason ? (
        <p className="notice notice--info" role="status">
          {REASONS[reason]}
        </p>
      ) : null}
      <DemoPassphraseNotice />
      <PassphraseUnlockForm onUnlocked={() => onUnlocked()} onRestore={offerRestore} />
      {demo ? null : (
        <>
          <p className="vault-card__footer">
            <button type="button" className="link-button" onClick={() => setMode('recovery')}>
              Forgot your passphrase? Use your recovery key
            </button>
          </p>
          <p className="vault-card__line">
            <button type="button" className="link-button" onClick={() => setMode('restore')}>
              Restore from a backup…
            </button>
          </p>
          <div className="vault-card__aside">
            <TryDemoChoice compact onStarted={onTryDemo} />
          </div>
        </>
      )}
    </VaultLayout>
  );
}
