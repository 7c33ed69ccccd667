import type { Session } from '@core/session';

/**
 * Memory that lives exactly as long as one unlocked session (documents waiting to be saved,
 * an archive chosen for import): locking drops the session, and these maps with it.
 */
export function perSession<V>(): (s: Session) => Map<string, V> {
  const maps = new WeakMap<Session, Map<string, V>>();
  return (s) => {
    let map = maps.get(s);
    if (!map) {
      map = new Map();
      maps.set(s, map);
    }
    return map;
  };
}
