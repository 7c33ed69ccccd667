import { startTransition, useCallback, useOptimistic } from 'react';
import { useSearchParams } from 'react-router';
import { isShareable, showsTables, withSwitch } from './viewParams';

type Switches = { shareable: boolean; tables: boolean };

/**
 * The dashboard's two switches, kept in the address (replacing, not adding, history). The
 * router applies an address change as a transition, so each switch also flips at once
 * (optimistically) rather than after the dashboard has re-rendered behind it.
 */
export function useViewSwitches() {
  const [params, setParams] = useSearchParams();
  const [switches, setOptimistic] = useOptimistic<Switches, Partial<Switches>>(
    { shareable: isShareable(params), tables: showsTables(params) },
    (current, change) => ({ ...current, ...change }),
  );
  const set = useCallback(
    (which: 'shareable' | 'tables', on: boolean) =>
      startTransition(() => {
        setOptimistic({ [which]: on });
        setParams((current) => withSwitch(current, which, on), { replace: true });
      }),
    [setParams, setOptimistic],
  );
  return { ...switches, set };
}
