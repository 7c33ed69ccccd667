import { addDaysIso, formatIsoDate, toIsoDate } from '@shared/domain/dates';
import { NOTE_COUPLE_COPY_TITLE } from '@shared/domain/reports/handouts';
import { fictionalAssessment } from '../fixtures/assessments';
import { fictionalCouple } from '../fixtures/couples';
import { fictionalDapNote, fictionalSession } from '../fixtures/sessions';
import { expect, test } from './harness';

const SIGNER = 'Dr. Robin Example (fictional)';
const today = () => toIsoDate(new Date());

test('handouts are for the couple: a joint worksheet waits while a flag is open, the note has a copy without the risk review, and periods and dates read one way', async ({
  app,
}) => {
  test.setTimeout(90_000);
  const { page } = app;
  await app.setUpVault();
  const t = today();
  const start = addDaysIso(t, -35);
  const couple = await app.call('couples:create', fictionalCouple({ status: 'active', startDate: start }));
  await app.call('assessments:create', fictionalAssessment(couple.id, { assessedOn: addDaysIso(t, -28) }));
  // The note's copy for the couple discloses each partner's information to the other: consented.
  for (const partner of ['A', 'B'] as const) {
    await app.call('consents:record', {
      coupleId: couple.id,
      partner,
      recipientKind: 'couple',
      recipientName: null,
      purpose: 'Sharing session notes with both partners (fictional)',
      scope: ['useData', 'treatment'],
      signedOn: start,
      expiresOn: null,
      expiryEvent: 'the end of treatment',
    });
  }
  const booked = await app.call('sessions:book', {
    coupleId: couple.id,
    date: t,
    startTime: '15:00',
    durationMinutes: 50,
    type: 'joint',
    place: 'office',
  });
  const todays = booked.items[0];
  if (!todays) throw new Error('nothing booked');
  // A joint exercise given today, before last week's note raises the safety flag.
  await app.call('homework:assign', {
    coupleId: couple.id,
    sessionId: todays.id,
    libraryId: 'gratitude-exchange',
    title: 'Gratitude exchange',
    instructions: null,
    who: 'both',
    dueDate: addDaysIso(t, 7),
  });
  const last = await app.call('sessions:create', fictionalSession(couple.id, { date: addDaysIso(t, -7) }));
  const note = await app.call('notes:saveDraft', {
    sessionId: last.id,
    content: fictionalDapNote({
      risk: {
        useSinceLastSession: { A: 'yes', B: 'no' },
        safetyConcerns: true,
        suicidalThoughts: false,
        details: 'Partner B screened alone; safety plan reviewed (fictional).',
      },
    }),
  });
  await app.call('notes:sign', { id: note.id, signedBy: SIGNER, attest: true });

  // The worksheet of the joint homework is refused, with the reason and the individual alternatives.
  await app.open(`/sessions/${todays.id}/workspace`);
  const print = page.getByRole('button', { name: 'Print worksheet' });
  await print.click();
  const refusal = page.getByRole('alert').filter({ hasText: 'The worksheet could not be prepared.' });
  await expect(refusal).toContainText('“Gratitude exchange” cannot be printed for this couple.');
  await expect(refusal).toContainText('Not while a safety flag is open: it is done together.');
  await expect(refusal).toContainText(/Individual alternatives: .*Feelings journal/);
  await refusal.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/7x-worksheet-refused.png' });

  // The signed note warns of its risk disclosure and prints a copy for the couple without it.
  await app.open(`/sessions/${last.id}`);
  await expect(
    page.getByText('The risk review records safety concerns, use since the last session'),
  ).toBeVisible();
  await app.screenshot('7x-note-risk-warning');
  await page.getByRole('button', { name: 'Print copy for the couple' }).click();
  const preview = page.getByRole('dialog');
  await expect(preview.getByText(/^Preview, \d+ pages?\./)).toBeVisible();
  await app.screenshot('7x-note-couple-copy-preview');
  await page.keyboard.press('Escape');
  const history = await app.call('reports:history', { coupleId: couple.id });
  expect(history.items.map((r) => [r.title, r.recipient])).toContainEqual([NOTE_COUPLE_COPY_TITLE, 'couple']);

  // The report dialog says at once that a period begins before treatment, or holds nothing.
  await app.open(`/couples/${couple.id}?tab=progress`);
  await page.getByRole('button', { name: 'Progress report…' }).click();
  const dialog = page.getByRole('dialog', { name: /^Progress report for/ });
  const from = dialog.getByLabel('From', { exact: true });
  const to = dialog.getByLabel('To', { exact: true });
  await expect(from).toHaveValue(start);
  await from.fill(addDaysIso(start, -10));
  await expect(
    dialog.getByRole('status').filter({ hasText: 'cannot start before treatment began' }),
  ).toHaveText(`The period cannot start before treatment began (${formatIsoDate(start)}).`);
  await app.screenshot('7x-report-period-before-start');
  await from.fill(start);
  await to.fill(addDaysIso(start, 3));
  await expect(dialog.getByRole('status').filter({ hasText: 'Nothing was recorded' })).toContainText(
    `Nothing was recorded from ${formatIsoDate(start)} to ${formatIsoDate(addDaysIso(start, 3))}`,
  );
  await app.screenshot('7x-report-period-empty');
  await page.keyboard.press('Escape');

  // Search results list the session date in the one date style.
  await app.open('/search');
  await page.getByLabel('Search for').fill('finances');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(
    page.getByRole('link', { name: `Zoë & Łukasz · ${formatIsoDate(addDaysIso(t, -7))}` }),
  ).toBeVisible();
  await app.screenshot('7x-search-dates');
  await app.open('/audit');
  await expect(page.getByRole('row').nth(1)).toContainText(/[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{2}:\d{2}/);
  await app.screenshot('7x-audit-dates');
});
