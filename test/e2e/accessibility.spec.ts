import { addDaysIso, toIsoDate } from '@shared/domain/dates';
import { fictionalAssessment } from '../fixtures/assessments';
import { fictionalCouple } from '../fixtures/couples';
import { fictionalDapNote, fictionalSession } from '../fixtures/sessions';
import { expectNoSeriousAxeViolations } from './axe';
import { expect, test } from './harness';
import { heading } from './steps';

/**
 * axe-core on the main screens, each with something in it: a couple in care with an
 * assessment, a held session with a signed note, and a session booked today.
 */
test('the main screens have no serious or critical accessibility violations', async ({ app }) => {
  test.setTimeout(90_000);
  const { page } = app;
  await app.setUpVault();
  const t = toIsoDate(new Date());
  const couple = await app.call(
    'couples:create',
    fictionalCouple({ status: 'active', startDate: addDaysIso(t, -35) }),
  );
  await app.call('assessments:create', fictionalAssessment(couple.id, { assessedOn: addDaysIso(t, -28) }));
  const last = await app.call('sessions:create', fictionalSession(couple.id, { date: addDaysIso(t, -7) }));
  const note = await app.call('notes:saveDraft', { sessionId: last.id, content: fictionalDapNote() });
  await app.call('notes:sign', { id: note.id, signedBy: 'Dr. Robin Example (fictional)', attest: true });
  const booked = await app.call('sessions:book', {
    coupleId: couple.id,
    date: t,
    startTime: '15:00',
    durationMinutes: 50,
    type: 'joint',
    place: 'office',
  });
  const today = booked.items[0];
  if (!today) throw new Error('nothing booked');

  const screens = [
    { route: '/today', name: 'Today' },
    { route: '/couples', name: 'Couples' },
    { route: `/couples/${couple.id}`, name: couple.displayName },
    { route: `/sessions/${today.id}/workspace`, name: `Session: ${couple.displayName}` },
    { route: '/settings', name: 'Settings' },
  ];
  for (const screen of screens) {
    await app.open(screen.route);
    await expect(heading(page, screen.name)).toBeVisible();
    // Whatever loads after the heading (lists, the brief) is part of what is checked.
    await expect(page.getByText(/Loading|Preparing/)).toHaveCount(0);
    await expectNoSeriousAxeViolations(page, screen.route);
  }
});
