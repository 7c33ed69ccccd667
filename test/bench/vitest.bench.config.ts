import { defineConfig } from 'vitest/config';
import { importAliases } from '../../aliases.config.ts';

/** `npm run bench`: workloads measured against a baseline in the same run. Not part of npm test. */
export default defineConfig({
  resolve: { alias: importAliases() },
  test: {
    include: ['test/bench/**/*.bench-run.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 1,
    testTimeout: 30 * 60_000,
    silent: false,
  },
});
