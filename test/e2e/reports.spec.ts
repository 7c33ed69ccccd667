import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { CalendarDayInput } from '@shared/contract/calendar';
import type { CoupleInput } from '@shared/contract/couples';
import { addDaysIso, toIsoDate } from '@shared/domain/dates';
import { type PlanDocument, walkPlan } from '@shared/domain/plan';
import { fictionalAssessment } from '../fixtures/assessments';
import { fictionalCouple, fictionalPartner } from '../fixtures/couples';
import { fictionalDapNote, fictionalSession } from '../fixtures/sessions';
import { expect, PASSPHRASE, type RekindleApp, test } from './harness';
import { expectNoHorizontalOverflow, heading } from './steps';

const SIGNER = 'Dr. Robin Example-Ångström (fictional)';

function today(): string {
  return toIsoDate(new Date());
}

/** The same rule as the dialog's default period: three calendar months back, inside the shorter month. */
function threeMonthsBefore(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 - 3, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/** Long names with accents, to see them wrap in the dialog and print in the PDF. */
function accentedCouple(): CoupleInput {
  return fictionalCouple({
    displayName: 'Zoë-Anaïs & Łukasz-Bartholomew',
    status: 'active',
    startDate: addDaysIso(today(), -70),
    partnerA: fictionalPartner({
      firstName: 'Zoë-Anaïs',
      lastName: 'Müller-Ñúñez de la Fuente-Castellanos',
    }),
    partnerB: fictionalPartner({
      firstName: 'Łukasz-Bartholomew',
      lastName: 'Żółć-Vandenberghe',
      pronouns: 'he/him',
      email: 'lukasz.example@example.org',
      inRecovery: false,
      substances: [],
      severity: null,
      yearsOfUse: null,
      sobrietyDate: null,
    }),
  });
}

const ratings = (value: number, trust = value) => ({
  emotional: value,
  physical: value,
  intellectual: value,
  experiential: value,
  trust,
  communication: value,
});

function acceptAll(doc: PlanDocument): PlanDocument {
  const copy = structuredClone(doc);
  for (const { item } of walkPlan(copy)) item.decision = 'accepted';
  return copy;
}

/** Ten weeks in: an intake, a signed plan, weekly sessions with check-ins, two weeks of the calendar. */
async function coupleWithHistory(app: RekindleApp): Promise<string> {
  const t = today();
  const { id } = await app.call('couples:create', accentedCouple());
  await app.call('assessments:create', fictionalAssessment(id, { assessedOn: addDaysIso(t, -63) }));
  const draft = await app.call('plans:startDraft', { coupleId: id, from: 'proposal' });
  await app.call('plans:saveDraft', {
    id: draft.id,
    document: acceptAll(draft.document),
    reviewDate: addDaysIso(t, 14),
  });
  await app.call('plans:sign', { id: draft.id, signedBy: SIGNER, attest: true });
  for (let week = 0; week < 8; week += 1) {
    await app.call(
      'sessions:create',
      fictionalSession(id, {
        date: addDaysIso(t, -56 + week * 7),
        checkIn: { A: ratings(4, 3 + (week % 5)), B: ratings(4, 3) },
      }),
    );
  }
  const days: CalendarDayInput[] = [];
  for (let back = 14; back >= 1; back -= 1) {
    days.push({
      date: addDaysIso(t, -back),
      trustDiscussion: back % 3 !== 0,
      abstinence: { A: 'yes', B: null },
    });
  }
  await app.call('calendar:save', { coupleId: id, days });
  return id;
}

/**
 * Scrolls through the preview page by page: each page is drawn as it comes into view, with its
 * number. (Pages far behind may be released again: a long document never holds every page.)
 */
async function drawEveryPage(preview: Locator, pageCount: number): Promise<void> {
  const pages = preview.getByRole('figure');
  await expect(pages).toHaveCount(pageCount);
  for (let n = 0; n < pageCount; n += 1) {
    const page = pages.nth(n);
    await page.scrollIntoViewIfNeeded();
    await expect(page).toHaveAccessibleName(`Page ${n + 1} of ${pageCount}`);
    await expect(page.getByRole('img', { name: `Page ${n + 1} of ${pageCount}` })).toHaveAttribute(
      'data-drawn',
      'true',
    );
  }
}

/** Replaces the browser's print dialog: counts the page images present when it would have opened. */
async function stubPrint(page: Page): Promise<void> {
  await page.evaluate(() => {
    const record = window as unknown as { printedPages: number[] };
    record.printedPages = [];
    window.print = () => {
      record.printedPages.push(document.querySelectorAll('.print-pages img').length);
    };
  });
}

function savedPdfs(app: RekindleApp): string[] {
  return readdirSync(app.savedDir).filter((name) => name.endsWith('.pdf'));
}

test('from the dashboard to a previewed progress report: letterhead, court preset, initials, substance use, save and print', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  await app.setUpVault();
  const coupleId = await coupleWithHistory(app);

  // Progress → "Progress report…". The letterhead is still empty, and the dialog says so.
  await app.open(`/couples/${coupleId}?tab=progress`);
  await expect(page.getByRole('heading', { name: 'Ratings by area' })).toBeVisible();
  const opener = page.getByRole('button', { name: 'Progress report…' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Progress report for Zoë-Anaïs & Łukasz-Bartholomew' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: /^Progress report for/ })).toBeFocused();
  await expect(dialog.getByText('The letterhead has no practice name or clinician name')).toBeVisible();
  const narrative = dialog.getByRole('textbox', { name: 'Summary (optional)' });
  const narrativeText =
    'Zoë-Anaïs and Łukasz-Bartholomew attended every scheduled session. Trust ratings rose steadily; both partners describe calmer weeks and résumé-writing together as a shared goal.';
  await narrative.fill(narrativeText);
  await dialog.evaluate((element) => element.scrollTo(0, 0));
  await app.screenshot('6x-progress-report-letterhead-warning');

  // Off to Settings to complete it: a name too long is refused next to its field, then saved.
  await dialog.getByRole('link', { name: 'Complete the letterhead in Settings' }).click();
  await expect(heading(page, 'Settings')).toBeFocused();
  const letterhead = page.getByRole('region', { name: 'Letterhead' });
  const practice = letterhead.getByLabel('Practice name');
  await practice.fill('Á'.repeat(121));
  await letterhead.getByRole('button', { name: 'Save letterhead' }).click();
  await expect(practice).toHaveAttribute('aria-invalid', 'true');
  await expect(practice).toHaveAccessibleDescription(/The practice name must be at most 120 characters/);
  await practice.fill('Clínica Sol y Mar — Couples & Recovery Practice (fictional)');
  await letterhead
    .getByLabel('Address')
    .fill('12 Example Street, Suite 3\nSpringfield, EX 00000 (fictional)');
  await letterhead.getByLabel('Phone').fill('+1 555 0199');
  await letterhead.getByLabel('Clinician name').fill(SIGNER);
  await letterhead.getByLabel('Credentials').fill('PhD, LMFT');
  await letterhead.getByLabel('License number').fill('LMFT-000000 (fictional)');
  await letterhead.getByRole('button', { name: 'Save letterhead' }).click();
  await expect(letterhead.getByRole('status')).toHaveText(/Letterhead saved/);
  await expect(practice).not.toHaveAttribute('aria-invalid');
  const preferences = await app.call('settings:get', {});
  expect(preferences.letterhead).toEqual({
    practiceName: 'Clínica Sol y Mar — Couples & Recovery Practice (fictional)',
    address: '12 Example Street, Suite 3\nSpringfield, EX 00000 (fictional)',
    phone: '+1 555 0199',
    clinicianName: SIGNER,
    credentials: 'PhD, LMFT',
    licenceNumber: 'LMFT-000000 (fictional)',
  });
  await letterhead.scrollIntoViewIfNeeded();
  await app.screenshot('6x-settings-letterhead');

  // Back to Progress: the summary typed before the detour is still there, and the warning gone.
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Ratings by area' })).toBeVisible();
  await opener.click();
  await expect(dialog).toBeVisible();
  await expect(narrative).toHaveValue(narrativeText);
  await expect(dialog.getByText('The letterhead has no')).toHaveCount(0);
  // The options open on the couple's own copy, the last three months.
  const from = dialog.getByLabel('From', { exact: true });
  const to = dialog.getByLabel('To', { exact: true });
  // The plan was signed today, so the period falls back to the last three months, but never
  // before treatment began (70 days ago for this couple).
  const start = addDaysIso(today(), -70);
  expect(threeMonthsBefore(today()) < start).toBe(true);
  await expect(from).toHaveValue(start);
  await expect(to).toHaveValue(today());
  await expect(dialog.getByRole('radio', { name: 'The couple' })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'Charts (both partners per area)' })).toBeChecked();

  // Court: the preset leaves out charts, milestones, the calendar and substance use.
  await dialog.getByRole('radio', { name: 'Court' }).check();
  await expect(dialog.getByText(/^Choices set for Court: full names;/)).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'Full names' })).toBeChecked();
  const substance = dialog.getByRole('checkbox', { name: 'Include substance-use details' });
  await expect(substance).not.toBeChecked();
  await expect(substance).toHaveAccessibleDescription(/42 CFR Part 2 notice/);
  const sections = dialog.getByRole('group', { name: 'Sections' });
  await expect(sections.getByRole('checkbox', { checked: true })).toHaveCount(2);
  await expect(sections.getByRole('checkbox', { name: 'Attendance summary' })).toBeChecked();
  await expect(sections.getByRole('checkbox', { name: 'Plan goals and their status' })).toBeChecked();
  await expect(sections.getByRole('checkbox', { name: 'Charts (both partners per area)' })).not.toBeChecked();

  // The clinician then changes what the court gets: initials, substance use (with consent), text.
  await dialog.getByRole('radio', { name: 'Initials only' }).check();
  await substance.check();
  await dialog
    .getByRole('textbox', { name: 'Prepared for (optional)' })
    .fill('Superior Court of Example County — Family Division (fictional)');
  await expect(narrative).toHaveAccessibleDescription(
    new RegExp(`${narrativeText.length} of 8,000 characters`),
  );
  await dialog
    .getByRole('textbox', { name: 'Recommendations (optional)' })
    .fill('Continue weekly conjoint sessions for three months (fictional).');
  await expect(narrative).toHaveAccessibleDescription(
    /names are found and reviewed before the report is made/,
  );
  await expectNoHorizontalOverflow(page);
  await dialog.evaluate((element) => element.scrollTo(0, 0));
  await app.screenshot('6x-progress-report-dialog');
  await dialog.evaluate((element) => element.scrollTo(0, element.scrollHeight));
  await app.screenshot('6x-progress-report-dialog-end');

  // Error case: a period that ends before it starts is refused next to "To"; nothing typed is lost.
  // A period starting before treatment began is said at once, before anything is made.
  await from.fill(addDaysIso(start, -7));
  const periodCheck = dialog.getByRole('status').filter({ hasText: 'cannot start before treatment began' });
  await expect(periodCheck).toBeVisible();
  await app.screenshot('6x-progress-report-period-before-start');
  await from.fill(start);
  await expect(periodCheck).toHaveCount(0);
  await to.fill(addDaysIso(start, -1));
  await dialog.getByRole('button', { name: 'Generate and preview' }).click();
  const summary = dialog.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toContainText('The period must end on or after its start');
  await expect(to).toHaveAttribute('aria-invalid', 'true');
  await expect(to).toHaveAccessibleDescription(/The period must end on or after its start/);
  await expect(narrative).toHaveValue(narrativeText);
  await app.screenshot('6x-progress-report-period-error');
  await summary.getByRole('link', { name: 'The period must end on or after its start' }).click();
  await expect(to).toBeFocused();
  await to.fill(today());
  await expect(to).not.toHaveAttribute('aria-invalid');

  // With initials only, the names typed in the summary are reviewed first: each becomes initials.
  await dialog.getByRole('button', { name: 'Generate and preview' }).click();
  const review = dialog.getByRole('region', { name: 'Review before the report is made' });
  await expect(review.getByRole('listitem')).toHaveCount(2);
  for (const choice of await review.getByRole('radio', { name: /^Replace with/ }).all()) await choice.check();
  await expect(review.getByRole('status')).toHaveText('All 2 findings resolved.');

  // The core's own refusal (a validation envelope) lands next to its field the same way.
  app.failNext('reports:generate', {
    code: 'validation',
    message: 'Some fields need attention.',
    fields: { 'options.recipientName': 'The recipient must be at most 200 characters' },
  });
  await review.getByRole('button', { name: 'Generate and preview' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Prepared for (optional)' })).toHaveAccessibleDescription(
    /The recipient must be at most 200 characters/,
  );
  await expect(narrative).toHaveValue(narrativeText);

  // Generate: the preview shows every page, drawn.
  await dialog.getByRole('button', { name: 'Generate and preview' }).click();
  const history = await app.call('reports:history', { coupleId });
  expect(history.items).toHaveLength(1);
  const record = history.items[0];
  if (!record) throw new Error('the report was not recorded');
  expect(record.options).toMatchObject({ identifiers: 'initials', includeSubstanceUse: true });
  const preview = page.getByRole('dialog', { name: record.title });
  await expect(preview).toBeVisible();
  await expect(preview.getByRole('button', { name: 'Save as PDF…' })).toBeFocused();
  await expect(preview.getByText(`Preview, ${record.pageCount} page`)).toBeVisible();
  const pages = preview.getByRole('region', { name: 'Pages of the progress report' });
  await drawEveryPage(pages, record.pageCount);
  // A short report keeps every page drawn: one canvas per page.
  await expect(pages.locator('canvas[data-drawn="true"]')).toHaveCount(record.pageCount);
  await pages.evaluate((element) => element.scrollTo(0, 0));
  await app.screenshot('6x-progress-report-preview');

  // Save: the file lands where the (stand-in) save dialog said, and is a PDF.
  await preview.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(preview.getByRole('status')).toHaveText(/^Saved as .+\.pdf\.$/);
  const saved = savedPdfs(app);
  expect(saved).toHaveLength(1);
  const fileName = saved[0] as string;
  await expect(preview.getByRole('status')).toHaveText(`Saved as ${fileName}.`);
  expect(readFileSync(join(app.savedDir, fileName)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // The suggested file name never carries a partner's name.
  expect(fileName).not.toMatch(/Zoë|Łukasz|Müller/);

  // Cancelling the save dialog says nothing and writes nothing.
  app.answerNextSave(null);
  await preview.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(preview.getByRole('button', { name: 'Save as PDF…' })).toBeVisible(); // no longer "Saving…"
  await expect(preview.locator('.report-preview__status')).toBeEmpty();
  expect(savedPdfs(app)).toHaveLength(1);

  // A folder that cannot be written to: the core's reason is shown, and nothing is left behind.
  app.answerNextSave(join(app.savedDir, 'no-such-folder', 'report.pdf'));
  await preview.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(preview.getByRole('alert')).toContainText('Not saved: the file could not be written there');
  expect(savedPdfs(app)).toHaveLength(1);

  // Print: every page goes to the print dialog as an image, and the print is recorded.
  await stubPrint(page);
  await preview.getByRole('button', { name: 'Print…' }).click();
  await expect(preview.getByRole('status')).toHaveText('Sent to the print dialog.');
  expect(await page.evaluate(() => (window as unknown as { printedPages: number[] }).printedPages)).toEqual([
    record.pageCount,
  ]);
  // The print stylesheet prints the page images alone, one per sheet: Chromium's own print to PDF shows it.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#root')).toBeHidden();
  await expect(page.getByTestId('print-pages').locator('img')).toHaveCount(record.pageCount);
  const printed = (await page.pdf({ printBackground: true })).toString('latin1');
  expect(printed.match(/\/Type\s*\/Page\b/g)).toHaveLength(record.pageCount);
  await page.emulateMedia({ media: 'screen' });
  const afterPrint = await app.call('reports:history', { coupleId });
  expect(afterPrint.items[0]?.printedAt).not.toBeNull();
  expect(afterPrint.items[0]?.savedAt).not.toBeNull();

  // Escape closes the preview; focus is back on the button that opened it, and the choices are kept.
  await page.keyboard.press('Escape');
  await expect(preview).toHaveCount(0);
  await expect(opener).toBeFocused();
  await opener.click();
  await expect(dialog.getByRole('radio', { name: 'Court' })).toBeChecked();
  await expect(dialog.getByRole('textbox', { name: 'Summary (optional)' })).toHaveValue(narrativeText);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();
});

test('a worksheet from the library: previewed, saved, and a failure to make it is said next to the button', async ({
  app,
}) => {
  const { page } = app;
  await app.setUpVault();
  const { items } = await app.call('library:list', {});
  const entry = items[0]?.entry;
  if (!entry) throw new Error('the library is empty');
  await app.open(`/library/${entry.id}`);
  await expect(heading(page, entry.name)).toBeVisible();
  const print = page.getByRole('button', { name: 'Print worksheet' });

  app.failNext('reports:generate', { code: 'internal', message: 'Something went wrong inside Rekindle.' });
  await print.click();
  await expect(page.getByRole('alert')).toHaveText(
    'The worksheet could not be prepared. Something went wrong inside Rekindle.',
  );

  // A preview that cannot be drawn (here: the PDF worker breaks) says so; saving still works.
  await page.route('**/pdf.worker*', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: 'throw new Error("worker broken for the test");' }),
  );
  await print.click();
  const preview = page.getByRole('dialog');
  await expect(preview.getByRole('alert')).toContainText('The preview could not be shown');
  await expect(preview.getByRole('button', { name: 'Print…' })).toBeDisabled();
  await app.screenshot('6x-preview-failed');
  await preview.getByRole('button', { name: 'Close' }).click();
  await expect(print).toBeFocused();
  await page.unroute('**/pdf.worker*');

  await print.click();
  await expect(preview).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  const summary = (await preview.getByText(/^Preview, \d+ pages?\./).textContent()) ?? '';
  const pageCount = Number(/(\d+) page/.exec(summary)?.[1]);
  await drawEveryPage(preview.getByRole('region', { name: 'Pages of the worksheet' }), pageCount);
  await app.screenshot('6x-worksheet-preview');
  await preview.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(preview.getByRole('status')).toHaveText(/^Saved as .+\.pdf\.$/);
  expect(savedPdfs(app)).toHaveLength(1);
  await preview.getByRole('button', { name: 'Close' }).click();
  await expect(preview).toHaveCount(0);
  await expect(print).toBeFocused();

  // A second preview reuses the same worker: closing the first did not stop it. By keyboard:
  // Tab goes round the buttons and the pages (scrollable with the arrows) and stays in the dialog.
  await print.press('Enter');
  const pagesRegion = preview.getByRole('region', { name: 'Pages of the worksheet' });
  await drawEveryPage(pagesRegion, pageCount);
  const save = preview.getByRole('button', { name: 'Save as PDF…' });
  await save.focus();
  for (const next of [
    preview.getByRole('button', { name: 'Print…' }),
    preview.getByRole('button', { name: 'Close' }),
    pagesRegion,
    save,
  ]) {
    await page.keyboard.press('Tab');
    await expect(next).toBeFocused();
  }
  await page.keyboard.press('Escape');
  await expect(print).toBeFocused();
});

