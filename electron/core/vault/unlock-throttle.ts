import { readFileIfExists, writeFileAtomic } from '@core/files';
import { z } from 'zod';

/**
 * Growing delays after failed unlock attempts, kept in a file so that restarting the app
 * does not reset them. This slows guessing at the unlock screen; someone who can copy the
 * data folder faces scrypt instead, which is what protects the key offline.
 */
const FREE_ATTEMPTS = 3;
const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 5 * 60_000;
/** Treated as this many failures when the file is unreadable: the longest delay, once. */
const DAMAGED_FILE_FAILURES = 20;

const stateSchema = z.object({
  failures: z.number().int().min(0),
  lastFailureAt: z.string().nullable(),
});
type ThrottleState = z.infer<typeof stateSchema>;

/** How long to wait after the given number of consecutive failures. */
export function delayAfterFailures(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(FIRST_DELAY_MS * 2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_MS);
}

export interface ThrottleOptions {
  /**
   * Failures are forgotten this long after the last one. For a counter that no success may
   * reset (a backup's key file: whoever makes one knows its passphrase), so that a few
   * mistakes a year apart do not add up to the longest delay.
   */
  forgetAfterMs?: number;
}

export class UnlockThrottle {
  constructor(
    private readonly path: string,
    private readonly clock: () => Date,
    private readonly options: ThrottleOptions = {},
  ) {}

  private read(): ThrottleState {
    const state = this.readFile();
    const { forgetAfterMs } = this.options;
    if (forgetAfterMs !== undefined && state.lastFailureAt !== null) {
      const quiet = this.clock().getTime() - Date.parse(state.lastFailureAt);
      if (quiet >= forgetAfterMs) return { failures: 0, lastFailureAt: null };
    }
    return state;
  }

  private readFile(): ThrottleState {
    const text = readFileIfExists(this.path);
    if (text === null) return { failures: 0, lastFailureAt: null };
    let parsed: ThrottleState | null = null;
    try {
      const result = stateSchema.safeParse(JSON.parse(text));
      if (result.success) parsed = result.data;
    } catch {
      parsed = null;
    }
    if (parsed) return parsed;
    // A damaged file must not become a way around the throttle, nor a lockout that never
    // ends: record the capped state once, from now, so the wait runs out like any other.
    const capped = { failures: DAMAGED_FILE_FAILURES, lastFailureAt: this.clock().toISOString() };
    writeFileAtomic(this.path, JSON.stringify(capped satisfies ThrottleState));
    return capped;
  }

  /** Milliseconds to wait before the next attempt is allowed; 0 when allowed now. */
  waitMs(): number {
    const { failures, lastFailureAt } = this.read();
    if (!lastFailureAt) return 0;
    const delay = delayAfterFailures(failures);
    const remaining = Date.parse(lastFailureAt) + delay - this.clock().getTime();
    // Never longer than the delay itself, even if the system clock was set back.
    return Math.min(delay, Math.max(0, remaining));
  }

  /** Consecutive failures since the last success. */
  failures(): number {
    return this.read().failures;
  }

  recordFailure(): void {
    const { failures } = this.read();
    writeFileAtomic(
      this.path,
      JSON.stringify({
        failures: failures + 1,
        lastFailureAt: this.clock().toISOString(),
      } satisfies ThrottleState),
    );
  }

  reset(): void {
    if (this.read().failures === 0) return;
    writeFileAtomic(this.path, JSON.stringify({ failures: 0, lastFailureAt: null } satisfies ThrottleState));
  }
}
