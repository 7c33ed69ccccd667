import type { UnlockProblem } from './unlockErrors';
import { secondsText } from './useCountdown';

/**
 * The reason the last attempt failed. The countdown sits outside the alert so a screen
 * reader announces the problem once, not every second as the number changes.
 */
export function UnlockProblemNotice({
  id,
  problem,
  waitSeconds,
  onRestore,
}: {
  id: string;
  problem: UnlockProblem;
  waitSeconds: number;
  /** Offered when restoring a backup is the way forward (a damaged or missing file). */
  onRestore?: (() => void) | undefined;
}) {
  return (
    <div className="notice notice--error" id={id}>
      <div role="alert">
        <p className="notice__title">{problem.title}</p>
        <p>{problem.message}</p>
      </div>
      {waitSeconds > 0 ? (
        <p className="notice__wait">You can try again in {secondsText(waitSeconds)}.</p>
      ) : null}
      {problem.restore && onRestore ? (
        <div className="form__actions">
          <button type="button" className="button button--primary" onClick={onRestore}>
            Restore from a backup…
          </button>
        </div>
      ) : null}
    </div>
  );
}
