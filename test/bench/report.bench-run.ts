import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderProgressReport } from '@core/reports/progress-report';
import type { DocumentFrame } from '@core/reports/types';
import { reportsWarmedUp } from '@core/reports/warm-up';
import { gatherDashboardInput } from '@core/services/dashboard';
import { Vault } from '@core/vault/vault';
import { type ProgressReportOptionsInput, progressReportOptionsSchema } from '@shared/contract/reports';
import { addDaysIso } from '@shared/domain/dates';
import { buildProgressReport } from '@shared/domain/reports/progress-report';
import { type Browser, chromium } from 'playwright-core';
import { expect, it } from 'vitest';
import { letterhead as exampleLetterhead } from '../fixtures/progress-report-models';
import { makeCore, TEST_KDF, TEST_PASSPHRASE, testClock } from '../support/core';
import { pdfPages } from '../support/pdf-text';
import { seedWeeklyHistory } from '../support/weekly-history';
import { percentile, report } from './measure';
import { PRINT_MARGIN, progressReportHtml, progressReportPrintTemplates } from './report-html';

const PROGRAM = 'Example Recovery Program (fictional)';
const WEEKS = 104;
/** Each run makes a whole multi-page PDF three ways: fewer runs than the dashboard's, still enough for a p95. */
const RUNS = 20;
/** Calls made before timing, so the figures are of warmed-up code; the very first is reported apart. */
const WARM_UP = 4;
const START = '2024-11-25';

const narrative = Array.from(
  { length: 6 },
  (_, i) =>
    `Paragraph ${i + 1}. Over this stretch of treatment the couple practised the repair conversation at home, ` +
    'reported fewer escalating arguments, and brought their own examples to session. Setbacks were discussed openly ' +
    'and used to adjust the plan rather than abandon it; both partners named what helped and what did not.',
).join('\n\n');

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

/**
 * Issue 6's target: the 2-year progress report is generated in under 500 ms. Measured through
 * `dispatch` (validation, the record, the audit entry and base64 included), and the pdfkit
 * rendering alone, against the baseline of the same report as an HTML page printed to PDF by
 * Chromium, in the same run. The three are timed in turn within each run, so a busy moment on
 * the machine falls on all of them rather than on one.
 */
