import type { LockReason } from '@renderer/api/client';
import type { ShellNotice } from '@renderer/features/vault/shellNotice';
import type { PrivateCheckIn } from '@shared/contract/questionnaires';

/**
 * Which top-level screen the app shows. Only `unlocked` renders anything that can hold
 * clinical data; every other phase shows a vault screen with nothing behind it.
 */
export type VaultPhase =
  | { kind: 'checking' }
  | { kind: 'setup' }
  /** The demo practice is being built; the real vault is locked meanwhile. */
  | { kind: 'demo-building' }
  /**
   * Shown once right after set-up or a key rotation; the vault is already open behind it.
   * `afterRotation` is what the shell says once the new key is stored (null at set-up).
   */
  | { kind: 'recovery-key'; recoveryKey: string; lockedMeanwhile: boolean; afterRotation: ShellNotice | null }
  /** The last set-up step: a backup folder or "Later". The records are open behind it. */
  | { kind: 'backup-setup' }
  /**
   * `returnTo` (a route) is set when the records were locked from a partner's private
   * check-in: unlocking goes back to the session the laptop was handed over from.
   */
  | { kind: 'locked'; reason: LockReason | null; returnTo?: string }
  | { kind: 'unlocked'; notice: ShellNotice | null }
  /**
   * A partner has the laptop: only their questions are on screen. The record's screens are
   * unmounted and the query cache emptied, so nothing of it is in the page, not even hidden.
   */
  | { kind: 'private'; checkIn: PrivateCheckIn; returnTo: string }
  /** The partner finished (or handed back without answering); the core has locked the records. */
  | { kind: 'handed-back'; returnTo: string };

export type VaultEvent =
  | { type: 'status'; state: 'new' | 'locked' | 'unlocked' }
  | { type: 'created'; recoveryKey: string }
  /** The key was rotated: its new recovery key is shown once, as at set-up. */
  | { type: 'key-rotated'; recoveryKey: string; notice: ShellNotice }
  | { type: 'recovery-key-stored' }
  /** A backup folder was chosen (the notice says where) or "Later" was. */
  | { type: 'backup-step-done'; notice?: ShellNotice }
  | { type: 'unlocked'; notice?: ShellNotice }
  | { type: 'locked'; reason: LockReason }
  | { type: 'notice-dismissed' }
  | { type: 'demo-building' }
  /** The practice was switched (demo opened or left): ask the new one for its state. */
  | { type: 'practice-changed' }
  /** The clinician handed the laptop to a partner (`questionnaires:startPrivate` answered). */
  | { type: 'private-started'; checkIn: PrivateCheckIn; returnTo: string }
  /** The partner submitted or handed back without answering; the core locked the records. */
  | { type: 'private-ended' }
  /** "I'm the therapist" on the thank-you screen: on to the passphrase. */
  | { type: 'therapist-back' };

export function vaultPhaseReducer(phase: VaultPhase, event: VaultEvent): VaultPhase {
  switch (event.type) {
    case 'status':
      if (event.state === 'new') return { kind: 'setup' };
      if (event.state === 'locked') return { kind: 'locked', reason: null };
      return { kind: 'unlocked', notice: null };
    case 'created':
      return {
        kind: 'recovery-key',
        recoveryKey: event.recoveryKey,
        lockedMeanwhile: false,
        afterRotation: null,
      };
    case 'key-rotated':
      // The old recovery key no longer opens anything: the new one must be seen even if the
      // records locked while the rotation finished, so it is shown whatever the phase.
      return {
        kind: 'recovery-key',
        recoveryKey: event.recoveryKey,
        lockedMeanwhile: phase.kind !== 'unlocked',
        afterRotation: event.notice,
      };
    case 'recovery-key-stored':
      if (phase.kind !== 'recovery-key') return phase;
      // If the system locked the vault while the key was on screen, ask for the passphrase now.
      // The backup step (set-up only) is skipped then: it needs open records, and Today asks anyway.
      if (phase.lockedMeanwhile) return { kind: 'locked', reason: 'system' };
      return phase.afterRotation
        ? { kind: 'unlocked', notice: phase.afterRotation }
        : { kind: 'backup-setup' };
    case 'backup-step-done':
      return phase.kind === 'backup-setup' ? { kind: 'unlocked', notice: event.notice ?? null } : phase;
    case 'unlocked':
      return { kind: 'unlocked', notice: event.notice ?? null };
    case 'private-started':
      // Only from the open records: a late answer after a lock must not show questions.
      return phase.kind === 'unlocked'
        ? { kind: 'private', checkIn: event.checkIn, returnTo: event.returnTo }
        : phase;
    case 'private-ended':
      return phase.kind === 'private' ? { kind: 'handed-back', returnTo: phase.returnTo } : phase;
    case 'therapist-back':
      return phase.kind === 'handed-back'
        ? { kind: 'locked', reason: 'handBack', returnTo: phase.returnTo }
        : phase;
    case 'locked':
      // The recovery key is not clinical data and cannot be shown again: keep it on screen
      // until the clinician confirms they stored it, then ask for the passphrase.
      if (phase.kind === 'recovery-key') return { ...phase, lockedMeanwhile: true };
      // Nothing is open before set-up, while checking or while the demo is built; a stray
      // lock event changes nothing.
      if (phase.kind === 'setup' || phase.kind === 'checking' || phase.kind === 'demo-building') return phase;
      if (phase.kind === 'locked') return phase;
      // The thank-you screen shows nothing and the records are already locked: it stays until
      // the laptop is back with the clinician.
      if (phase.kind === 'handed-back') return phase;
      // Locked while the partner answered (the idle lock, the system): their answers are not
      // kept, and the passphrase still leads back to the session.
      if (phase.kind === 'private') return { kind: 'locked', reason: event.reason, returnTo: phase.returnTo };
      return { kind: 'locked', reason: event.reason };
    case 'notice-dismissed':
      return phase.kind === 'unlocked' ? { ...phase, notice: null } : phase;
    case 'demo-building':
      return { kind: 'demo-building' };
    case 'practice-changed':
      return { kind: 'checking' };
  }
}
