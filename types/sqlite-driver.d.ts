/**
 * better-sqlite3-multiple-ciphers 13.0.3 ships its declarations (index.d.ts) but its package
 * `exports` has no `types` entry, so TypeScript cannot find them (fixed upstream, not yet
 * released). This points the driver's name at that file through a separate alias declared in
 * tsconfig `paths`; mapping the driver's own name there would also redirect Playwright's and
 * esbuild's loading of the JavaScript. Remove this file and the alias once a release has the
 * `types` entry: `npm run typecheck` then still passes without them.
 */
declare module 'better-sqlite3-multiple-ciphers' {
  import Database = require('sqlite-driver-declarations');
  export = Database;
}
