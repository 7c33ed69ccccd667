import { afterEach, expect, it, vi } from 'vitest';
import { warmReportsInBackground } from '../../electron/core/reports/warm-up';

afterEach(() => {
  vi.restoreAllMocks();
});

// The warm-up swallows its own failures (a slow first report beats no report), so a sample that
// drifted out of step with the report model would fail silently: this keeps it honest.
it('builds and renders its throwaway report without an error', async () => {
  const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  await warmReportsInBackground();
  expect(logged).not.toHaveBeenCalled();
});
