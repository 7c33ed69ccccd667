import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDaysIso, toIsoDate } from '@shared/domain/dates';
import { fictionalAssessment } from '../fixtures/assessments';
import { fictionalCouple } from '../fixtures/couples';
import { fictionalSession } from '../fixtures/sessions';
import { pdfPages } from '../support/pdf-text';
import { expect, test } from './harness';
import { ratings, signProposedPlan } from './steps';

const PROGRAM = 'Sample Recovery Program (fictional)';
const FULL_NOTICE =
  'This record which has been disclosed to you is protected by Federal confidentiality rules';

function today(): string {
  return toIsoDate(new Date());
}

test('a report with partner A’s substance-use details is blocked until A’s consent is recorded, then names it', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  await app.setUpVault();
  await app.call('settings:update', {
    letterhead: {
      practiceName: 'Harbor Light Couples Practice (fictional)',
      address: null,
      phone: null,
      clinicianName: 'Dr. Robin Example (fictional)',
      credentials: 'PhD, LMFT',
      licenceNumber: null,
    },
  });
  const t = today();
  // Partner A (Zoë) is in recovery from alcohol; partner B is not.
  const { id } = await app.call(
    'couples:create',
    fictionalCouple({ status: 'active', startDate: addDaysIso(t, -70) }),
  );
  await app.call('assessments:create', fictionalAssessment(id, { assessedOn: addDaysIso(t, -63) }));
  await signProposedPlan(app, id, addDaysIso(t, 14));
  for (let week = 0; week < 4; week += 1) {
    await app.call(
      'sessions:create',
      fictionalSession(id, {
        date: addDaysIso(t, -28 + week * 7),
        checkIn: { A: ratings(5), B: ratings(5) },
      }),
    );
  }
  await app.call('calendar:save', {
    coupleId: id,
    days: [1, 2, 3, 4, 5].map((back) => ({
      date: addDaysIso(t, -back),
      trustDiscussion: true,
      abstinence: { A: 'yes' as const, B: null },
    })),
  });

  // The referring program's preset includes substance use; Zoë has no consent, so her box is not ticked.
  await app.open(`/couples/${id}?tab=progress`);
  const opener = page.getByRole('button', { name: 'Progress report…' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: /^Progress report for/ });
  await dialog.getByRole('radio', { name: 'Referring program' }).check();
  await dialog.getByRole('textbox', { name: 'Prepared for (optional)' }).fill(PROGRAM);
  await expect(dialog.getByRole('checkbox', { name: 'Include substance-use details' })).toBeChecked();
  const zoe = dialog.getByRole('checkbox', { name: 'Include Zoë Müller-Ñúñez’s details' });
  await expect(zoe).not.toBeChecked();
  await expect(zoe).toHaveAccessibleDescription(
    `Not covered: no consent to disclose to the referring program “${PROGRAM}” is recorded.`,
  );
  // Ticked anyway: the core refuses and says whose consent is missing, under her box.
  await zoe.check();
  await dialog.getByRole('button', { name: 'Generate and preview' }).click();
  await expect(zoe).toHaveAttribute('aria-invalid', 'true');
  await expect(zoe).toHaveAccessibleDescription(
    /Zoë Müller-Ñúñez’s substance-use information needs their consent/,
  );
  await expect(dialog.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText(
    'needs their consent',
  );
  expect((await app.call('reports:history', { coupleId: id })).items).toHaveLength(0);
  await zoe.scrollIntoViewIfNeeded();
  await app.screenshot('16-consent-report-blocked');

  // The link opens the couple's Consents with the form set for Zoë and this recipient.
  await dialog.getByRole('link', { name: 'Record Zoë Müller-Ñúñez’s consent' }).click();
  const form = page.getByRole('form', { name: 'Record a consent' });
  await expect(form).toBeVisible();
  await expect(form.getByLabel('Whose consent')).toHaveValue('A');
  await expect(form.getByLabel('Who may receive it')).toHaveValue('referringProgramme');
  await expect(form.getByLabel('Recipient’s name')).toHaveValue(PROGRAM);
  await form.getByLabel('Purpose of the disclosure').fill('Coordinating care with the referring program');
  await form.getByLabel('Date signed').fill(addDaysIso(t, -2));
  // An expiry before the signature is refused next to its field; nothing typed is lost.
  await form.getByLabel('Expires on').fill(addDaysIso(t, -3));
  await form.getByRole('button', { name: 'Save consent' }).click();
  const expires = form.getByLabel('Expires on');
  await expect(expires).toHaveAttribute('aria-invalid', 'true');
  await expect(expires).toHaveAccessibleDescription(/The expiry date must be after the date signed/);
  await expect(expires).toBeFocused();
  await app.screenshot('16-consent-form-error');
  await expires.fill(addDaysIso(t, 365));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Consent recorded.' })).toBeVisible();
  const table = page.getByRole('table', { name: /Recorded consents/ });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText('Current');
  await app.screenshot('16-consents-section');

  // Back to the report: Zoë's box is now ticked and names the consent; the report is made.
  await page.goBack();
  await opener.click();
  await expect(zoe).toBeChecked();
  await expect(zoe).toHaveAccessibleDescription(/covers this report; the report names it/);
  await dialog.getByRole('button', { name: 'Generate and preview' }).click();
  const preview = page.getByRole('dialog', { name: 'Progress report' });
  await expect(preview).toBeVisible();
  await expect(preview.getByRole('img', { name: /^Page 1 of/ })).toHaveAttribute('data-drawn', 'true');
  await app.screenshot('16-consent-report-preview');
  await preview.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(preview.getByRole('status')).toHaveText(/^Saved as .+\.pdf\.$/);
  const [file] = readdirSync(app.savedDir).filter((name) => name.endsWith('.pdf'));
  // Kept beside the screenshots, to render its pages and look at them.
  copyFileSync(join(app.savedDir, file as string), 'test-results/screenshots/16-consent-report.pdf');
  const pages = (await pdfPages(readFileSync(join(app.savedDir, file as string)))).map((p) =>
    p.replace(/\s+/g, ' '),
  );
  expect(pages[0]).toContain(FULL_NOTICE);
  expect(pages[0]).toContain(`Disclosed with the written consent of Zoë Müller-Ñúñez, signed`);
  expect(pages.join(' ')).toContain(PROGRAM);
  // Every later page with her use data carries the abbreviated statement in its footer.
  for (const later of pages.slice(1).filter((p) => /Abstinence|Recovery-calendar adherence/.test(p))) {
    expect(later).toContain('42 CFR part 2 prohibits unauthorized use or disclosure of these records.');
  }
  await page.keyboard.press('Escape');

  // Revoked by keyboard: the date field takes focus, Enter records it.
  await app.open(`/couples/${id}?tab=consents`);
  await page.getByRole('button', { name: /^Revoke Zoë Müller-Ñúñez’s consent/ }).click();
  await expect(page.getByLabel('Date revoked')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Revocation recorded.' })).toBeVisible();
  await expect(page.getByRole('table', { name: /Recorded consents/ })).toContainText('Revoked');
  await app.screenshot('16-consent-revoked');
});

test('a plan printed for a court is refused until partner A’s consent to that court is recorded, then names it', async ({
  app,
}) => {
  test.setTimeout(90_000);
  const { page } = app;
  await app.setUpVault();
  const t = today();
  const COURT = 'Sample County Family Court (fictional)';
  const { id } = await app.call(
    'couples:create',
    fictionalCouple({ status: 'active', startDate: addDaysIso(t, -30) }),
  );
  await app.call('assessments:create', fictionalAssessment(id, { assessedOn: addDaysIso(t, -28) }));
  const planId = await signProposedPlan(app, id, addDaysIso(t, 14));

  await app.open(`/couples/${id}/plan/versions/${planId}`);
  await page.getByText('Print a copy for a recipient…').click();
  await page.getByLabel('Recipient', { exact: true }).selectOption('court');
  await page.getByLabel('Recipient’s name').fill(COURT);
  await page.getByRole('button', { name: 'Print plan for court' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'could not be prepared' });
  await expect(refusal).toContainText('needs their consent');
  await app.screenshot('16-plan-for-recipient-refused');
  expect((await app.call('reports:history', { coupleId: id })).items).toHaveLength(0);

  // The link opens the Consents form set for partner A and this court.
  await refusal.getByRole('link', { name: 'Record Zoë’s consent' }).click();
  const form = page.getByRole('form', { name: 'Record a consent' });
  await expect(form.getByLabel('Who may receive it')).toHaveValue('court');
  await expect(form.getByLabel('Recipient’s name')).toHaveValue(COURT);
  await form.getByLabel('Purpose of the disclosure').fill('Progress in treatment, as the court ordered');
  await form.getByLabel('Date signed').fill(addDaysIso(t, -1));
  await form.getByLabel('Expires on').fill(addDaysIso(t, 180));
  await form.getByRole('button', { name: 'Save consent' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Consent recorded.' })).toBeVisible();

  await app.open(`/couples/${id}/plan/versions/${planId}`);
  await page.getByText('Print a copy for a recipient…').click();
  await page.getByLabel('Recipient', { exact: true }).selectOption('court');
  await page.getByLabel('Recipient’s name').fill(COURT);
  await page.getByRole('button', { name: 'Print plan for court' }).click();
  const preview = page.getByRole('dialog', { name: /plan/i });
  await expect(preview.getByRole('img', { name: /^Page 1 of/ })).toHaveAttribute('data-drawn', 'true', {
    timeout: 30_000,
  });
  await app.screenshot('16-plan-for-recipient-preview');
  await preview.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(preview.getByRole('status')).toHaveText(/^Saved as .+\.pdf\.$/);
  const [file] = readdirSync(app.savedDir).filter((name) => name.endsWith('.pdf'));
  copyFileSync(join(app.savedDir, file as string), 'test-results/screenshots/16-plan-for-court.pdf');
  const text = (await pdfPages(readFileSync(join(app.savedDir, file as string))))
    .join(' ')
    .replace(/\s+/g, ' ');
  expect(text).toContain(FULL_NOTICE);
  expect(text).toContain(COURT);
  const history = (await app.call('reports:history', { coupleId: id })).items;
  expect(history).toHaveLength(1);
  expect(history[0]).toMatchObject({ recipient: 'court', recipientName: COURT });
});
