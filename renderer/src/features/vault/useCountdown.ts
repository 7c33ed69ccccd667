import type { ApiError } from '@renderer/api/client';
import { useCallback, useEffect, useId, useState } from 'react';

/** Whole seconds left until `untilMs` (epoch ms), ticking down; 0 once it has passed or when null. */
export function useCountdown(untilMs: number | null): number {
  const remaining = () => (untilMs === null ? 0 : Math.max(0, Math.ceil((untilMs - Date.now()) / 1000)));
  const [seconds, setSeconds] = useState(remaining);
  useEffect(() => {
    const left = () => (untilMs === null ? 0 : Math.max(0, Math.ceil((untilMs - Date.now()) / 1000)));
    setSeconds(left());
    if (untilMs === null) return;
    const timer = window.setInterval(() => {
      const next = left();
      setSeconds(next);
      if (next === 0) window.clearInterval(timer);
    }, 250);
    return () => window.clearInterval(timer);
  }, [untilMs]);
  return seconds;
}

export function secondsText(seconds: number): string {
  return `${seconds} second${seconds === 1 ? '' : 's'}`;
}

/**
 * The last failed attempt (unlock, recovery, opening a backup) and the wait the core asked
 * for after it. Clearing the failure keeps the wait: typing again does not shorten it.
 */
export function useAttemptFailure() {
  const [failure, setFailureState] = useState<ApiError | null>(null);
  const [retryAt, setRetryAt] = useState<number | null>(null);
  const waitSeconds = useCountdown(retryAt);
  const problemId = useId();
  const setFailure = useCallback((error: ApiError | null) => {
    setFailureState(error);
    if (error) setRetryAt(error.retryAfterMs ? Date.now() + error.retryAfterMs : null);
  }, []);
  return { failure, setFailure, waitSeconds, problemId };
}
