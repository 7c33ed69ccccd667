import { expect, PASSPHRASE, test } from './harness';
import { heading, partnerGroup, tabTo } from './steps';

test('unlocking, and the recovery path, work with the keyboard alone', async ({ app }) => {
  const { page } = app;
  await app.setUpVault();
  await app.core.lock();
  await app.open('/couples');

  const passphrase = page.getByLabel('Passphrase', { exact: true });
  await expect(passphrase).toBeFocused();
  await page.keyboard.type('not the passphrase at all');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('That passphrase is not correct');
  await expect(passphrase).toBeFocused();

  // To the recovery path and back.
  await tabTo(page, page.getByRole('button', { name: 'Forgot your passphrase? Use your recovery key' }));
  await page.keyboard.press('Enter');
  await expect(heading(page, 'Unlock with your recovery key')).toBeFocused();
  await tabTo(page, page.getByLabel('Recovery key'));
  await tabTo(page, page.getByRole('button', { name: 'Back to unlocking with your passphrase' }));
  await page.keyboard.press('Enter');
  await expect(passphrase).toBeFocused();

  // The Show button reveals what was typed, then Enter unlocks.
  await page.keyboard.type(PASSPHRASE);
  await tabTo(page, page.getByRole('button', { name: 'Show passphrase' }));
  await page.keyboard.press('Space');
  await expect(passphrase).toHaveAttribute('type', 'text');
  await page.keyboard.press('Shift+Tab');
  await expect(passphrase).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(heading(page, 'Couples')).toBeFocused();
});

test('adding a couple works with the keyboard alone, errors included', async ({ app }) => {
  const { page } = app;
  await app.setUpVault();
  await app.open('/couples');
  await expect(heading(page, 'Couples')).toBeFocused();

  await tabTo(page, page.getByRole('link', { name: 'Add couple' }));
  await page.keyboard.press('Enter');
  await expect(heading(page, 'Add a couple')).toBeFocused();

  // Fields in screen order, reached with Tab only.
  const status = page.getByLabel('Status');
  await tabTo(page, status);
  await page.keyboard.press('ArrowDown');
  await expect(status).toHaveValue('active');
  const a = partnerGroup(page, 'A');
  await tabTo(page, a.getByLabel('First name'));
  await page.keyboard.type('Zoë');
  await tabTo(page, a.getByLabel('Last name'));
  await page.keyboard.type('Müller-Ñúñez');
  await tabTo(page, a.getByLabel('In recovery'));
  await page.keyboard.press('Space');
  await expect(a.getByLabel('In recovery')).toBeChecked();
  await tabTo(page, partnerGroup(page, 'B').getByLabel('First name'));
  await page.keyboard.type('Łukasz');
  await expect(page.getByLabel('Display name')).toHaveValue('Zoë & Łukasz');

  // Enter submits; the summary takes focus, its link leads to the field.
  await page.keyboard.press('Enter');
  const summary = page.getByRole('region', { name: 'There is a problem' });
  await expect(summary).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(summary.getByRole('link', { name: 'Partner B: Enter last name' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(partnerGroup(page, 'B').getByLabel('Last name')).toBeFocused();
  await page.keyboard.type('Żółć');
  await page.keyboard.press('Enter');

  await expect(heading(page, 'Zoë & Łukasz')).toBeFocused();
  await expect(page.locator('.page-header').getByText('Active', { exact: true })).toBeVisible();
});
