import { type Migration, migrations } from '@core/db/migrations';

/** Rows the heavy migration writes: enough that it takes a good fraction of a second. */
export const HEAVY_ROWS = 60_000;

/**
 * A migration after the real ones, long enough for a kill to land inside it: it adds a column
 * to a table that holds records and fills it, and writes a large new table. Either all of it
 * is there afterwards (the new version) or none of it (the old one).
 */
export const heavyMigration: Migration = {
  version: migrations.length + 1,
  name: 'fault-test heavy migration',
  up(db) {
    db.exec(`
      ALTER TABLE couples ADD COLUMN fault_probe TEXT;
      UPDATE couples SET fault_probe = 'migrated';
      CREATE TABLE fault_probe (n INTEGER PRIMARY KEY, filler TEXT NOT NULL) STRICT;
      WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < ${HEAVY_ROWS})
        INSERT INTO fault_probe (n, filler) SELECT n, hex(randomblob(24)) FROM k;
    `);
  },
};
