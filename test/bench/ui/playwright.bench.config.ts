import { defineConfig } from '@playwright/test';
import e2e from '../../../playwright.config';

/** `npm run bench` (second half): screens timed in Chromium against a baseline in the same run. */
export default defineConfig({
  ...e2e,
  testDir: '.',
  testMatch: '*.ui-bench.ts',
  outputDir: '../../../test-results/bench-artifacts',
  workers: 1,
  timeout: 15 * 60_000,
});
