import type { Db } from '../sqlite';

/** One schema step. `version` is the `user_version` the database has after it runs. */
export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}
