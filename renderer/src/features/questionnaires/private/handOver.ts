import type { PrivateCheckIn } from '@shared/contract/questionnaires';
import { createContext } from 'react';

/**
 * Switches the app to a partner's private check-in: provided by the vault gate, which owns
 * the top-level screens. `returnTo` is the route the clinician comes back to after unlocking.
 * The default does nothing, so a screen rendered outside the gate (never in the app) cannot throw.
 */
export const HandOverContext = createContext<(checkIn: PrivateCheckIn, returnTo: string) => void>(
  () => undefined,
);

/**
 * Full screen while the partner has the laptop: other windows and the desktop are out of
 * sight. Must be called from the click itself (browsers allow it only on a user gesture);
 * a refusal changes nothing else, the private screen works the same in a window.
 */
export function enterFullScreen(): void {
  const root = document.documentElement;
  if (document.fullscreenElement || typeof root.requestFullscreen !== 'function') return;
  root.requestFullscreen().catch(() => undefined);
}

export function leaveFullScreen(): void {
  if (!document.fullscreenElement) return;
  document.exitFullscreen().catch(() => undefined);
}
