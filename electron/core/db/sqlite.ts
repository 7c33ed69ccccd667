import Database from 'better-sqlite3-multiple-ciphers';

/** The driver's connection type, re-exported so the rest of the core names one thing. */
export type Db = Database.Database;
export { Database };
