import { invoke } from '@renderer/api/client';
import { saveAllDrafts } from '@renderer/api/drafts';
import type { Input, Output } from '@shared/contract';
import { formatInstant } from '@shared/domain/dates';
import { createContext, useContext } from 'react';

export type RotationResult = Output<'vault:rotateKey'>;

/**
 * Shows a rotation's new recovery key once, on the same screen set-up uses; provided by the
 * vault gate, which owns that screen. The default does nothing so a screen rendered outside
 * the gate (never in the app) cannot throw.
 */
export const KeyRotationContext = createContext<(result: RotationResult, passphraseChanged: boolean) => void>(
  () => undefined,
);

/** Said while the rotation runs: it rewrites the whole database, which takes a while. */
export const ROTATING =
  'Encrypting your records under a new key. This can take a minute for a large practice; keep Rekindle open.';

/** What the shell says once the new recovery key is stored. */
export function rotatedNotice({ rotatedAt }: RotationResult, passphraseChanged: boolean): string {
  const passphrase = passphraseChanged
    ? ' Unlock with your new passphrase from now on.'
    : ' Your passphrase is the same.';
  return (
    `The encryption key was rotated on ${formatInstant(rotatedAt)}.${passphrase}` +
    ' The earlier recovery key and key files copied before no longer open your records.' +
    ' Backups made before still open, each with the passphrase or recovery key current when it was made.'
  );
}

/**
 * Rotates the key and hands the new recovery key to the gate. Drafts are saved first, as
 * before a lock: the records are re-encrypted and reopened, and nothing typed may be left
 * behind. A failure rejects, for the calling form to show.
 */
export function useRotateKey(onRotated?: () => void) {
  const showNewRecoveryKey = useContext(KeyRotationContext);
  return async (input: Input<'vault:rotateKey'>): Promise<void> => {
    await saveAllDrafts();
    const result = await invoke('vault:rotateKey', input);
    onRotated?.();
    showNewRecoveryKey(result, input.newPassphrase !== undefined);
  };
}
