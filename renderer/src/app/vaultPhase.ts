import type { LockReason } from '../api/client';

/**
 * Which top-level screen the app shows. Only `unlocked` renders anything that can hold
 * clinical data; every other phase shows a vault screen with nothing behind it.
 */
export type VaultPhase =
  | { kind: 'checking' }
  | { kind: 'setup' }
  /** The demo practice is being built; the real vault is locked meanwhile. */
  | { kind: 'demo-building' }
  /** Shown once right after set-up; the vault is already open behind it. */
  | { kind: 'recovery-key'; recoveryKey: string; lockedMeanwhile: boolean }
  /** The last set-up step: a backup folder or "Later". The records are open behind it. */
  | { kind: 'backup-setup' }
  | { kind: 'locked'; reason: LockReason | null }
  | { kind: 'unlocked'; notice: string | null };

export type VaultEvent =
  | { type: 'status'; state: 'new' | 'locked' | 'unlocked' }
  | { type: 'created'; recoveryKey: string }
  | { type: 'recovery-key-stored' }
  /** A backup folder was chosen (the notice says where) or "Later" was. */
  | { type: 'backup-step-done'; notice?: string }
  | { type: 'unlocked'; notice?: string }
  | { type: 'locked'; reason: LockReason }
  | { type: 'notice-dismissed' }
  | { type: 'demo-building' }
  /** The practice was switched (demo opened or left): ask the new one for its state. */
  | { type: 'practice-changed' };

export function vaultPhaseReducer(phase: VaultPhase, event: VaultEvent): VaultPhase {
  switch (event.type) {
    case 'status':
      if (event.state === 'new') return { kind: 'setup' };
      if (event.state === 'locked') return { kind: 'locked', reason: null };
      return { kind: 'unlocked', notice: null };
    case 'created':
      return { kind: 'recovery-key', recoveryKey: event.recoveryKey, lockedMeanwhile: false };
    case 'recovery-key-stored':
      if (phase.kind !== 'recovery-key') return phase;
      // If the system locked the vault while the key was on screen, ask for the passphrase now.
      // The backup step is skipped then: it needs open records, and Today asks for backups anyway.
      return phase.lockedMeanwhile ? { kind: 'locked', reason: 'system' } : { kind: 'backup-setup' };
    case 'backup-step-done':
      return phase.kind === 'backup-setup' ? { kind: 'unlocked', notice: event.notice ?? null } : phase;
    case 'unlocked':
      return { kind: 'unlocked', notice: event.notice ?? null };
    case 'locked':
      // The recovery key is not clinical data and cannot be shown again: keep it on screen
      // until the clinician confirms they stored it, then ask for the passphrase.
      if (phase.kind === 'recovery-key') return { ...phase, lockedMeanwhile: true };
      // Nothing is open before set-up, while checking or while the demo is built; a stray
      // lock event changes nothing.
      if (phase.kind === 'setup' || phase.kind === 'checking' || phase.kind === 'demo-building') return phase;
      if (phase.kind === 'locked') return phase;
      return { kind: 'locked', reason: event.reason };
    case 'notice-dismissed':
      return phase.kind === 'unlocked' ? { ...phase, notice: null } : phase;
    case 'demo-building':
      return { kind: 'demo-building' };
    case 'practice-changed':
      return { kind: 'checking' };
  }
}
