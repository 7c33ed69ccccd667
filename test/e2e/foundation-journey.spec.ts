import { expect, PASSPHRASE, test } from './harness';
import {
  expectNoHorizontalOverflow,
  heading,
  longNamedCouple,
  partnerGroup,
  setUpBackupsLater,
  thirdCouple,
  unlockWith,
} from './steps';

/** The harness's record of secrets copied through the bridge (see BRIDGE_SCRIPT). */
type CopiedSecrets = { __rekindleE2E: { copiedSecrets(): string[] } };

test('first run to unlocked records: set-up, recovery key, add, find, edit, lock and unlock again', async ({
  app,
}) => {
  const { page } = app;
  await app.open('/couples');

  // First run: the explanation, then a weak passphrase is refused with the rule that it breaks.
  await expect(heading(page, 'Set up Rekindle')).toBeFocused();
  await expect(page.getByText('stays on this computer, encrypted')).toBeVisible();
  await app.screenshot('01-setup');
  const passphrase = page.getByLabel('Passphrase', { exact: true });
  await passphrase.fill('Password2024!');
  await expect(page.getByText('Strength: Too weak.')).toBeVisible();
  await expect(page.getByText('one of the most common ones and would be guessed first')).toBeVisible();
  await page.getByLabel('Type the passphrase again').fill('Password2024!');
  await page.getByRole('button', { name: 'Create encrypted records' }).click();
  await expect(passphrase).toHaveAttribute('aria-invalid', 'true');
  await expect(passphrase).toBeFocused();
  await app.screenshot('02-setup-weak-passphrase');

  // A good passphrase typed differently the second time.
  await passphrase.fill(PASSPHRASE);
  await expect(page.getByText(/Strength: (Good|Strong)\./)).toBeVisible();
  await page.getByLabel('Type the passphrase again').fill(`${PASSPHRASE}s`);
  await page.getByRole('button', { name: 'Create encrypted records' }).click();
  await expect(page.getByText('The two passphrases do not match')).toBeVisible();
  await expect(page.getByLabel('Type the passphrase again')).toBeFocused();
  await app.screenshot('03-setup-mismatch');
  await page.getByLabel('Type the passphrase again').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create encrypted records' }).click();

  // The recovery key, shown once: Continue needs the "stored it" confirmation.
  await expect(heading(page, 'Your recovery key')).toBeFocused();
  const recoveryKey = (await page.getByTestId('recovery-key').textContent()) ?? '';
  expect(recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
  await page.getByRole('button', { name: 'Copy recovery key' }).click();
  await expect(page.getByText(/^Copied\. .+clears it from the clipboard in 60 seconds/)).toBeVisible();
  // Selected and copied with the keyboard, the key goes through the same clearing copy.
  await page.getByTestId('recovery-key').click();
  await page.keyboard.press('Control+C');
  expect(
    await page.evaluate(() => (window as unknown as CopiedSecrets).__rekindleE2E.copiedSecrets()),
  ).toEqual([recoveryKey, recoveryKey]);
  await app.screenshot('04-recovery-key');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText('Confirm that you have stored the recovery key')).toBeVisible();
  await page.getByLabel('I have stored this recovery key somewhere safe, away from this computer').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await setUpBackupsLater(page);

  // A new practice: an empty list that says so and offers to add.
  await expect(heading(page, 'Couples')).toBeFocused();
  await expect(page.getByRole('heading', { name: 'No couples yet' })).toBeVisible();
  await app.screenshot('05-couples-empty');

  // Add a couple; the first submit misses partner B's last name and has a broken email.
  await page.getByRole('link', { name: 'Add couple' }).click();
  await expect(heading(page, 'Add a couple')).toBeFocused();
  const a = partnerGroup(page, 'A');
  const b = partnerGroup(page, 'B');
  await a.getByLabel('First name').fill('Zoë');
  await a.getByLabel('Last name').fill('Müller-Ñúñez');
  await a.getByLabel('Pronouns').fill('she/her');
  await a.getByLabel('Date of birth').fill('1988-04-12');
  await a.getByLabel('Phone').fill('+1 555 0100');
  await a.getByLabel('Email').fill('zoe.example@example.org');
  await a.getByLabel('In recovery').check();
  await a.getByLabel('Substances').fill('alcohol, cannabis');
  await a.getByLabel('Severity').selectOption('moderate');
  await a.getByLabel('Years of use').fill('9');
  await a.getByLabel('Sobriety date').fill('2025-11-02');
  await b.getByLabel('First name').fill('Łukasz');
  await b.getByLabel('Email').fill('lukasz.example@');
  await expect(page.getByLabel('Display name')).toHaveValue('Zoë & Łukasz');
  await page.getByLabel('Referral source').fill('Example Recovery Program (fictional)');
  await page.getByRole('button', { name: 'Save couple' }).click();

  const summary = page.getByRole('region', { name: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Partner B: Enter last name' })).toBeVisible();
  await expect(
    summary.getByRole('link', { name: 'Partner B: Enter an email address like name@example.org' }),
  ).toBeVisible();
  await expect(b.getByLabel('Last name')).toHaveAttribute('aria-invalid', 'true');
  await expect(b.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
  await expect(b.getByLabel('Email')).toHaveAccessibleDescription(
    /Enter an email address like name@example.org/,
  );
  // Nothing typed was lost.
  await expect(a.getByLabel('Last name')).toHaveValue('Müller-Ñúñez');
  await expect(a.getByLabel('Substances')).toHaveValue('alcohol, cannabis');
  await expect(b.getByLabel('Email')).toHaveValue('lukasz.example@');
  await app.screenshot('06-couple-form-errors');

  // The summary link takes focus to the field; fix both and save.
  await summary.getByRole('link', { name: 'Partner B: Enter last name' }).click();
  await expect(b.getByLabel('Last name')).toBeFocused();
  await b.getByLabel('Last name').fill('Żółć');
  await b.getByLabel('Email').fill('lukasz.example@example.org');
  await page.getByRole('button', { name: 'Save couple' }).click();
  await expect(heading(page, 'Zoë & Łukasz')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Couple added.' })).toBeVisible();

  // Two more couples (one with very long names) so search has something to leave out.
  await app.call('couples:create', longNamedCouple());
  await app.call('couples:create', thirdCouple());
  await page.getByRole('link', { name: 'All couples' }).click();
  await expect(page.getByRole('row')).toHaveCount(4);
  await expect(page.getByText('3 couples')).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await app.screenshot('07-couples-list');

  // Accent-insensitive search finds Müller from "muller".
  await page.getByLabel('Search by name').fill('muller');
  await expect(page.getByRole('row')).toHaveCount(2);
  await expect(page.getByRole('link', { name: 'Zoë & Łukasz' })).toBeVisible();
  await app.screenshot('08-couples-search');

  // Open it: both partners side by side with every recorded detail.
  await page.getByRole('link', { name: 'Zoë & Łukasz' }).click();
  await expect(heading(page, 'Zoë & Łukasz')).toBeFocused();
  const cardA = page.getByRole('region', { name: 'Zoë Müller-Ñúñez' });
  await expect(cardA).toContainText('Apr 12, 1988');
  await expect(cardA).toContainText(/age \d+/);
  await expect(cardA).toContainText('alcohol, cannabis');
  await expect(cardA).toContainText('Moderate');
  await expect(cardA).toContainText(/days? sober/);
  await expect(page.getByRole('region', { name: 'Łukasz Żółć' })).toContainText('No');
  await expectNoHorizontalOverflow(page);
  await app.screenshot('09-couple-detail');

  // Edit: status to Active, a preferred name for partner A.
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(heading(page, 'Edit Zoë & Łukasz')).toBeFocused();
  await expect(partnerGroup(page, 'A').getByLabel('Last name')).toHaveValue('Müller-Ñúñez');
  await page.getByLabel('Status').selectOption('active');
  await partnerGroup(page, 'A').getByLabel('Preferred name').fill('Zo');
  await app.screenshot('10-couple-edit');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Changes saved.' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Zoë (Zo) Müller-Ñúñez' })).toBeVisible();
  await expect(page.locator('.page-header').getByText('Active', { exact: true })).toBeVisible();

  // Lock: nothing clinical stays on screen.
  await page.getByRole('button', { name: /^Lock/ }).click();
  await expect(heading(page, 'Unlock Rekindle')).toBeVisible();
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeFocused();
  await expect(page.locator('body')).not.toContainText('Müller');
  await app.screenshot('11-unlock');

  // A wrong passphrase gets a clear, calm error.
  await unlockWith(page, 'lantern orchard velvet compas');
  await expect(page.getByRole('alert')).toContainText('That passphrase is not correct');
  const unlockField = page.getByLabel('Passphrase', { exact: true });
  await expect(unlockField).toHaveAttribute('aria-invalid', 'true');
  await expect(unlockField).toHaveAccessibleDescription(/Check that Caps Lock is off/);
  await expect(unlockField).toBeFocused();
  await app.screenshot('12-unlock-error');

  // The right one: back where we were, with the data still there.
  await unlockWith(page, PASSPHRASE);
  await expect(heading(page, 'Zoë & Łukasz')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Zoë (Zo) Müller-Ñúñez' })).toContainText(
    'zoe.example@example.org',
  );
  await expect(page.locator('.page-header').getByText('Active', { exact: true })).toBeVisible();
});
