import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { fictionalCouple } from '../fixtures/couples';
import { expect, PASSPHRASE, type RekindleApp, test } from './harness';
import { heading, thirdCouple, unlockWith } from './steps';

const NEW_PASSPHRASE = 'juniper lantern cobble tide';
const EARLIER_KEYS = 'Made with earlier keys: opens with the passphrase or recovery key current then';

/** The new recovery key, read from the one-time screen, after checking it replaced `old`. */
async function newRecoveryKey(page: Page, old: string): Promise<string> {
  await expect(heading(page, 'Your new recovery key')).toBeFocused();
  await expect(page.getByText('your earlier recovery key no longer opens your records.')).toBeVisible();
  const shown = (await page.getByTestId('recovery-key').textContent()) ?? '';
  expect(shown).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4})+$/);
  expect(shown).not.toBe(old);
  return shown;
}

/** The one-time screen lets the clinician go on only once they say the key is stored. */
async function confirmStored(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Continue' }).click();
  const stored = page.getByLabel('I have stored this recovery key somewhere safe, away from this computer');
  await expect(stored).toBeFocused();
  await stored.check();
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** The emergency sheet prints the new key: the core prints only a key that opens today's records. */
async function printSheet(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Print emergency access sheet' }).click();
  const preview = page.getByRole('dialog');
  await expect(preview.getByRole('region', { name: 'Pages of the emergency access sheet' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
}

/** At the unlock screen: the recovery key route refuses `recoveryKey` for these records. */
async function expectRecoveryKeyRefused(app: RekindleApp, recoveryKey: string): Promise<void> {
  const { page } = app;
  await page.getByRole('button', { name: 'Forgot your passphrase? Use your recovery key' }).click();
  await page.getByLabel('Recovery key').fill(recoveryKey);
  await page.getByLabel('New passphrase', { exact: true }).fill('pebble orchard signal frost');
  await page.getByLabel('Type the new passphrase again').fill('pebble orchard signal frost');
  await page.getByRole('button', { name: 'Unlock and save new passphrase' }).click();
  await expect(page.getByRole('alert')).toContainText('That recovery key does not open these records');
  await page.getByRole('button', { name: 'Back to unlocking with your passphrase' }).click();
}

test('changing the passphrase with rotation shows a new recovery key once; the old passphrase, the old recovery key and earlier backups are told apart', async ({
  app,
}) => {
  const { page } = app;
  const oldRecoveryKey = await app.setUpVault();
  const couple = await app.call('couples:create', fictionalCouple());
  await app.call('backups:configure', { chooseFolder: true });
  const before = await app.call('backups:create', {});
  await app.open('/settings');
  await expect(heading(page, 'Settings')).toBeFocused();

  const current = page.getByLabel('Current passphrase');
  await current.fill('not the passphrase in use');
  await page.getByLabel('New passphrase', { exact: true }).fill(NEW_PASSPHRASE);
  await page.getByLabel('Type the new passphrase again').fill(NEW_PASSPHRASE);
  await page.getByLabel('Someone may know my old passphrase — also rotate the encryption key').check();
  const submit = page.getByRole('button', { name: 'Change passphrase and rotate key' });
  await submit.click();
  // A wrong passphrase changes nothing and says so beside the field, which takes the focus.
  await expect(page.getByRole('alert')).toContainText('That passphrase is not correct');
  await expect(current).toHaveAttribute('aria-invalid', 'true');
  await expect(current).toBeFocused();
  await app.screenshot('25r-settings-rotate-with-passphrase-error');

  await current.fill(PASSPHRASE);
  await submit.click();
  const recoveryKey = await newRecoveryKey(page, oldRecoveryKey);
  await app.screenshot('25r-new-recovery-key');
  await printSheet(page);
  await confirmStored(page);

  // Back where the clinician was, told what changed; the records are all there.
  await expect(heading(page, 'Settings')).toBeVisible();
  const notice = page.getByRole('status').filter({ hasText: /^The encryption key was rotated on / });
  await expect(notice).toContainText('Unlock with your new passphrase from now on.');
  await app.screenshot('25r-settings-rotated');
  expect((await app.call('couples:list', { status: 'all' })).items.map((c) => c.id)).toEqual([couple.id]);

  // The backup made before the rotation is labeled as such.
  await app.open('/backups');
  const table = page.getByRole('table', { name: 'Backups in the folder, newest first' });
  const rowOf = (createdAt: string) =>
    table.getByRole('row').filter({ has: page.locator(`time[datetime="${createdAt}"]`) });
  await expect(rowOf(before.createdAt)).toContainText(EARLIER_KEYS);
  await app.screenshot('25r-backups-earlier-keys');

  // The next day, at the unlock screen: the old passphrase and the old recovery key open
  // nothing; the new passphrase does. (A day later, because retention keeps the newest backup
  // of each day: a second backup today would replace the earlier one.)
  await app.travelDays(1);
  await unlockWith(page, PASSPHRASE);
  await expect(page.getByRole('alert')).toContainText('That passphrase is not correct');
  await expectRecoveryKeyRefused(app, oldRecoveryKey);
  await unlockWith(page, NEW_PASSPHRASE);
  await expect(heading(page, 'Backups')).toBeVisible();

  // A backup made under the new key is not labeled; the earlier one still is.
  const after = await app.call('backups:create', {});
  // Made behind the screen's back: read the list afresh.
  await page.reload();
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(rowOf(after.createdAt)).toBeVisible();
  await expect(rowOf(after.createdAt)).not.toContainText(EARLIER_KEYS);
  await expect(rowOf(before.createdAt)).toContainText(EARLIER_KEYS);
  expect(recoveryKey).not.toBe(oldRecoveryKey);
});

test('a lost recovery key is replaced on its own, after a wrong passphrase and its wait, and a failed attempt changes nothing', async ({
  app,
}) => {
  const { page } = app;
  const oldRecoveryKey = await app.setUpVault();
  await app.open('/settings');
  await page.getByRole('link', { name: 'I lost or exposed my recovery key' }).click();
  await expect(heading(page, 'Rotate the encryption key')).toBeFocused();
  await expect(page.getByText('What keeps working:')).toBeVisible();
  await app.screenshot('25r-rotate-key');

  const passphrase = page.getByLabel('Your passphrase');
  const rotate = page.getByRole('button', { name: 'Rotate the encryption key' });
  // Wrong passphrases count with the unlock throttle: the third starts a wait, shown in seconds.
  for (let attempt = 1; attempt <= 3; attempt++) {
    await passphrase.fill(`wrong passphrase number ${attempt}`);
    await rotate.click();
    await expect(page.getByRole('alert')).toContainText('That passphrase is not correct');
  }
  await expect(page.getByText(/You can try again in \d seconds?\./)).toBeVisible();
  await expect(rotate).toBeDisabled();
  await app.screenshot('25r-rotate-key-throttled');
  await expect(rotate).toBeEnabled({ timeout: 5_000 });

  // A rotation refused by the core (a full disk) says so; the records and keys are as they were.
  app.failNext('vault:rotateKey', { code: 'not_saved', message: 'There is not enough free disk space.' });
  await passphrase.fill(PASSPHRASE);
  await rotate.click();
  await expect(page.getByRole('alert')).toContainText('The key was not rotated');
  await expect(page.getByRole('alert')).toContainText('Nothing you recorded was lost.');
  await expect(heading(page, 'Rotate the encryption key')).toBeVisible();

  await rotate.click();
  await newRecoveryKey(page, oldRecoveryKey);
  await confirmStored(page);
  await expect(heading(page, 'Settings')).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: /^The encryption key was rotated on / }),
  ).toContainText('Your passphrase is the same.');

  await page.getByRole('button', { name: /^Lock/ }).click();
  await expectRecoveryKeyRefused(app, oldRecoveryKey);
  await unlockWith(page, PASSPHRASE);
  await expect(heading(page, 'Settings')).toBeVisible();
});

test('after a restore at the unlock screen, rotating the key is offered and done', async ({ app }) => {
  const { page } = app;
  const oldRecoveryKey = await app.setUpVault();
  await app.call('couples:create', thirdCouple());
  await app.call('backups:configure', { chooseFolder: true });
  const backup = await app.call('backups:create', {});
  await app.core.lock();

  await app.open();
  await page.getByRole('button', { name: 'Restore from a backup…' }).click();
  app.answerNextOpen(join(app.backupDir, backup.fileName));
  await page.getByRole('button', { name: 'Choose backup file…' }).click();
  await page.getByLabel('Passphrase when the backup was made').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Show what it contains' }).click();
  await page.getByRole('button', { name: 'Restore this backup' }).click();

  const notice = page.getByRole('status').filter({ hasText: /^The backup of .* is restored\./ });
  await expect(notice).toContainText(
    'If the backup’s passphrase or recovery key may be known to someone else, rotate the key now.',
  );
  await app.screenshot('25r-restored-offer-rotation');
  await notice.getByRole('link', { name: 'rotate the key now' }).click();
  await expect(heading(page, 'Rotate the encryption key')).toBeFocused();
  await page.getByLabel('Your passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Rotate the encryption key' }).click();
  await newRecoveryKey(page, oldRecoveryKey);
  await confirmStored(page);
  await expect(heading(page, 'Settings')).toBeVisible();
  await expect(page.getByText(/^The encryption key was rotated on /)).toBeVisible();
  // The restore's offer is gone: it has been acted on.
  await expect(page.getByRole('link', { name: 'rotate the key now' })).toHaveCount(0);
});
