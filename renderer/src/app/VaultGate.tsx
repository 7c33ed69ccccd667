import { errorMessage, invoke, subscribeToLock } from '@renderer/api/client';
import { answerSaveRequests } from '@renderer/api/drafts';
import {
  PracticeContext,
  type PracticeControls,
  useDemoTitle,
} from '@renderer/features/practice/practiceContext';
import { HandedBackScreen } from '@renderer/features/questionnaires/private/HandedBackScreen';
import { HandOverContext, leaveFullScreen } from '@renderer/features/questionnaires/private/handOver';
import { PrivateCheckInScreen } from '@renderer/features/questionnaires/private/PrivateCheckInScreen';
import { BackupSetupScreen } from '@renderer/features/vault/BackupSetupScreen';
import { DemoBuildScreen } from '@renderer/features/vault/DemoBuildScreen';
import { KeyRotationContext, type RotationResult, rotatedNotice } from '@renderer/features/vault/keyRotation';
import { RecoveryKeyScreen } from '@renderer/features/vault/RecoveryKeyScreen';
import { SetupScreen } from '@renderer/features/vault/SetupScreen';
import type { ShellNotice } from '@renderer/features/vault/shellNotice';
import { UnlockScreen } from '@renderer/features/vault/UnlockScreen';
import { VaultLayout } from '@renderer/features/vault/VaultLayout';
import { ErrorState, LoadingState } from '@renderer/ui/states';
import type { PracticeStatus } from '@shared/contract/practice';
import type { PrivateCheckIn } from '@shared/contract/questionnaires';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { useNavigate } from 'react-router';
import { AppRoutes } from './AppRoutes';
import { AppShell } from './AppShell';
import { vaultPhaseReducer } from './vaultPhase';

/**
 * Decides the one screen the app shows from the vault's state. Anything that can display
 * clinical data sits behind `unlocked`; on every lock the shell unmounts and the query
 * cache is emptied, so no record stays in memory behind the unlock screen.
 *
 * A partner's private check-in is a phase of its own for the same reason: while the partner
 * has the laptop, the record's screens are unmounted and the cache emptied, and only the
 * clinician's passphrase leads back (to the session the laptop was handed over from).
 *
 * It also knows which practice is open (the clinician's own or the demo), for the DEMO
 * marker every screen carries; switching practice goes back through `checking`.
 */
export function VaultGate() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [phase, dispatch] = useReducer(vaultPhaseReducer, { kind: 'checking' });
  const [statusError, setStatusError] = useState<string | null>(null);
  const [practice, setPractice] = useState<PracticeStatus | null>(null);
  const [leaving, setLeaving] = useState(false);
  useDemoTitle(practice);

  const checkStatus = useCallback(() => {
    setStatusError(null);
    Promise.all([invoke('practice:status', {}), invoke('vault:status', {})]).then(
      ([current, { state }]) => {
        setPractice(current);
        dispatch(
          current.demoBuild?.state === 'building' ? { type: 'demo-building' } : { type: 'status', state },
        );
      },
      (error: unknown) => setStatusError(errorMessage(error)),
    );
  }, []);

  useEffect(checkStatus, [checkStatus]);

  const switchPractice = useCallback(() => {
    dispatch({ type: 'practice-changed' });
    checkStatus();
  }, [checkStatus]);
  const startDemo = useCallback(() => dispatch({ type: 'demo-building' }), []);
  const controls = useMemo<PracticeControls>(
    () => ({
      status: practice,
      leaving,
      leaveDemo() {
        setLeaving(true);
        invoke('practice:leaveDemo', {})
          .catch(() => undefined)
          .then(() => {
            setLeaving(false);
            switchPractice();
          });
      },
    }),
    [practice, leaving, switchPractice],
  );

  useEffect(() => subscribeToLock((reason) => dispatch({ type: 'locked', reason })), []);
  useEffect(answerSaveRequests, []);

  useEffect(() => {
    if (phase.kind !== 'unlocked') queryClient.clear();
  }, [phase.kind, queryClient]);

  // Full screen lasts while the partner has the laptop (and the thank-you screen after it).
  const partnerHasLaptop = phase.kind === 'private' || phase.kind === 'handed-back';
  useEffect(() => {
    if (!partnerHasLaptop) leaveFullScreen();
  }, [partnerHasLaptop]);
  // The address stays on the session while the partner answers (no route is mounted to show
  // it), so unlocking reopens it. Going back is also asked for explicitly: the router applies
  // an address change as a transition, after the unlock has rendered, so changing the address
  // during the private phase would lose the race to the "/" redirect.
  const returnTo = phase.kind === 'locked' ? phase.returnTo : undefined;
  const onUnlocked = useCallback(
    (notice?: ShellNotice) => {
      if (returnTo) navigate(returnTo, { replace: true });
      dispatch({ type: 'unlocked', notice });
    },
    [returnTo, navigate],
  );
  const handOver = useCallback(
    (checkIn: PrivateCheckIn, from: string) => dispatch({ type: 'private-started', checkIn, returnTo: from }),
    [],
  );
  const onKeyRotated = useCallback(
    (result: RotationResult, passphraseChanged: boolean) =>
      dispatch({
        type: 'key-rotated',
        recoveryKey: result.recoveryKey,
        notice: { message: rotatedNotice(result, passphraseChanged) },
      }),
    [],
  );

  function screen() {
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
            onTryDemo={startDemo}
            onRestored={onUnlocked}
          />
        );
      case 'demo-building':
        return <DemoBuildScreen onDone={switchPractice} />;
      case 'recovery-key':
        return (
          <RecoveryKeyScreen
            recoveryKey={phase.recoveryKey}
            rotated={phase.afterRotation !== null}
            onContinue={() => dispatch({ type: 'recovery-key-stored' })}
          />
        );
      case 'backup-setup':
        return (
          <BackupSetupScreen
            onDone={(notice) =>
              dispatch({ type: 'backup-step-done', ...(notice ? { notice: { message: notice } } : {}) })
            }
          />
        );
      case 'locked':
        return <UnlockScreen reason={phase.reason} onUnlocked={onUnlocked} onTryDemo={startDemo} />;
      case 'unlocked':
        return (
          <KeyRotationContext.Provider value={onKeyRotated}>
            <HandOverContext.Provider value={handOver}>
              <AppShell notice={phase.notice} onDismissNotice={() => dispatch({ type: 'notice-dismissed' })}>
                <AppRoutes />
              </AppShell>
            </HandOverContext.Provider>
          </KeyRotationContext.Provider>
        );
      case 'private':
        return (
          <PrivateCheckInScreen checkIn={phase.checkIn} onDone={() => dispatch({ type: 'private-ended' })} />
        );
      case 'handed-back':
        return <HandedBackScreen onTherapist={() => dispatch({ type: 'therapist-back' })} />;
    }
  }

  return <PracticeContext.Provider value={controls}>{screen()}</PracticeContext.Provider>;
}
