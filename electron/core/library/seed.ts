import { createHash } from 'node:crypto';
import type { LibraryRepo } from '@core/db/repos/library';
import seedJson from '@resources/library/interventions.json' with { type: 'json' };
import { type LibraryEntry, librarySchema } from '@shared/domain/library';

/** The library as shipped: validated once, when first needed. */
let shipped: LibraryEntry[] | null = null;
export function shippedLibrary(): LibraryEntry[] {
  shipped ??= librarySchema.parse(seedJson);
  return shipped;
}

function seedHash(entry: LibraryEntry): string {
  return createHash('sha256').update(JSON.stringify(entry)).digest('hex');
}

/**
 * Brings the stored library up to the shipped seed: new entries are added, entries nobody
 * edited follow the newer text, and anything a clinician edited or wrote is left as it is.
 * Runs at every unlock inside one transaction; a no-op when nothing changed.
 */
export function applySeed(
  repo: LibraryRepo,
  seed: readonly LibraryEntry[],
  now: string,
): { added: number; updated: number } {
  let added = 0;
  let updated = 0;
  for (const entry of seed) {
    const hash = seedHash(entry);
    const stored = repo.seedState(entry.id);
    if (!stored) {
      repo.insert(entry, 'seed', hash, now);
      added += 1;
    } else if (stored.origin === 'seed' && !stored.edited && stored.seedHash !== hash) {
      repo.replaceSeed(entry, hash, now);
      updated += 1;
    }
  }
  return { added, updated };
}
