import { addDaysIso, formatIsoDate } from '@shared/domain/dates';
import { fictionalCouple } from '../fixtures/couples';
import { expect, PASSPHRASE, test } from './harness';
import { expectNoHorizontalOverflow, heading, thirdCouple, unlockWith } from './steps';

test.beforeEach(async ({ app }) => {
  await app.setUpVault();
});

test('Today lists the day’s bookings with their time, a past booking never recorded under To record, and the week ahead', async ({
  app,
}) => {
  const { page } = app;
  const late = await app.call('couples:create', fictionalCouple({ status: 'active' }));
  const other = await app.call('couples:create', thirdCouple());
  // Booked for today and tomorrow; the core refuses past dates, so a day passes and the first
  // is yesterday's, never recorded, and the second is today's.
  const first = (await app.call('today:overview', {})).today;
  await app.call('sessions:book', {
    coupleId: late.id,
    date: first,
    startTime: '09:00',
    durationMinutes: 50,
    type: 'joint',
    place: 'office',
  });
  await app.call('sessions:book', {
    coupleId: other.id,
    date: addDaysIso(first, 1),
    startTime: '11:15',
    durationMinutes: 50,
    type: 'joint',
    place: 'telehealth',
    repeat: { every: 'week', count: 2 },
  });
  await app.open();
  await expect(heading(page, 'Today')).toBeFocused();
  await app.travelDays(1);
  await unlockWith(page, PASSPHRASE);
  await expect(heading(page, 'Today')).toBeVisible();
  await expect(page.getByText(formatIsoDate(addDaysIso(first, 1)), { exact: true })).toBeVisible();
  const sessions = page.getByRole('region', { name: /Today’s sessions/ });
  await expect(sessions.getByRole('listitem')).toHaveCount(1);
  await expect(sessions).toContainText('11:15');
  await expect(sessions).toContainText(thirdCouple().displayName);
  await expect(sessions).toContainText('Joint session · 50 min · Telehealth');

  const toRecord = page.getByRole('region', { name: /To record/ });
  await expect(toRecord.getByRole('listitem')).toHaveCount(1);
  const recordLink = toRecord.getByRole('link', { name: /^Zoë & Łukasz: / });
  await expect(recordLink).toHaveText(`Zoë & Łukasz: ${formatIsoDate(first)} at 09:00`);
  await expect(toRecord.getByRole('link', { name: 'Open workspace: Zoë & Łukasz' })).toBeVisible();

  // The repeat a week later is the last day of the week view.
  const week = page.getByRole('region', { name: /The next 7 days/ });
  await expect(week.getByRole('heading', { level: 3 })).toHaveCount(7);
  await expect(week.getByRole('link', { name: thirdCouple().displayName })).toHaveCount(1);
  await expectNoHorizontalOverflow(page);
  await app.screenshot('15-today-agenda');

  await recordLink.click();
  await expect(heading(page, /Record the outcome: /)).toBeVisible();
});
