import { copyFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFilePreferences } from '@core/preferences';
import { fictionalCouple } from '../fixtures/couples';
import { expect, test } from './harness';
import { delayChannel, expectNoHorizontalOverflow, heading, thirdCouple } from './steps';

const UNREACHABLE = 'The backup folder is not reachable — is the drive plugged in?';

test.beforeEach(async ({ app }) => {
  await app.setUpVault();
  await app.call('couples:create', fictionalCouple());
  await app.call('couples:create', thirdCouple());
});

function backupFiles(folder: string): string[] {
  return readdirSync(folder).filter((name) => /^rekindle-backup-\d{8}-\d{6}\.db$/.test(name));
}

test('a folder is chosen, a backup made, listed and verified', async ({ app }) => {
  const { page } = app;
  await app.open('/settings');
  await page.getByRole('link', { name: 'Set up and check backups' }).click();
  await expect(heading(page, 'Backups')).toBeFocused();

  // Nothing set up: a call to action, and nothing to back up to.
  await expect(page.getByText('Not set up yet.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No backups yet' })).toBeVisible();
  await expect(page.getByText('No backup has been made yet')).toBeVisible();
  const backUpNow = page.getByRole('button', { name: 'Back up now' });
  await expect(backUpNow).toBeDisabled();
  await expect(backUpNow).toHaveAccessibleDescription('Choose a folder above first.');
  await expect(page.getByText(/encrypted with the same key/)).toBeVisible();
  await app.screenshot('7x-backups-empty');

  await page.getByRole('button', { name: 'Choose folder…' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Backups now go to ${app.backupDir}.` }),
  ).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: app.backupDir })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No backups yet' })).toBeVisible();

  // A big practice takes seconds: hold this backup back a moment to see the busy state.
  await delayChannel(page, 'backups:create', 1500);
  await backUpNow.click();
  const busyButton = page.getByRole('button', { name: 'Backing up…' });
  await expect(busyButton).toBeDisabled();
  await expect(page.getByRole('region', { name: 'Back up now' })).toHaveAttribute('aria-busy', 'true');
  await expect(page.getByRole('status').filter({ hasText: /^Backing up…/ })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Backed up at / })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Back up now' })).toHaveAttribute('aria-busy', 'false');
  await expect(backUpNow).toBeEnabled();
  const files = backupFiles(app.backupDir);
  expect(files).toHaveLength(1);
  const table = page.getByRole('table', { name: 'Backups in the folder, newest first' });
  await expect(table.getByRole('row')).toHaveCount(2);
  const newest = table.getByRole('row').nth(1);
  await expect(newest).toContainText('Verified');
  await expect(newest).toContainText(/\d+ (KB|MB)/);
  await expect(page.getByText('No backup has been made yet')).toBeHidden();

  // Two older copies the app has not checked: one intact, one damaged.
  const [made] = files as [string];
  copyFileSync(join(app.backupDir, made), join(app.backupDir, 'rekindle-backup-20260101-090000.db'));
  writeFileSync(
    join(app.backupDir, 'rekindle-backup-20251231-090000.db'),
    'not a database at all, just bytes',
  );
  await page.reload();
  await expect(heading(page, 'Backups')).toBeFocused();
  await expect(table.getByRole('row')).toHaveCount(4);
  const intact = table.getByRole('row').nth(2);
  const damaged = table.getByRole('row').nth(3);
  await expect(intact).toContainText('Not checked yet');
  await expect(damaged).toContainText('Not checked yet');
  await expect(damaged).toContainText('33 bytes');

  await intact.getByRole('button', { name: /^Verify the backup of / }).click();
  await expect(intact).toContainText('Verified');
  await expect(page.getByRole('status').filter({ hasText: /: Verified\.$/ })).toBeVisible();
  await damaged.getByRole('button', { name: /^Verify the backup of / }).click();
  await expect(damaged).toContainText('Failed — the backup is damaged, make a new one');
  const checks = (await app.call('backups:status', {})).backups.map((b) => [b.fileName, b.verified]);
  expect(checks).toEqual([
    [made, 'verified'],
    ['rekindle-backup-20260101-090000.db', 'verified'],
    ['rekindle-backup-20251231-090000.db', 'failed'],
  ]);
  await app.screenshot('7x-backups-list');

  await page.setViewportSize({ width: 820, height: 900 });
  await expectNoHorizontalOverflow(page);
});

test('the schedule is checked with clear field errors, then saved', async ({ app }) => {
  const { page } = app;
  await app.open('/backups');
  await expect(heading(page, 'Backups')).toBeFocused();
  const interval = page.getByLabel('Back up on lock and quit at most every (hours)');
  const daily = page.getByLabel('Daily backups to keep');
  const weekly = page.getByLabel('Weekly backups to keep');
  const save = page.getByRole('button', { name: 'Save schedule' });
  await expect(interval).toHaveValue('24');
  await expect(daily).toHaveValue('7');
  await expect(weekly).toHaveValue('8');

  await interval.fill('200');
  await daily.fill('0');
  await weekly.fill('two');
  await save.click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeVisible();
  await expect(interval).toHaveAccessibleDescription(/The interval must be at most 168 hours \(a week\)/);
  await expect(interval).toHaveAttribute('aria-invalid', 'true');
  await expect(daily).toHaveAccessibleDescription(/Keep at least 1 daily backup/);
  await expect(weekly).toHaveAccessibleDescription(/Weekly backups kept must be a number/);
  // What was typed is kept.
  await expect(interval).toHaveValue('200');
  await expect(weekly).toHaveValue('two');
  expect((await app.call('backups:status', {})).intervalHours).toBe(24);

  // The summary links to each field.
  await summary.getByRole('link', { name: /Keep at least 1 daily backup/ }).click();
  await expect(daily).toBeFocused();

  // A field error from the core lands next to its field, too.
  await interval.fill('12');
  await daily.fill('14');
  await weekly.fill('4');
  app.failNext('backups:configure', {
    code: 'validation',
    message: 'The backup settings were not saved.',
    fields: { 'policy.weekly': 'Keep at most 52 weekly backups' },
  });
  await save.click();
  await expect(weekly).toHaveAccessibleDescription(/Keep at most 52 weekly backups/);
  await expect(interval).not.toHaveAttribute('aria-invalid');
  await expect(weekly).toHaveValue('4');

  await save.click();
  await expect(
    page.getByText(
      'Saved. Rekindle backs up on lock and quit at most every 12 hours, and keeps 14 daily and 4 weekly backups.',
    ),
  ).toBeVisible();
  await expect(weekly).not.toHaveAttribute('aria-invalid');
  const status = await app.call('backups:status', {});
  expect(status.intervalHours).toBe(12);
  expect(status.policy).toEqual({ daily: 14, weekly: 4 });
});

test('an unreachable folder is flagged, backing up fails plainly, and cancelling keeps the folder', async ({
  app,
}) => {
  const { page } = app;
  await app.call('backups:configure', { chooseFolder: true });
  await app.call('backups:create', {});
  await app.open('/backups');
  await expect(heading(page, 'Backups')).toBeFocused();
  await expect(page.getByText(UNREACHABLE)).toBeHidden();
  await expect(page.getByRole('table', { name: 'Backups in the folder, newest first' })).toBeVisible();

  // The drive is unplugged.
  rmSync(app.backupDir, { recursive: true, force: true });
  await page.reload();
  await expect(heading(page, 'Backups')).toBeFocused();
  await expect(page.getByRole('alert').filter({ hasText: UNREACHABLE })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'The backups cannot be listed' })).toBeVisible();

  await page.getByRole('button', { name: 'Back up now' }).click();
  const failure = page.getByRole('alert').filter({ hasText: 'No backup was made' });
  await expect(failure).toBeVisible();
  await expect(failure).toContainText('connect the drive, or choose another folder');
  await expect(failure).toContainText('Your records are unchanged.');
  await expect(page.getByRole('button', { name: 'Back up now' })).toBeEnabled();
  await app.screenshot('7x-backups-unreachable');

  // Cancelling the folder dialog keeps the folder.
  app.answerNextFolder(null);
  await page.getByRole('button', { name: 'Choose folder…' }).click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: `The backup folder was not changed: backups still go to ${app.backupDir}.` }),
  ).toBeVisible();
  expect((await app.call('backups:status', {})).folder).toBe(app.backupDir);
  await expect(page.getByRole('alert').filter({ hasText: UNREACHABLE })).toBeVisible();

  // A folder Rekindle cannot write to is refused plainly, and the folder stays.
  app.answerNextFolder(join(app.backupDir, 'missing-drive-folder'));
  await page.getByRole('button', { name: 'Choose folder…' }).click();
  const refused = page.getByRole('alert').filter({ hasText: 'The folder was not changed' });
  await expect(refused).toContainText('Rekindle cannot write to that folder');
  expect((await app.call('backups:status', {})).folder).toBe(app.backupDir);
});

test('a backup of a large practice shows its progress against the last one’s time', async ({ app }) => {
  const { page } = app;
  await app.call('backups:configure', { chooseFolder: true });
  await app.call('backups:create', {});
  // As if the last backup had taken 30 seconds: this one is expected to take about as long.
  const preferences = createFilePreferences(app.dataDir);
  const stored = preferences.get('backups');
  if (!stored?.lastTiming) throw new Error('the backup was not timed');
  preferences.set('backups', { ...stored, lastTiming: { ...stored.lastTiming, ms: 30_000 } });

  await app.open('/backups');
  await expect(heading(page, 'Backups')).toBeFocused();
  await delayChannel(page, 'backups:create', 2500);
  await page.getByRole('button', { name: 'Back up now' }).click();
  const bar = page.getByRole('progressbar', { name: 'Backup progress' });
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute('aria-valuetext', /^\d+%, about \d+ seconds left$/);
  await expect(page.getByText(/^about \d+ seconds left$/)).toBeVisible();
  await app.screenshot('7x-backups-progress');
  await expect(page.getByRole('status').filter({ hasText: /^Backed up at / })).toBeVisible();
  await expect(bar).toBeHidden();
});
