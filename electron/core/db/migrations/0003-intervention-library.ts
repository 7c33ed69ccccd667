import type { Migration } from './types';

/**
 * The intervention library. Seed entries ship with the app; clinicians may edit them or add
 * their own. `seed_hash` records which seed text a row holds, so a newer seed updates only
 * the entries nobody edited (`edited = 0`).
 */
export const migration0003: Migration = {
  version: 3,
  name: 'intervention-library',
  up(db) {
    db.exec(`
      CREATE TABLE library_entries (
        id TEXT PRIMARY KEY,
        entry TEXT NOT NULL,
        origin TEXT NOT NULL CHECK (origin IN ('seed', 'clinician')),
        seed_hash TEXT,
        edited INTEGER NOT NULL DEFAULT 0 CHECK (edited IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
