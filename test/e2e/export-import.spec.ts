import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '@core';
import { fictionalCouple } from '../fixtures/couples';
import { fictionalDapNote, fictionalSession } from '../fixtures/sessions';
import { E2E_KDF, expect, PASSPHRASE, test } from './harness';
import { expectNoHorizontalOverflow, heading, thirdCouple } from './steps';

const EXPORT_PASSPHRASE = 'harbour kettle juniper meadow';

test('the practice is exported from settings to an encrypted file; import is refused while not empty', async ({
  app,
}) => {
  const { page } = app;
  await app.setUpVault();
  const couple = await app.call('couples:create', fictionalCouple());
  await app.call('couples:create', thirdCouple());
  const session = await app.call('sessions:create', fictionalSession(couple.id));
  const note = await app.call('notes:saveDraft', { sessionId: session.id, content: fictionalDapNote() });
  await app.call('notes:sign', { id: note.id, signedBy: 'Dr. Example Clinician', attest: true });

  await app.open('/settings');
  await page.getByRole('link', { name: 'Export and import records' }).click();
  await expect(heading(page, 'Export and import')).toBeVisible();
  // Import is for an empty practice only, and this one has two couples: said plainly, nothing to click.
  await expect(page.getByText('Import is not available here')).toBeVisible();
  await expect(page.getByText(/already has 2 couples/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Choose export file…' })).toHaveCount(0);

  // A weak passphrase is refused before anything is written, with the set-up's strength feedback.
  const passphrase = page.getByLabel('Passphrase for this export', { exact: true });
  await passphrase.fill('short');
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(passphrase).toBeFocused();
  await expect(passphrase).toHaveAttribute('aria-invalid', 'true');

  // One couple: the couple must be chosen.
  await page.getByRole('radio', { name: 'One couple' }).check();
  await passphrase.fill(EXPORT_PASSPHRASE);
  await page.getByLabel('Type the passphrase again').fill(EXPORT_PASSPHRASE);
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByLabel('Couple', { exact: true })).toBeFocused();
  await expect(page.getByText('Choose the couple to export.')).toBeVisible();
  await app.screenshot('7e-export-form-errors');

  // The whole practice, with process notes.
  await page.getByRole('radio', { name: 'The whole practice' }).check();
  await page.getByLabel('Include process notes').check();
  await page.getByRole('button', { name: 'Export…' }).click();
  const saved = page.getByRole('status').filter({ hasText: 'Export saved' });
  await expect(saved).toBeVisible();
  const fileName = `rekindle-export-practice-${new Date().toISOString().slice(0, 10).replaceAll('-', '')}.rekindle`;
  await expect(saved.getByText(fileName)).toBeVisible();
  await expect(saved.getByRole('definition').filter({ hasText: /^\d+(\.\d)? (KB|MB)$/ })).toBeVisible();
  const file = join(app.savedDir, fileName);
  expect(existsSync(file)).toBe(true);
  expect(statSync(file).size).toBeGreaterThan(1000);
  // Saved: the passphrase is not left on screen.
  await expect(passphrase).toHaveValue('');
  await expectNoHorizontalOverflow(page);
  await app.screenshot('7e-export-saved');

  // Cancelling the save dialog writes nothing and keeps what was typed.
  await passphrase.fill(EXPORT_PASSPHRASE);
  await page.getByLabel('Type the passphrase again').fill(EXPORT_PASSPHRASE);
  app.answerNextSave(null);
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Not saved: no file was chosen.' })).toBeVisible();
  await expect(passphrase).toHaveValue(EXPORT_PASSPHRASE);
});

test('an export is imported into an empty practice: wrong passphrase, preview, then import', async ({
  app,
}) => {
  // The export comes from another (fictional) practice, made by a core of its own.
  const otherDir = mkdtempSync(join(tmpdir(), 'rekindle-e2e-other-'));
  const archive = join(otherDir, 'from-another-laptop.rekindle');
  const other = createCore({
    dataDir: join(otherDir, 'data'),
    kdf: E2E_KDF,
    saveDialog: async () => archive,
  });
  try {
    const ok = async <T>(result: Promise<{ ok: boolean; value?: T }>) => {
      const envelope = await result;
      if (!envelope.ok) throw new Error('setting up the other practice failed');
      return envelope.value as T;
    };
    await ok(other.dispatch('vault:create', { passphrase: PASSPHRASE }));
    const couple = await ok(other.dispatch('couples:create', fictionalCouple()));
    const session = await ok(other.dispatch('sessions:create', fictionalSession(couple.id)));
    const note = await ok(
      other.dispatch('notes:saveDraft', { sessionId: session.id, content: fictionalDapNote() }),
    );
    await ok(other.dispatch('notes:sign', { id: note.id, signedBy: 'Dr. Example Clinician', attest: true }));
    await ok(
      other.dispatch('exports:create', {
        scope: { kind: 'practice' },
        includeProcessNotes: false,
        passphrase: EXPORT_PASSPHRASE,
      }),
    );
  } finally {
    await other.close();
  }

  const { page } = app;
  await app.setUpVault();
  await app.open('/export');
  await expect(heading(page, 'Export and import')).toBeVisible();

  // Cancelling the file dialog says so and changes nothing.
  await page.getByRole('button', { name: 'Choose export file…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'No file was chosen.' })).toBeVisible();

  app.answerNextOpen(archive);
  await page.getByRole('button', { name: 'Choose export file…' }).click();
  await expect(page.getByText('from-another-laptop.rekindle')).toBeVisible();
  const passphrase = page.getByLabel('Passphrase of the export', { exact: true });
  await expect(passphrase).toBeFocused();

  // The vault's own passphrase is not the export's: a specific message, the field keeps its text.
  await passphrase.fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Open export' }).click();
  await expect(page.getByText(/That passphrase does not open this export/)).toBeVisible();
  await expect(passphrase).toBeFocused();
  await expect(passphrase).toHaveValue(PASSPHRASE);
  await app.screenshot('7e-import-wrong-passphrase');

  await passphrase.fill(EXPORT_PASSPHRASE);
  await page.getByRole('button', { name: 'Open export' }).click();
  await expect(page.getByRole('heading', { name: 'What this export holds' })).toBeVisible();
  const row = (label: string) =>
    page.locator('.details__row').filter({ has: page.getByText(label, { exact: true }) });
  await expect(row('Couples')).toContainText('1');
  await expect(row('Session notes')).toContainText('1');
  await expect(row('Scope')).toContainText('The whole practice');
  await expect(row('Includes process notes')).toContainText('No');
  await expect(row('Process notes')).toHaveCount(0);
  await app.screenshot('7e-import-preview');

  await page.getByRole('button', { name: 'Import into this practice' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Import complete' })).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await app.screenshot('7e-import-complete');

  // The couple is in the list, and the signed note is still signed with its signature intact.
  await app.open('/couples');
  await expect(page.getByRole('link', { name: 'Zoë & Łukasz' })).toBeVisible();
  rmSync(otherDir, { recursive: true, force: true });
});
