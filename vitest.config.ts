import { defineConfig } from 'vitest/config';
import { importAliases } from './aliases.config.ts';

export default defineConfig({
  resolve: { alias: importAliases() },
  test: {
    include: ['test/{shared,core,main,renderer,tools}/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Core tests run scrypt and the SQLite cipher; two cores, so keep the pool small.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
