import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fictionalCouple } from '../fixtures/couples';
import { expect, PASSPHRASE, type RekindleApp, test } from './harness';
import { heading, thirdCouple, unlockWith } from './steps';

const LATER_PASSPHRASE = 'harbour meadow quartz lantern';

async function coupleNames(app: RekindleApp): Promise<string[]> {
  const { items } = await app.call('couples:list', { status: 'all' });
  return items.map((item) => item.displayName).sort();
}

/** A practice with one couple in a backup (key file beside it) and a second couple added since. */
async function practiceWithBackup(app: RekindleApp) {
  const recoveryKey = await app.setUpVault();
  const inBackup = await app.call('couples:create', fictionalCouple());
  await app.call('backups:configure', { chooseFolder: true });
  const backup = await app.call('backups:create', {});
  const later = await app.call('couples:create', thirdCouple());
  return { backup, recoveryKey, inBackup: inBackup.displayName, later: later.displayName };
}

test('a backup is restored from the Backups screen after a preview, and the restore undone', async ({
  app,
}) => {
  const { page } = app;
  const { inBackup, later } = await practiceWithBackup(app);
  await app.open('/couples');
  await expect(page.getByRole('link', { name: later })).toBeVisible();

  await app.open('/backups');
  await expect(heading(page, 'Backups')).toBeFocused();
  const table = page.getByRole('table', { name: 'Backups in the folder, newest first' });
  await table.getByRole('button', { name: /^Restore the backup of / }).click();
  const dialog = page.getByRole('dialog', { name: /^Restore the backup of / });
  await expect(dialog).toBeVisible();
  const contents = dialog.getByRole('definition');
  const summary = dialog.locator('dl', { has: page.getByText('Couples', { exact: true }) });
  await expect(summary).toContainText('Couples1');
  await expect(summary).toContainText('Notes0 signed, 0 drafts');
  await expect(contents.first()).not.toHaveText('');
  await expect(dialog).toContainText('First Rekindle makes a safety backup of your current records');
  await app.screenshot('7r-restore-preview');

  await dialog.getByRole('button', { name: 'Restore this backup' }).click();
  const notice = page.getByRole('status').filter({ hasText: /^Restored the backup of / });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('kept in the safety backup of');
  expect(await coupleNames(app)).toEqual([inBackup]);
  // The safety backup is listed as such, with the backup that was restored.
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table).toContainText('Safety backup, made before a restore');
  await app.screenshot('7r-restored');

  await notice.getByRole('button', { name: 'Undo this restore' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^The restore was undone/ })).toBeVisible();
  expect(await coupleNames(app)).toEqual([inBackup, later].sort());

  // Restore again and go to the couples: the list is read afresh, not from what was cached.
  await table
    .getByRole('row')
    .filter({ hasNotText: 'Safety backup' })
    .getByRole('button', { name: /^Restore the backup of / })
    .click();
  await page.getByRole('dialog').getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Restored the backup of / })).toBeVisible();
  await app.open('/couples');
  await expect(page.getByRole('link', { name: inBackup })).toBeVisible();
  await expect(page.getByRole('link', { name: later })).toBeHidden();
});

