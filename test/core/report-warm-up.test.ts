import { reportsWarmedUp, warmReportsInBackground } from '@core/reports/warm-up';
import { afterEach, expect, it, vi } from 'vitest';
import { fictionalAssessment } from '../fixtures/assessments';
import { fictionalCouple } from '../fixtures/couples';
import { fictionalSession } from '../fixtures/sessions';
import { makeCore, TEST_PASSPHRASE } from '../support/core';

afterEach(() => {
  vi.restoreAllMocks();
});

// The warm-up swallows its own failures (a slow first report beats no report), so a sample that
// drifted out of step with the report model would fail silently: these keep it honest.
it('builds and renders its throwaway report without an error', async () => {
  const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  await warmReportsInBackground();
  expect(logged).not.toHaveBeenCalled();
});

it('after an unlock, builds the most recently seen couple’s report model without an error', async () => {
  const t = await makeCore({ core: { preloadFonts: true } });
  try {
    await t.ok('vault:create', { passphrase: TEST_PASSPHRASE });
    const { id } = await t.ok('couples:create', fictionalCouple({ startDate: '2026-09-01' }));
    await t.ok('assessments:create', fictionalAssessment(id, { assessedOn: '2026-09-02' }));
    const draft = await t.ok('plans:startDraft', { coupleId: id, from: 'proposal' });
    await t.ok('plans:saveDraft', { id: draft.id, document: draft.document, reviewDate: '2026-12-18' });
    await t.ok('sessions:create', fictionalSession(id, { date: '2026-11-18' }));
    await t.core.lock();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await t.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
    await reportsWarmedUp();
    expect(logged).not.toHaveBeenCalled();
  } finally {
    await t.dispose();
  }
});
