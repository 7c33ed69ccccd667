import type { PracticeStatus } from '@shared/contract/practice';
import { createContext, useContext, useEffect } from 'react';

/** Which practice is open, and the way out of the demo; provided by the vault gate. */
export interface PracticeControls {
  /** Null until the app has asked which practice is open. */
  status: PracticeStatus | null;
  /** Leaves the demo practice (its fictional records are deleted) for the real one. */
  leaveDemo(): void;
  leaving: boolean;
}

export const PracticeContext = createContext<PracticeControls>({
  status: null,
  leaveDemo: () => undefined,
  leaving: false,
});

export function usePractice(): PracticeControls {
  return useContext(PracticeContext);
}

export function useIsDemo(): boolean {
  return usePractice().status?.practice === 'demo';
}

/** The window title says DEMO too: it shows in the task bar and the window switcher. */
export function useDemoTitle(status: PracticeStatus | null): void {
  const demo = status?.practice === 'demo';
  useEffect(() => {
    document.title = demo ? 'DEMO practice · Rekindle' : 'Rekindle';
  }, [demo]);
}
