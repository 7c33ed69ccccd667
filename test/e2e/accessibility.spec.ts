import { toIsoDate } from '@shared/domain/dates';
import { fictionalSession } from '../fixtures/sessions';
import { expectNoSeriousAxeViolations } from './axe';
import { expect, test } from './harness';
import { coupleSeenLastWeek, heading } from './steps';

/**
 * axe-core on the main screens, each with something in it: a couple in care with an
 * assessment, last week's session with a signed note, and today's session held.
 */
test('the main screens have no serious or critical accessibility violations', async ({ app }) => {
  test.setTimeout(90_000);
  const { page } = app;
  await app.setUpVault();
  const { couple } = await coupleSeenLastWeek(app);
  const today = await app.call(
    'sessions:create',
    fictionalSession(couple.id, { date: toIsoDate(new Date()), checkIn: { A: null, B: null } }),
  );

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
