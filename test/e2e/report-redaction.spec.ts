import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDaysIso, toIsoDate } from '@shared/domain/dates';
import { fictionalCouple } from '../fixtures/couples';
import { fictionalSession } from '../fixtures/sessions';
import { pdfText } from '../support/pdf-text';
import { expect, test } from './harness';

test('a referrer report: a lower-case name and "GA meetings" in the summary are reviewed, resolved, and absent from the PDF', async ({
  app,
}) => {
  test.setTimeout(90_000);
  const { page } = app;
  await app.setUpVault();
  const { id: coupleId } = await app.call(
    'couples:create',
    fictionalCouple({ status: 'active', startDate: addDaysIso(toIsoDate(new Date()), -60) }),
  );
  const today = toIsoDate(new Date());
  const rating = { emotional: 5, physical: 5, intellectual: 5, experiential: 5, trust: 4, communication: 5 };
  for (const back of [21, 14, 7]) {
    await app.call(
      'sessions:create',
      fictionalSession(coupleId, { date: addDaysIso(today, -back), checkIn: { A: rating, B: rating } }),
    );
  }
  await app.open(`/couples/${coupleId}?tab=progress`);
  await page.getByRole('button', { name: 'Progress report…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Progress report for Zoë & Łukasz' });
  await expect(dialog).toBeVisible();

  // Referring program, but this copy leaves names and substance use out.
  await dialog.getByRole('radio', { name: 'Referring program' }).check();
  await dialog.getByRole('radio', { name: 'Initials only' }).check();
  await dialog.getByRole('checkbox', { name: 'Include substance-use details' }).uncheck();
  await dialog
    .getByRole('textbox', { name: 'Summary (optional)' })
    .fill('Steady period. zoë attends GA meetings on Thursdays and kept every session.');
  await dialog.getByRole('button', { name: 'Generate and preview' }).click();

  // The review: both findings, highlighted in context, with the word and the reason.
  const review = dialog.getByRole('region', { name: 'Review before the report is made' });
  await expect(review.getByRole('heading', { name: 'Review before the report is made' })).toBeFocused();
  const findings = review.getByRole('listitem');
  await expect(findings).toHaveCount(2);
  await expect(findings.nth(0).locator('mark')).toHaveText('zoë');
  await expect(findings.nth(0)).toContainText('Name in Summary');
  await expect(findings.nth(1).locator('mark')).toHaveText('GA meetings');
  await expect(findings.nth(1)).toContainText('“GA meetings” is a recovery fellowship or program');
  const generate = review.getByRole('button', { name: 'Generate and preview' });
  await expect(generate).toBeDisabled();
  await expect(review.getByRole('status')).toHaveText('0 of 2 findings resolved.');
  // The review as the clinician sees it at 1280×800 (the viewport, not the full page).
  await page.screenshot({ path: 'test-results/screenshots/16-redaction-review.png' });

  // Keyboard: Tab into the first finding's choices, arrows to choose; a keep needs its reason.
  const replace = findings.nth(0).getByRole('radio', { name: 'Replace with “Z. M.-Ñ.”' });
  await replace.focus();
  await page.keyboard.press('Space');
  await expect(replace).toBeChecked();
  const keep = findings.nth(1).getByRole('radio', { name: 'Keep, with a reason' });
  await keep.focus();
  await page.keyboard.press('Space');
  await expect(findings.nth(1).getByRole('textbox', { name: 'Why it can stay' })).toBeVisible();
  await expect(generate).toBeDisabled();
  // Still on the choices: the arrow key moves to "Remove" (and chooses it).
  await expect(keep).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(findings.nth(1).getByRole('radio', { name: 'Remove “GA meetings”' })).toBeChecked();
  await expect(review.getByRole('status')).toHaveText('All 2 findings resolved.');
  await page.screenshot({ path: 'test-results/screenshots/16-redaction-review-resolved.png' });
  await generate.click();

  const preview = page.getByRole('dialog', { name: 'Progress report', exact: true });
  await expect(preview.getByRole('button', { name: 'Save as PDF…' })).toBeFocused();
  await preview.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(preview.getByText(/^Saved as .+\.pdf\.$/)).toBeVisible();
  const [file] = readdirSync(app.savedDir).filter((name) => name.endsWith('.pdf'));
  const text = await pdfText(readFileSync(join(app.savedDir, file as string)));
  expect(text).toContain('Steady period. Z. M.-Ñ. attends on Thursdays and kept every session.');
  expect(text).not.toMatch(/zoë|Zoë|GA meetings/);

  const [record] = (await app.call('reports:history', { coupleId })).items;
  expect(record?.options.redactions).toEqual([
    { field: 'narrative', kind: 'name', action: 'initials' },
    { field: 'narrative', kind: 'substanceUse', action: 'remove' },
  ]);
});
