import { readdirSync, renameSync } from 'node:fs';
import { createFilePreferences } from '@core/preferences';
import { expect, PASSPHRASE, type RekindleApp, test } from './harness';
import { expectNoHorizontalOverflow, heading, setUpBackupsLater, unlockWith } from './steps';

const NARROW = { width: 1024, height: 700 };

function backupFiles(folder: string): string[] {
  return readdirSync(folder).filter((name) => /^rekindle-backup-\d{8}-\d{6}\.db$/.test(name));
}

/** Set-up as a new clinician does it, up to the backup step. */
async function setUpToBackupStep(app: RekindleApp) {
  const { page } = app;
  await app.open();
  await expect(heading(page, 'Set up Rekindle')).toBeFocused();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Type the passphrase again').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create encrypted records' }).click();
  await expect(heading(page, 'Your recovery key')).toBeFocused();
  await page.getByLabel('I have stored this recovery key somewhere safe, away from this computer').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(heading(page, 'Back up your records')).toBeFocused();
}

test('set-up ends on backups; "Later" is recorded, Today asks for a folder, and one click makes the first backup', async ({
  app,
}) => {
  const { page } = app;
  await setUpToBackupStep(app);
  await expect(page.getByText('A lost laptop or a dead disk would take every record on it.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Later', exact: true })).toHaveAccessibleDescription(
    'With “Later”, Today reminds you until backups are set up.',
  );
  await app.screenshot('8x-setup-backup-step');
  await page.setViewportSize(NARROW);
  await expectNoHorizontalOverflow(page);
  await app.screenshot('8x-setup-backup-step-narrow');

  await setUpBackupsLater(page);
  await expect(heading(page, 'Today')).toBeFocused();
  expect(createFilePreferences(app.dataDir).get('backups')?.setupDeferredAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  const notice = page.getByRole('region', { name: 'Backups are not set up' });
  await expect(notice).toContainText('You chose “Later” at set-up.');
  // One notice, and nothing made yet.
  await expect(page.getByRole('region', { name: /backup/i })).toHaveCount(1);
  expect(backupFiles(app.backupDir)).toEqual([]);
  await expectNoHorizontalOverflow(page);
  await app.screenshot('8x-today-backup-notice-narrow');
  await page.setViewportSize({ width: 1280, height: 800 });
  await app.screenshot('8x-today-backup-notice');

  // A canceled folder dialog changes nothing and says so.
  app.answerNextFolder(null);
  await notice.getByRole('button', { name: 'Choose backup folder…' }).click();
  await expect(notice.getByRole('status')).toHaveText('No folder was chosen.');
  expect(backupFiles(app.backupDir)).toEqual([]);

  await notice.getByRole('button', { name: 'Choose backup folder…' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Backups go to ${app.backupDir}.` })).toBeVisible();
  await expect(notice).toBeHidden();
  expect(backupFiles(app.backupDir)).toHaveLength(1);
  await app.screenshot('8x-today-backup-fixed');
});

test('choosing a folder at set-up makes the first backup, and Today has nothing to ask', async ({ app }) => {
  const { page } = app;
  await setUpToBackupStep(app);
  await page.getByRole('button', { name: 'Choose backup folder…' }).click();
  await expect(heading(page, 'Today')).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: `Backups go to ${app.backupDir}.` })).toBeVisible();
  await expect(page.getByRole('region', { name: /backup/i })).toHaveCount(0);
  expect(backupFiles(app.backupDir)).toHaveLength(1);
  expect(createFilePreferences(app.dataDir).get('backups')?.setupDeferredAt).toBeNull();
});

test('Today says when a backup is overdue or the drive has been away a week, each with its one-click fix', async ({
  app,
}) => {
  const { page } = app;
  await app.setUpVault();
  await app.call('backups:configure', { chooseFolder: true });
  await app.call('backups:create', {});
  await app.open();
  await expect(heading(page, 'Today')).toBeFocused();
  await expect(page.getByRole('region', { name: /backup/i })).toHaveCount(0);

  // Two days later, the daily backup is overdue: backing up now clears it.
  await app.travelDays(2);
  await unlockWith(page, PASSPHRASE);
  const overdue = page.getByRole('region', { name: 'Backup overdue' });
  await expect(overdue).toContainText('longer ago than your schedule (every 24 hours)');
  await app.screenshot('8x-today-backup-overdue');
  await overdue.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Backed up at / })).toBeVisible();
  await expect(overdue).toBeHidden();
  expect(backupFiles(app.backupDir)).toHaveLength(2);

  // The drive goes into a drawer for a week: Today sends the clinician to Backups.
  const unplugged = `${app.backupDir}-unplugged`;
  renameSync(app.backupDir, unplugged);
  try {
    await app.travelDays(7);
    await unlockWith(page, PASSPHRASE);
    const away = page.getByRole('region', { name: 'The backup drive has been away for a week or more' });
    await expect(away).toContainText(`The backup folder ${app.backupDir} was last reachable`);
    await app.screenshot('8x-today-backup-drive-away');
    await away.getByRole('link', { name: 'Go to Backups' }).click();
    await expect(heading(page, 'Backups')).toBeFocused();
    await expect(
      page.getByText('The backup folder is not reachable — is the drive plugged in?'),
    ).toBeVisible();
  } finally {
    renameSync(unplugged, app.backupDir);
  }
});
