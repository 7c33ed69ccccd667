import { defineConfig } from 'vitest/config';
import { importAliases } from '../../aliases.config.ts';

/**
 * Checks of the built app (`npm run test:built`, after `electron-vite build`): what Electron
 * will need of out/ and of a packaged build, checked where no Electron binary can run.
 */
export default defineConfig({
  resolve: { alias: importAliases() },
  test: {
    include: ['test/built/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
