import type { Session } from '@core/session';
import { applySeed, shippedLibrary } from './seed';

/** Keeps the stored library in step with the shipped seed at each unlock, and audits a change. */
export function seedLibrary(session: Session, clock: () => Date): void {
  session.db.transaction(() => {
    const { added, updated } = applySeed(session.library, shippedLibrary(), clock().toISOString());
    if (added + updated > 0) session.audit.record('library.seeded', undefined, { added, updated });
  })();
}
