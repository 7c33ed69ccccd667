import { useQuery } from '@tanstack/react-query';
import { screenLockQuery } from './queries';

/**
 * Says plainly when Rekindle cannot see the computer's screen lock (Linux without a logind
 * session, for example), so the clinician knows the idle lock above is what protects the
 * records when they step away. Says nothing while it can, or while it is still checking.
 */
export function ScreenLockNotice() {
  const watch = useQuery(screenLockQuery);
  if (watch.data?.state !== 'unavailable') return null;
  return (
    <div className="notice notice--warning" role="note" data-testid="screen-lock-unavailable">
      <p>
        <strong>Rekindle cannot tell when this computer’s screen locks.</strong> {watch.data.reason}
      </p>
      <p>
        Locking the screen will not lock Rekindle: the automatic lock after the minutes above is what protects
        the records when you step away, so keep it short, or lock Rekindle yourself (File, then Lock, or
        Ctrl+L) before you leave the computer.
      </p>
    </div>
  );
}
