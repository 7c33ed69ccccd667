import { defineConfig } from 'vitest/config';
import { importAliases } from '../../aliases.config.ts';

/**
 * Fault-injection tests (issue 7): crash, disk-full, corruption, wrong-passphrase and IPC fuzz.
 * Separate from `vitest run` because they are slow and spawn processes: one worker at a time so
 * the kill test's children get both cores.
 */
export default defineConfig({
  resolve: { alias: importAliases() },
  test: {
    include: ['test/faults/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 60_000,
  },
});