test('the emergency access sheet is offered with the recovery key at set-up', async ({ app }) => {
  const { page } = app;
  await app.open('/couples');
  await expect(heading(page, 'Set up Rekindle')).toBeFocused();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Type the passphrase again').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create encrypted records' }).click();
  await expect(heading(page, 'Your recovery key')).toBeFocused();
  const recoveryKey = (await page.getByTestId('recovery-key').textContent()) ?? '';

  const print = page.getByRole('button', { name: 'Print emergency access sheet' });
  await app.screenshot('6x-recovery-key-print');
  await print.click();
  const preview = page.getByRole('dialog');
  await expect(preview).toBeVisible();
  await drawEveryPage(preview.getByRole('region', { name: 'Pages of the emergency access sheet' }), 1);
  await app.screenshot('6x-emergency-sheet-preview');
  // The recovery key goes on paper only: no Save, and Print is the first thing offered.
  await expect(preview.getByRole('button', { name: 'Save as PDF…' })).toHaveCount(0);
  await expect(preview.getByRole('button', { name: 'Print…' })).toBeEnabled();
  await expect(preview.getByRole('button', { name: 'Close' })).toBeFocused();
  await expect(preview).toContainText('it cannot be saved as a file');
  expect(savedPdfs(app)).toEqual([]);
  expect(recoveryKey.length).toBeGreaterThan(10);
  await page.keyboard.press('Escape');
  await expect(print).toBeFocused();
});

