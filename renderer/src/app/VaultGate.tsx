import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useReducer, useState } from 'react';
import { errorMessage, invoke, subscribeToLock } from '../api/client';
import { answerSaveRequests } from '../api/drafts';
import { RecoveryKeyScreen } from '../features/vault/RecoveryKeyScreen';
import { SetupScreen } from '../features/vault/SetupScreen';
import { UnlockScreen } from '../features/vault/UnlockScreen';
import { VaultLayout } from '../features/vault/VaultLayout';
import { ErrorState, LoadingState } from '../ui/states';
import { AppRoutes } from './AppRoutes';
import { AppShell } from './AppShell';
import { vaultPhaseReducer } from './vaultPhase';

/**
 * Decides the one screen the app shows from the vault's state. Anything that can display
 * clinical data sits behind `unlocked`; on every lock the shell unmounts and the query
 * cache is emptied, so no record stays in memory behind the unlock screen.
 */
export function VaultGate() {
  const queryClient = useQueryClient();
  const [phase, dispatch] = useReducer(vaultPhaseReducer, { kind: 'checking' });
  const [statusError, setStatusError] = useState<string | null>(null);

  const checkStatus = useCallback(() => {
    setStatusError(null);
    invoke('vault:status', {}).then(
      ({ state }) => dispatch({ type: 'status', state }),
      (error: unknown) => setStatusError(errorMessage(error)),
    );
  }, []);

  useEffect(checkStatus, [checkStatus]);

  useEffect(() => subscribeToLock((reason) => dispatch({ type: 'locked', reason })), []);
  useEffect(answerSaveRequests, []);

  useEffect(() => {
    if (phase.kind !== 'unlocked') queryClient.clear();
  }, [phase.kind, queryClient]);

  const onUnlocked = useCallback((notice?: string) => dispatch({ type: 'unlocked', notice }), []);

  switch (phase.kind) {
    case 'checking':
      return (
        <VaultLayout>
          <h1 className="visually-hidden">Rekindle</h1>
          {statusError ? (
            <ErrorState
              title="Rekindle could not open its records"
              message={statusError}
              onRetry={checkStatus}
            />
          ) : (
            <LoadingState label="Opening Rekindle…" />
          )}
        </VaultLayout>
      );
    case 'setup':
      return (
        <SetupScreen
          onCreated={(recoveryKey) => dispatch({ type: 'created', recoveryKey })}
          onAlreadySetUp={() => dispatch({ type: 'status', state: 'locked' })}
        />
      );
    case 'recovery-key':
      return (
        <RecoveryKeyScreen
          recoveryKey={phase.recoveryKey}
          onContinue={() => dispatch({ type: 'recovery-key-stored' })}
        />
      );
    case 'locked':
      return <UnlockScreen reason={phase.reason} onUnlocked={onUnlocked} />;
    case 'unlocked':
      return (
        <AppShell notice={phase.notice} onDismissNotice={() => dispatch({ type: 'notice-dismissed' })}>
          <AppRoutes />
        </AppShell>
      );
  }
}
