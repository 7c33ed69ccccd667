import type { Page } from '@playwright/test';
import { toIsoDate } from '@shared/domain/dates';
import { fictionalCouple } from '../fixtures/couples';
import { expect, PASSPHRASE, test } from './harness';
import { heading, tabTo, thirdCouple, unlockWith } from './steps';

test.beforeEach(async ({ app }) => {
  await app.setUpVault();
});

/** Tab to a field and type into it, as a clinician at the keyboard does. */
async function typeInto(page: Page, label: string, text: string): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

test('a weekly series is booked by keyboard, a clash is warned, and a late cancellation by partner B and a no-show count as missed', async ({
  app,
}) => {
  const { page } = app;
  const couple = await app.call('couples:create', fictionalCouple());
  const other = await app.call('couples:create', thirdCouple());
  const today = toIsoDate(new Date());
  // One held session today, and another couple booked at 10:30 today: the series at 10:00 overlaps it.
  await app.call('sessions:create', {
    coupleId: couple.id,
    date: today,
    startTime: '08:00',
    durationMinutes: 50,
    type: 'joint',
    place: 'office',
    attendance: { A: 'present', B: 'present' },
  });
  await app.call('sessions:book', {
    coupleId: other.id,
    date: today,
    startTime: '10:30',
    durationMinutes: 50,
    type: 'joint',
    place: 'telehealth',
  });

  await app.open(`/couples/${couple.id}?tab=sessions`);
  const book = page.getByRole('link', { name: 'Book a session' });
  await tabTo(page, book, 60);
  await page.keyboard.press('Enter');
  await expect(heading(page, /Book a session: /)).toBeVisible();

  // The date starts at today; the time is typed as the time field takes it (hours, minutes, AM/PM).
  await tabTo(page, page.getByLabel('Start time', { exact: true }));
  await page.keyboard.type('1000AM');
  await typeInto(page, 'Duration (minutes)', '50');
  await tabTo(page, page.getByLabel('Repeat', { exact: true }));
  await page.keyboard.press('ArrowDown'); // Every week
  await typeInto(page, 'Number of sessions', '3');
  await app.screenshot('15-book-session-form');
  await tabTo(page, page.getByRole('button', { name: 'Book' }));
  await page.keyboard.press('Enter');

  await expect(page.getByText('3 sessions booked.')).toBeVisible();
  const warning = page.getByRole('status').filter({ hasText: 'overlaps another booking' });
  await expect(warning).toContainText(`overlaps ${thirdCouple().displayName} (10:30, 50 min)`);
  const upcoming = page.getByRole('region', { name: 'Upcoming' });
  await expect(upcoming.getByRole('listitem')).toHaveCount(3);
  await expect(upcoming.getByText('Booked')).toHaveCount(3);
  await app.screenshot('15-sessions-tab-bookings');

  // A day later the first booking is to be recorded: partner B cancelled three hours ahead.
  await app.travelDays(1);
  await unlockWith(page, PASSPHRASE);
  await app.open(`/couples/${couple.id}?tab=sessions`);
  const toRecord = page.getByRole('region', { name: 'To record' });
  await expect(toRecord.getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Upcoming' }).getByRole('listitem')).toHaveCount(2);
  await app.screenshot('15-sessions-tab-to-record');
  const record = toRecord.getByRole('link', { name: 'Record the outcome' });
  await tabTo(page, record, 60);
  await page.keyboard.press('Enter');
  await expect(heading(page, /Record the outcome: /)).toBeVisible();

  await tabTo(page, page.getByLabel('Outcome', { exact: true }));
  await page.keyboard.press('ArrowDown'); // Canceled
  await expect(page.getByLabel('Outcome', { exact: true })).toHaveValue('cancelled');
  await typeInto(page, 'Reason', 'Called in sick at lunchtime');
  await tabTo(page, page.getByLabel('Canceled by', { exact: true }));
  await page.keyboard.press('ArrowDown'); // Partner A
  await page.keyboard.press('ArrowDown'); // Partner B
  await expect(page.getByLabel('Canceled by', { exact: true })).toHaveValue('partnerB');
  await typeInto(page, 'Hours of notice', '3');
  for (const position of ['A', 'B'] as const) {
    const attendance = page
      .getByRole('group', { name: new RegExp(`^Partner ${position} `) })
      .getByLabel('Attendance');
    await tabTo(page, attendance);
    await page.keyboard.press('End'); // Not expected
    await expect(attendance).toHaveValue('notExpected');
  }
  await app.screenshot('15-record-outcome-form');
  await tabTo(page, page.getByRole('button', { name: 'Record outcome' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Outcome recorded.')).toBeVisible();
  await expect(page.getByText('Partner B, 3 hours’ notice (late: counts as missed)')).toBeVisible();

  await app.open(`/couples/${couple.id}?tab=sessions`);
  const recorded = page.getByRole('region', { name: 'Recorded sessions' });
  await expect(recorded).toContainText('Canceled by partner B, 3 h notice (late)');
  await expect(page.getByRole('region', { name: 'To record' })).toHaveCount(0);

  // Counted: of the two sessions due (the held one and the late cancellation), one was attended.
  const dashboard = await app.call('dashboard:get', { coupleId: couple.id });
  const due = dashboard.attendance.reduce((n, m) => n + m.due, 0);
  const attended = dashboard.attendance.reduce((n, m) => n + m.attended, 0);
  expect({ due, attended }).toEqual({ due: 2, attended: 1 });
  await app.open(`/couples/${couple.id}?tab=progress`);
  await expect(page.getByRole('figure', { name: 'Attendance', exact: true })).toContainText(
    /1 of 2|Sessions due/,
  );

  // A week on, nobody came to the second booking: a no-show, recorded by keyboard.
  await app.travelDays(7);
  await unlockWith(page, PASSPHRASE);
  await app.open(`/couples/${couple.id}?tab=sessions`);
  const second = page
    .getByRole('region', { name: 'To record' })
    .getByRole('link', { name: 'Record the outcome' });
  await tabTo(page, second, 60);
  await page.keyboard.press('Enter');
  await expect(heading(page, /Record the outcome: /)).toBeVisible();
  await tabTo(page, page.getByLabel('Outcome', { exact: true }));
  await page.keyboard.press('End'); // No-show
  await expect(page.getByLabel('Outcome', { exact: true })).toHaveValue('noShow');
  await typeInto(page, 'Reason', 'Did not attend; no message left');
  for (const position of ['A', 'B'] as const) {
    const attendance = page
      .getByRole('group', { name: new RegExp(`^Partner ${position} `) })
      .getByLabel('Attendance');
    await tabTo(page, attendance);
    await page.keyboard.press('End'); // Not expected
    await page.keyboard.press('ArrowUp'); // Absent
    await expect(attendance).toHaveValue('absent');
  }
  await tabTo(page, page.getByRole('button', { name: 'Record outcome' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Outcome recorded.')).toBeVisible();
  // Three sessions due now (held, late cancellation, no-show), one attended.
  const after = await app.call('dashboard:get', { coupleId: couple.id });
  expect({
    due: after.attendance.reduce((n, m) => n + m.due, 0),
    attended: after.attendance.reduce((n, m) => n + m.attended, 0),
  }).toEqual({ due: 3, attended: 1 });
  expect(after.markers.filter((marker) => marker.kind === 'missedSession')).toHaveLength(2);
});
