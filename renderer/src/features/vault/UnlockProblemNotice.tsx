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
}: {
  id: string;
  problem: UnlockProblem;
  waitSeconds: number;
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
    </div>
  );
}
