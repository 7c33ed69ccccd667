import { CoreFailure } from '@core/errors';
import type { Migration } from './migrations';
import type { Db } from './sqlite';

export interface MigrationResult {
  from: number;
  to: number;
}

/** Refuses a list with gaps or repeats: versions must be 1, 2, 3, ... */
export function assertMigrationOrder(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration ${migration.name} has version ${migration.version}, expected ${index + 1}`);
    }
  });
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the schema up to date in one transaction (all steps or none) and records the new
 * `user_version` inside it. A database written by a newer Rekindle is refused, never
 * downgraded. Before touching a database that already holds data, `backup` is called so
 * a failed or faulty migration can be undone by restoring it.
 */
export function migrate(
  db: Db,
  migrations: readonly Migration[],
  backup: (fromVersion: number) => void,
): MigrationResult {
  assertMigrationOrder(migrations);
  const latest = migrations.length;
  const from = schemaVersion(db);
  if (from > latest) {
    throw new CoreFailure(
      'database_newer',
      'This database was written by a newer version of Rekindle. Install the newer version to open it; nothing has been changed.',
    );
  }
  if (from === latest) return { from, to: from };
  if (from > 0) backup(from);
  const pending = migrations.slice(from);
  // The pragma is ignored inside a transaction, so it is switched around it, and restored
  // whatever happens: the connection stays in use after migrating.
  const rebuilds = pending.some((migration) => migration.rebuildsTables);
  const enforcing = db.pragma('foreign_keys', { simple: true }) === 1;
  if (rebuilds && enforcing) db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (const migration of pending) {
        migration.up(db);
        db.pragma(`user_version = ${migration.version}`);
      }
      if (rebuilds && (db.pragma('foreign_key_check') as unknown[]).length > 0) {
        throw new Error('A migration left a reference to a missing row; nothing was changed');
      }
    })();
  } finally {
    if (rebuilds && enforcing) db.pragma('foreign_keys = ON');
  }
  return { from, to: latest };
}