test('the plan, a signed note with its addendum and the calendar month each open in the preview from their screen', async ({
  app,
}) => {
  test.setTimeout(90_000);
  const { page } = app;
  await app.setUpVault();
  const coupleId = await coupleWithHistory(app);
  const plan = await app.call('plans:get', { coupleId });
  const versionId = plan.active?.id ?? '';
  const session = await app.call(
    'sessions:create',
    fictionalSession(coupleId, { date: today(), checkIn: { A: null, B: null } }),
  );
  const draft = await app.call('notes:saveDraft', { sessionId: session.id, content: fictionalDapNote() });
  await app.call('notes:sign', { id: draft.id, signedBy: SIGNER, attest: true });
  await app.call('notes:addAddendum', {
    noteId: draft.id,
    body: 'Correction: Łukasz-Bartholomew arrived ten minutes late (fictional).',
    signedBy: SIGNER,
  });

  const documents: { route: string; button: string; region: string }[] = [
    {
      route: `/couples/${coupleId}/plan/versions/${versionId}`,
      button: 'Print plan',
      region: 'Pages of the treatment plan',
    },
    { route: `/sessions/${session.id}`, button: 'Print note', region: 'Pages of the session note' },
    {
      route: `/couples/${coupleId}?tab=calendar`,
      button: 'Print month sheet',
      region: 'Pages of the month sheet',
    },
  ];
  for (const document of documents) {
    await app.open(document.route);
    const button = page.getByRole('button', { name: document.button });
    await button.click();
    const preview = page.getByRole('dialog');
    const summary = (await preview.getByText(/^Preview, \d+ pages?\./).textContent()) ?? '';
    const pageCount = Number(/(\d+) page/.exec(summary)?.[1]);
    expect(pageCount, `${document.button}: pages`).toBeGreaterThan(0);
    await drawEveryPage(preview.getByRole('region', { name: document.region }), pageCount);
    await app.screenshot(`6x-preview-${document.button.toLowerCase().replaceAll(' ', '-')}`);
    await page.keyboard.press('Escape');
    await expect(preview).toHaveCount(0);
    await expect(button).toBeFocused();
  }
});