test('a damaged database is restored from the unlock screen with the passphrase of the time', async ({
  app,
}) => {
  const { page } = app;
  const { backup, inBackup } = await practiceWithBackup(app);
  // Changed after the backup: the backup still opens with the passphrase it was made under.
  await app.call('vault:changePassphrase', { current: PASSPHRASE, next: LATER_PASSPHRASE });
  await app.core.lock();
  for (const suffix of ['-wal', '-shm']) rmSync(join(app.dataDir, `rekindle.db${suffix}`), { force: true });
  const garbage = Buffer.alloc(8192, 0x5a);
  writeFileSync(join(app.dataDir, 'rekindle.db'), garbage);

  await app.open();
  await unlockWith(page, LATER_PASSPHRASE);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The database cannot be read');
  await app.screenshot('7r-unlock-damaged');
  await page.getByRole('button', { name: 'Restore from a backup…' }).first().click();
  await expect(heading(page, 'Restore from a backup')).toBeFocused();

  // Cancelling the file dialog chooses nothing.
  await page.getByRole('button', { name: 'Choose backup file…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'No backup was chosen.' })).toBeVisible();

  app.answerNextOpen(join(app.backupDir, backup.fileName));
  await page.getByRole('button', { name: 'Choose backup file…' }).click();
  await expect(page.getByText(backup.fileName)).toBeVisible();
  await expect(
    page.getByText(/This backup opens with the passphrase or recovery key that was current when it was made/),
  ).toBeVisible();

  // Today's passphrase came later: it does not open this backup, and the screen says why.
  const secret = page.getByLabel('Passphrase when the backup was made');
  await secret.fill(LATER_PASSPHRASE);
  await page.getByRole('button', { name: 'Show what it contains' }).click();
  await expect(page.getByRole('alert')).toContainText('That passphrase does not open this backup');
  await expect(secret).toHaveAttribute('aria-invalid', 'true');

  await secret.fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Show what it contains' }).click();
  const summary = page.getByRole('definition').filter({ hasText: /^1$/ });
  await expect(page.getByRole('heading', { name: 'What the backup contains' })).toBeVisible();
  await expect(summary.first()).toBeVisible();
  await expect(page.getByText(/moved into a folder named “replaced-…”/)).toBeVisible();
  await app.screenshot('7r-unlock-preview');

  await page.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByText(/^The backup of .* is restored\./)).toBeVisible();
  await expect(page.getByText(/kept, untouched, in its folder “replaced-\d{8}-\d{6}”/)).toBeVisible();
  await app.screenshot('7r-unlock-restored');
  expect(await coupleNames(app)).toEqual([inBackup]);

  // The damaged file was moved aside, byte for byte, never deleted.
  const aside = readdirSync(app.dataDir).filter((name) => name.startsWith('replaced-'));
  expect(aside).toHaveLength(1);
  expect(readFileSync(join(app.dataDir, aside[0] as string, 'rekindle.db')).equals(garbage)).toBe(true);

  // From now on, the passphrase of the backup's time unlocks.
  await app.systemLock();
  await unlockWith(page, PASSPHRASE);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});

test('a new computer restores a backup with the recovery key instead of setting up', async ({ app }) => {
  const { page } = app;
  const { backup, recoveryKey, inBackup } = await practiceWithBackup(app);
  await app.core.lock();
  // The laptop's disk died: a new computer, nothing in the data folder, only the drive.
  for (const name of readdirSync(app.dataDir)) rmSync(join(app.dataDir, name), { recursive: true });

  await app.open();
  await expect(heading(page, 'Set up Rekindle')).toBeFocused();
  await page.getByRole('button', { name: 'Restore from a backup instead' }).click();
  await expect(heading(page, 'Restore from a backup')).toBeFocused();
  app.answerNextOpen(join(app.backupDir, backup.fileName));
  await page.getByRole('button', { name: 'Choose backup file…' }).click();
  await page.getByLabel('The recovery key').check();
  await page.getByLabel('Recovery key', { exact: true }).fill(recoveryKey.toLowerCase());
  await page.getByRole('button', { name: 'Show what it contains' }).click();
  await expect(page.getByRole('heading', { name: 'What the backup contains' })).toBeVisible();
  await page.getByLabel('New passphrase', { exact: true }).fill(LATER_PASSPHRASE);
  await page.getByLabel('Type the new passphrase again').fill(LATER_PASSPHRASE);
  await app.screenshot('7r-new-computer-recovery');
  await page.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByText(/is restored\. Your new passphrase is saved/)).toBeVisible();
  expect(await coupleNames(app)).toEqual([inBackup]);
  // Nothing was in the data folder, so nothing was moved aside.
  expect(readdirSync(app.dataDir).filter((name) => name.startsWith('replaced-'))).toEqual([]);

  await app.systemLock();
  await unlockWith(page, LATER_PASSPHRASE);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});
