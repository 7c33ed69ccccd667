import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_DEMO_SIZE, expect, PASSPHRASE, test } from './harness';
import { heading, unlockWith } from './steps';

test('first run: try the demo practice, DEMO on every screen, then leave it to set up the real practice', async ({
  app,
}) => {
  const { page } = app;
  await app.open('/');

  // First run offers the demo apart from setting up the real practice.
  await expect(heading(page, 'Set up Rekindle')).toBeFocused();
  const choice = page.getByRole('region', { name: 'Just looking? Try the demo practice' });
  await expect(choice).toContainText('fictional couples');
  await expect(choice).toContainText('your own records are not created or touched');
  await expect(page.getByTestId('demo-tag')).toHaveCount(0);
  await app.screenshot('demo-01-setup-choice');
  await choice.getByRole('button', { name: 'Try the demo practice' }).click();

  // It is built in the background, with progress.
  await expect(heading(page, 'Building the demo practice')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Demo practice built' })).toBeVisible();
  await expect(page.getByText(`for ${E2E_DEMO_SIZE.couples} couples`)).toBeVisible();
  await app.screenshot('demo-02-building');

  // Built: the app opens on Today, marked DEMO, saying plainly that everyone is fictional.
  await expect(heading(page, 'Today')).toBeVisible({ timeout: 60_000 });
  const tag = page.getByRole('banner').getByTestId('demo-tag');
  const banner = page.getByRole('region', { name: 'Demo practice', exact: true });
  await expect(tag).toHaveText('DEMO');
  await expect(banner).toContainText('Every person in it is fictional');
  await expect(banner).toContainText('Do not enter real clients’ information here');
  expect(await page.title()).toBe('DEMO practice · Rekindle');
  await app.screenshot('demo-03-today');

  // The couples list and a couple's page carry the marker too.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Couples' }).click();
  await expect(heading(page, 'Couples')).toBeVisible();
  const coupleLinks = page.getByRole('table').getByRole('link');
  await expect(coupleLinks).toHaveCount(E2E_DEMO_SIZE.couples);
  await expect(tag).toBeVisible();
  await expect(banner).toBeVisible();
  await app.screenshot('demo-04-couples');
  const name = (await coupleLinks.first().textContent()) ?? '';
  expect(name).toMatch(/^\S.* & \S/);
  await coupleLinks.first().click();
  await expect(heading(page, name)).toBeVisible();
  await expect(tag).toBeVisible();
  await expect(banner).toBeVisible();
  await app.screenshot('demo-05-couple');

  // The demo's months of history draw on the Progress tab, still marked DEMO.
  await page.getByRole('link', { name: 'Progress', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Ratings by area' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Milestones' })).toBeVisible();
  await expect(tag).toBeVisible();
  await app.screenshot('demo-05-progress');

  // Locked, the demo's unlock screen is marked too and shows its passphrase.
  await page.getByRole('button', { name: /^Lock/ }).click();
  await expect(heading(page, 'Unlock Rekindle')).toBeVisible();
  await expect(page.getByTestId('demo-tag')).toBeVisible();
  await expect(banner).toBeVisible();
  await expect(page.getByRole('button', { name: /recovery key/ })).toHaveCount(0);
  const passphrase = (await page.getByTestId('demo-passphrase').textContent()) ?? '';
  expect(passphrase).toContain('not for real records');
  await app.screenshot('demo-06-unlock');
  await unlockWith(page, passphrase);
  await expect(heading(page, name)).toBeVisible();

  // Leaving asks first, then goes back to setting up the real practice, untouched.
  await banner.getByRole('button', { name: 'Leave the demo' }).click();
  const dialog = page.getByRole('dialog', { name: 'Leave the demo practice?' });
  await expect(dialog).toBeVisible();
  await app.screenshot('demo-07-leave');
  await dialog.getByRole('button', { name: 'Leave the demo' }).click();
  await expect(heading(page, 'Set up Rekindle')).toBeVisible();
  await expect(page.getByTestId('demo-tag')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Demo practice', exact: true })).toHaveCount(0);
  expect(await page.title()).toBe('Rekindle');
  expect(existsSync(app.demoDir)).toBe(false);
  expect(existsSync(join(app.dataDir, 'vault.json'))).toBe(false);
  expect(await app.call('practice:status', {})).toEqual({
    practice: 'real',
    demoPassphrase: null,
    demoBuild: null,
  });
  await app.screenshot('demo-08-back-to-setup');
});

test('with the real practice set up: the demo from the unlock screen, and back to unlocking the real one', async ({
  app,
}) => {
  const { page } = app;
  await app.setUpVault();
  await app.core.lock();
  await app.open('/');

  await expect(heading(page, 'Unlock Rekindle')).toBeVisible();
  await page.getByRole('button', { name: /^Try the demo practice/ }).click();
  await expect(heading(page, 'Today')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('banner').getByTestId('demo-tag')).toBeVisible();
  const couples = await app.call('couples:list', {});
  expect(couples.total).toBe(E2E_DEMO_SIZE.couples);

  await page.getByRole('button', { name: 'Leave the demo' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Leave the demo' }).click();
  await expect(heading(page, 'Unlock Rekindle')).toBeVisible();
  await expect(page.getByTestId('demo-tag')).toHaveCount(0);
  await unlockWith(page, PASSPHRASE);
  await expect(heading(page, 'Today')).toBeVisible();
  expect((await app.call('couples:list', {})).total).toBe(0);
  expect(existsSync(app.demoDir)).toBe(false);
});
