import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDaysIso, formatIsoDate, toIsoDate } from '@shared/domain/dates';
import { fictionalAssessment } from '../fixtures/assessments';
import { fictionalCouple, fictionalPartner } from '../fixtures/couples';
import { fictionalSession } from '../fixtures/sessions';
import { pdfPages } from '../support/pdf-text';
import { expect, test } from './harness';
import { ratings, signProposedPlan } from './steps';

const COURT = 'Sample County Family Court (fictional)';

test('a court report with a relapse in the period states it, and no sobriety date from before it', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  await app.setUpVault();
  const t = toIsoDate(new Date());
  // Partner A's profile says sober since 200 days ago; the calendar records two days of use 20 days ago.
  const soberSince = addDaysIso(t, -200);
  const { id } = await app.call(
    'couples:create',
    fictionalCouple({
      status: 'active',
      startDate: addDaysIso(t, -80),
      partnerA: fictionalPartner({ sobrietyDate: soberSince }),
    }),
  );
  await app.call('assessments:create', fictionalAssessment(id, { assessedOn: addDaysIso(t, -75) }));
  await signProposedPlan(app, id, addDaysIso(t, 14));
  for (let week = 0; week < 6; week += 1)
    await app.call(
      'sessions:create',
      fictionalSession(id, {
        date: addDaysIso(t, -42 + week * 7),
        checkIn: { A: ratings(5), B: ratings(5) },
      }),
    );
  const relapseDays = [addDaysIso(t, -21), addDaysIso(t, -20)];
  await app.call('calendar:save', {
    coupleId: id,
    days: Array.from({ length: 30 }, (_, i) => addDaysIso(t, -30 + i)).map((date) => ({
      date,
      trustDiscussion: true,
      abstinence: { A: relapseDays.includes(date) ? ('no' as const) : ('yes' as const), B: null },
    })),
  });
  // The court may receive partner A's use data: her consent is on record.
  await app.call('consents:record', {
    coupleId: id,
    partner: 'A',
    recipientKind: 'court',
    recipientName: COURT,
    purpose: 'Progress reporting ordered by the family court',
    scope: ['diagnosis', 'useData', 'attendance', 'treatment'],
    signedOn: addDaysIso(t, -5),
    expiresOn: addDaysIso(t, 180),
  });

  await app.open(`/couples/${id}?tab=progress`);
  await page.getByRole('button', { name: 'Progress report…' }).click();
  const dialog = page.getByRole('dialog', { name: /^Progress report for/ });
  await dialog.getByRole('radio', { name: 'Court' }).check();
  await dialog.getByRole('textbox', { name: 'Prepared for (optional)' }).fill(COURT);
  // Courts get no charts; substance use only when the clinician includes it, as here.
  await dialog.getByRole('checkbox', { name: 'Include substance-use details' }).check();
  const partnerA = dialog.getByRole('checkbox', { name: /^Include .*’s details$/ }).first();
  await partnerA.check();
  await expect(partnerA).toHaveAccessibleDescription(/covers this report/);
  await dialog.getByRole('button', { name: 'Generate and preview' }).click();
  const preview = page.getByRole('dialog', { name: 'Progress report' });
  await expect(preview.getByRole('img', { name: /^Page 1 of/ })).toHaveAttribute('data-drawn', 'true');
  await app.screenshot('16-court-report-relapse');
  await preview.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(preview.getByRole('status')).toHaveText(/^Saved as .+\.pdf\.$/);
  const [file] = readdirSync(app.savedDir).filter((name) => name.endsWith('.pdf'));
  // Kept beside the screenshots, to render its pages and look at them.
  copyFileSync(join(app.savedDir, file as string), 'test-results/screenshots/16-court-report-relapse.pdf');
  const text = (await pdfPages(readFileSync(join(app.savedDir, file as string))))
    .join(' ')
    .replace(/\s+/g, ' ');
  // The relapse is stated with its dates; the profile's older sobriety date is not printed.
  expect(text).toContain(formatIsoDate(relapseDays[0] as string));
  expect(text).toMatch(/relapse/i);
  expect(text).not.toContain(formatIsoDate(soberSince));
  expect(text).not.toMatch(/sober since/i);
});
