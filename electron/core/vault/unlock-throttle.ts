import { z } from 'zod';
import { readFileIfExists, writeFileAtomic } from '../files';

/**
 * Growing delays after failed unlock attempts, kept in a file so that restarting the app
 * does not reset them. This slows guessing at the unlock screen; someone who can copy the
 * data folder faces scrypt instead, which is what protects the key offline.
 */
const FREE_ATTEMPTS = 3;
const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 5 * 60_000;

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

export class UnlockThrottle {
  constructor(
    private readonly path: string,
    private readonly clock: () => Date,
  ) {}

  private read(): ThrottleState {
    const text = readFileIfExists(this.path);
    if (text === null) return { failures: 0, lastFailureAt: null };
    try {
      const parsed = stateSchema.safeParse(JSON.parse(text));
      // A damaged throttle file must not become a way around the throttle: treat it as the cap.
      return parsed.success ? parsed.data : { failures: 20, lastFailureAt: this.clock().toISOString() };
    } catch {
      return { failures: 20, lastFailureAt: this.clock().toISOString() };
    }
  }

  /** Milliseconds to wait before the next attempt is allowed; 0 when allowed now. */
  waitMs(): number {
    const { failures, lastFailureAt } = this.read();
    if (!lastFailureAt) return 0;
    const allowedAt = Date.parse(lastFailureAt) + delayAfterFailures(failures);
    return Math.max(0, allowedAt - this.clock().getTime());
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
