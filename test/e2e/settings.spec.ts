import { expect, PASSPHRASE, test } from './harness';
import { heading, unlockWith } from './steps';

const NEW_PASSPHRASE = 'copper meadow thistle lantern';

test.beforeEach(async ({ app }) => {
  await app.setUpVault();
  await app.open('/settings');
  await expect(heading(app.page, 'Settings')).toBeFocused();
});

test('auto-lock minutes are checked (1 to 240, whole numbers) and saved', async ({ app }) => {
  const { page } = app;
  const minutes = page.getByLabel('Lock after this many minutes without activity');
  const save = page.getByRole('button', { name: 'Save', exact: true });
  await expect(minutes).toHaveValue('10');
  // A desktop that reports its screen lock: nothing to warn about.
  await expect(page.getByTestId('screen-lock-unavailable')).toHaveCount(0);
  await app.screenshot('23-settings');

  for (const [typed, message] of [
    ['0', 'Auto-lock must be at least 1 minute'],
    ['241', 'Auto-lock must be at most 240 minutes'],
    ['ten', 'Auto-lock must be a number of minutes'],
    ['', 'Enter a number of minutes from 1 to 240'],
  ] as const) {
    await minutes.fill(typed);
    await save.click();
    await expect(minutes).toHaveAccessibleDescription(new RegExp(message));
    await expect(minutes).toHaveAttribute('aria-invalid', 'true');
    await expect(minutes).toBeFocused();
  }
  await app.screenshot('24-settings-error');

  await minutes.fill('15');
  await save.click();
  await expect(page.getByText('Saved. Rekindle now locks after 15 minutes without activity.')).toBeVisible();
  await expect(minutes).not.toHaveAttribute('aria-invalid');
  expect((await app.call('settings:get', {})).autoLockMinutes).toBe(15);
});

test('changing the passphrase needs the current one and a strong new one', async ({ app }) => {
  const { page } = app;
  const current = page.getByLabel('Current passphrase');
  const next = page.getByLabel('New passphrase', { exact: true });
  const again = page.getByLabel('Type the new passphrase again');
  const change = page.getByRole('button', { name: 'Change passphrase' });

  await current.fill('not my passphrase at all');
  await next.fill(NEW_PASSPHRASE);
  await again.fill(NEW_PASSPHRASE);
  await change.click();
  await expect(current).toHaveAccessibleDescription(/That passphrase is not correct/);
  await expect(current).toBeFocused();

  await current.fill(PASSPHRASE);
  await next.fill('qwertyuiopasdf');
  await expect(page.getByText('That passphrase is a simple pattern')).toBeVisible();
  await change.click();
  await expect(next).toHaveAttribute('aria-invalid', 'true');
  await expect(next).toBeFocused();
  await app.screenshot('25-settings-change-passphrase-error');

  await next.fill(NEW_PASSPHRASE);
  await again.fill(NEW_PASSPHRASE);
  await change.click();
  await expect(page.getByText('Your passphrase has been changed.')).toBeVisible();
  await expect(current).toHaveValue('');

  await page.getByRole('button', { name: /^Lock/ }).click();
  await unlockWith(page, NEW_PASSPHRASE);
  await expect(heading(page, 'Settings')).toBeVisible();
});

test('says when the screen lock cannot be seen, so the idle lock is the safeguard', async ({ app }) => {
  const { page } = app;
  app.reportScreenLock({
    state: 'unavailable',
    reason: 'systemd-logind has no desktop session for this user.',
  });
  // Coming back to Settings asks the shell again.
  await app.open('/');
  await app.open('/settings');
  const notice = page.getByTestId('screen-lock-unavailable');
  await expect(notice).toContainText('Rekindle cannot tell when this computer’s screen locks.');
  await expect(notice).toContainText('systemd-logind has no desktop session for this user.');
  await expect(notice).toContainText(
    'the automatic lock after the minutes above is what protects the records',
  );
  // The field's hint no longer promises a lock on the screen locking.
  await expect(
    page.getByText('From 1 to 240 minutes. Rekindle also locks when the computer sleeps.'),
  ).toBeVisible();
  await app.screenshot('23b-settings-screen-lock-unavailable');
});