it('progress report for two years of weekly data', { timeout: 900_000 }, async () => {
  const clock = testClock(`${START}T09:00:00.000Z`);
  // As the app runs: fonts parsed in the background after each unlock.
  const t = await makeCore({ clock, core: { preloadFonts: true } });
  let browser: Browser | undefined;
  try {
    await t.ok('vault:create', { passphrase: TEST_PASSPHRASE });
    await t.ok('settings:update', { letterhead: exampleLetterhead });
    const { coupleId, milestones } = await seedWeeklyHistory(t.ok, {
      start: START,
      weeks: WEEKS,
      reviewDate: addDaysIso(START, 14),
      afterSigning: () => clock.advance(WEEKS * 7 * 86_400_000),
    });
    const today = addDaysIso(START, WEEKS * 7);
    // Partner A is in recovery: her use data goes to the program under her recorded consent.
    await t.ok('consents:record', {
      coupleId,
      partner: 'A',
      recipientKind: 'referringProgramme',
      recipientName: PROGRAM,
      purpose: 'Coordinating care with the referring program',
      scope: ['diagnosis', 'useData', 'attendance', 'treatment'],
      signedOn: addDaysIso(today, -1),
      expiresOn: addDaysIso(today, 365),
    });
    const optionsInput: ProgressReportOptionsInput = {
      coupleId,
      from: START,
      to: today,
      recipient: 'referringProgramme',
      recipientName: PROGRAM,
      identifiers: 'full',
      includeSubstanceUse: true,
      sections: { attendance: true, goals: true, milestones: true, charts: true, calendar: true },
      narrative,
      recommendations: narrative.split('\n\n').slice(0, 2).join('\n\n'),
    };

    // The model once, read from the vault as the service reads it, for the renderer alone and the HTML.
    await t.core.lock();
    const vault = new Vault({ dataDir: t.dataDir, clock: clock.now, kdf: TEST_KDF });
    await vault.unlock(TEST_PASSPHRASE);
    const s = vault.current();
    const couple = s.couples.get(coupleId);
    if (!couple) throw new Error('the seeded couple is missing');
    const model = buildProgressReport({
      couple,
      options: progressReportOptionsSchema.parse(optionsInput),
      dashboardInput: gatherDashboardInput(s, coupleId, today, 200),
      generatedOn: today,
    });
    await vault.lock();
    await t.ok('vault:unlock', { passphrase: TEST_PASSPHRASE });
    // A clinician takes seconds to open the report dialog after unlocking: by then the
    // background warm-up (fonts parsed, a throwaway report rendered, the most recently seen
    // couple's report model built) has finished. Awaiting it stands in for that pause; the
    // first call below is still the first report generated in the process.
    await reportsWarmedUp();
    const { letterhead } = await t.ok('settings:get', {});
    const frame: DocumentFrame = { letterhead, demo: false, generatedAt: clock.now() };
    const html = progressReportHtml(model, letterhead);
    const templates = progressReportPrintTemplates(model, letterhead);

    // Playwright takes px, in, cm or mm, not pt: the frame's points as inches.
    const inches = (points: number) => `${points / 72}in`;
    const margin = {
      top: inches(PRINT_MARGIN.top),
      bottom: inches(PRINT_MARGIN.bottom),
      left: inches(PRINT_MARGIN.left),
      right: inches(PRINT_MARGIN.right),
    };

    const generate = async () => {
      const start = process.hrtime.bigint();
      const result = await t.core.dispatch('reports:generate', { kind: 'progress', options: optionsInput });
      const elapsed = ms(start);
      if (!result.ok)
        throw new Error(`reports:generate failed: ${result.error.code} ${result.error.message}`);
      return { elapsed, pageCount: result.value.pageCount, base64: result.value.pdfBase64 };
    };
    const renderAlone = async () => {
      const start = process.hrtime.bigint();
      const rendered = await renderProgressReport(model, frame);
      return { elapsed: ms(start), rendered };
    };
    const printChromium = async () => {
      const start = process.hrtime.bigint();
      await page.setContent(html);
      const bytes = await page.pdf({
        format: 'Letter',
        displayHeaderFooter: true,
        ...templates,
        margin,
        printBackground: true,
      });
      return { elapsed: ms(start), bytes };
    };

    // The first report after unlock, timed before the baseline's browser starts: Chromium's
    // start-up (its processes spread over both cores) would otherwise land on this one call.
    const firstGenerate = (await generate()).elapsed;
    // Launched once before the rest of the timing, as Electron's print would find a renderer running.
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
    const page = await browser.newPage();
    const first = {
      generate: firstGenerate,
      render: (await renderAlone()).elapsed,
      chromium: (await printChromium()).elapsed,
    };
    for (let i = 1; i < WARM_UP; i += 1) {
      await generate();
      await renderAlone();
      await printChromium();
    }
    const timed = { generate: [] as number[], render: [] as number[], chromium: [] as number[] };
    for (let i = 0; i < RUNS; i += 1) {
      timed.generate.push((await generate()).elapsed);
      timed.render.push((await renderAlone()).elapsed);
      timed.chromium.push((await printChromium()).elapsed);
    }

    const generated = await generate();
    const pdfkit = (await renderAlone()).rendered;
    const printed = Buffer.from((await printChromium()).bytes);
    const generatedBytes = Buffer.from(generated.base64, 'base64');
    const chromiumPages = (await pdfPages(printed)).length;
    // Sanity only: both are real PDFs of a multi-page report, and the core's is the renderer's.
    expect(generatedBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfkit.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(printed.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(generated.pageCount).toBe(pdfkit.pageCount);
    expect(pdfkit.pageCount).toBeGreaterThan(3);
    expect(chromiumPages).toBeGreaterThan(3);
    expect(model.charts?.length ?? 0).toBeGreaterThan(0);
    expect(model.charts?.[0]?.series.A.length ?? 0).toBeGreaterThan(50);

    const rows = [
      {
        phase: 'reports:generate, first call (cold code)',
        subject: first.generate,
        baseline: first.chromium,
        unit: 'ms',
      },
      {
        phase: `reports:generate p50 (${WEEKS} wk, ${milestones.length} milestones)`,
        subject: percentile(timed.generate, 50),
        baseline: percentile(timed.chromium, 50),
        unit: 'ms',
      },
      {
        phase: 'reports:generate p95',
        subject: percentile(timed.generate, 95),
        baseline: percentile(timed.chromium, 95),
        unit: 'ms',
      },
      {
        phase: 'of which renderProgressReport, first call',
        subject: first.render,
        baseline: first.chromium,
        unit: 'ms',
      },
      {
        phase: 'of which renderProgressReport p50',
        subject: percentile(timed.render, 50),
        baseline: percentile(timed.chromium, 50),
        unit: 'ms',
      },
      {
        phase: 'of which renderProgressReport p95',
        subject: percentile(timed.render, 95),
        baseline: percentile(timed.chromium, 95),
        unit: 'ms',
      },
      { phase: 'pages', subject: pdfkit.pageCount, baseline: chromiumPages, unit: 'pp' },
      { phase: 'size', subject: pdfkit.bytes.length / 1024, baseline: printed.length / 1024, unit: 'KiB' },
    ];
    report('report', 'pdfkit', 'chromium print', rows);
    // Issue 16, item 10: the first report after unlock is not slower than twice a warm one.
    const warm = percentile(timed.generate, 50);
    console.log(
      `first report after unlock: ${first.generate.toFixed(1)} ms cold vs ${warm.toFixed(1)} ms warm (p50) -> ${(first.generate / warm).toFixed(2)}x (target <= 2x)`,
    );
    // Both documents kept beside the figures (fictional data), so the fairness of the comparison can be looked at.
    writeFileSync(join('test-results', 'bench-report-pdfkit.pdf'), pdfkit.bytes);
    writeFileSync(join('test-results', 'bench-report-chromium.pdf'), printed);
    console.log(`target: 2-year report under 500 ms -> ${percentile(timed.generate, 95).toFixed(1)} ms`);
  } finally {
    await browser?.close();
    await t.dispose();
  }
});
