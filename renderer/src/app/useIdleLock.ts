import { useEffect } from 'react';

/** How often inactivity is checked; the lock fires at most this much after the limit. */
const CHECK_EVERY_MS = 5_000;
const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/**
 * Calls `onIdle` once after `minutes` without keyboard or pointer activity in this window.
 * The main process also locks on system idle; this covers the app left open and untouched
 * while the clinician keeps using other programs.
 */
export function useIdleLock(minutes: number, onIdle: () => void): void {
  useEffect(() => {
    let lastActivity = Date.now();
    let fired = false;
    const markActive = () => {
      lastActivity = Date.now();
    };
    for (const type of ACTIVITY_EVENTS)
      window.addEventListener(type, markActive, { capture: true, passive: true });
    const timer = window.setInterval(() => {
      if (!fired && Date.now() - lastActivity >= minutes * 60_000) {
        fired = true;
        onIdle();
      }
    }, CHECK_EVERY_MS);
    return () => {
      window.clearInterval(timer);
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, markActive, { capture: true });
    };
  }, [minutes, onIdle]);
}
