import type { Db } from '@core/db/sqlite';

/** One schema step. `version` is the `user_version` the database has after it runs. */
export interface Migration {
  version: number;
  name: string;
  /**
   * The step rebuilds a table that others reference (SQLite cannot alter a constraint in
   * place). Foreign-key enforcement is off while it runs, as SQLite's own procedure requires,
   * and every reference is checked before the transaction commits.
   */
  rebuildsTables?: boolean;
  up(db: Db): void;
}
