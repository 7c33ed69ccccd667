import { type RatingArea, ratingAreas } from '@shared/domain/assessment';
import { toIsoDate } from '@shared/domain/dates';
import { fictionalCouple } from '../fixtures/couples';
import { expect, test } from './harness';
import { expectNoHorizontalOverflow, heading, longNamedCouple, partnerGroup, thirdCouple } from './steps';

test.beforeEach(async ({ app }) => {
  await app.setUpVault();
});

test('a new practice sees "No couples yet"; a search that finds nothing says "No couples match"', async ({
  app,
}) => {
  const { page } = app;
  await app.open('/couples');
  await expect(page.getByRole('heading', { name: 'No couples yet' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Add your first couple' })).toBeVisible();

  await app.call('couples:create', fictionalCouple());
  await page.reload();
  await expect(page.getByRole('link', { name: 'Zoë & Łukasz' })).toBeVisible();
  await page.getByLabel('Search by name').fill('nobody by this name');
  await expect(page.getByRole('heading', { name: 'No couples match' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No couples yet' })).toHaveCount(0);
  await app.screenshot('13-couples-no-match');

  await page.getByRole('button', { name: 'Clear search' }).click();
  await expect(page.getByRole('link', { name: 'Zoë & Łukasz' })).toBeVisible();
  await expect(page.getByLabel('Search by name')).toHaveValue('');
});

test('search folds accents both ways and matches either partner or the couple name', async ({ app }) => {
  const { page } = app;
  await app.call('couples:create', fictionalCouple());
  await app.call('couples:create', thirdCouple());
  await app.open('/couples');
  const search = page.getByLabel('Search by name');
  for (const [query, expected] of [
    ['ZOE', 'Zoë & Łukasz'],
    ['lukasz zolc', 'Zoë & Łukasz'],
    ['ñúñez', 'Zoë & Łukasz'],
    ['Inés', 'Ines & Tomasz'],
    ['nowak', 'Ines & Tomasz'],
  ] as const) {
    await search.fill(query);
    await expect(page.getByRole('row')).toHaveCount(2);
    await expect(page.getByRole('link', { name: expected })).toBeVisible();
  }
});

test('archiving asks first; Escape cancels; an archived couple leaves the Open list but is kept', async ({
  app,
}) => {
  const { page } = app;
  await app.call('couples:create', fictionalCouple());
  await app.call('couples:create', longNamedCouple());
  await app.open('/couples');

  // A click anywhere on the row opens the couple, not only the name link.
  await page
    .getByRole('row', { name: /Zoë & Łukasz/ })
    .getByText('Łukasz Żółć')
    .click();
  await expect(heading(page, 'Zoë & Łukasz')).toBeFocused();

  const archiveButton = page.getByRole('button', { name: 'Archive', exact: true });
  await archiveButton.click();
  const dialog = page.getByRole('dialog', { name: 'Archive Zoë & Łukasz?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  // Focus stays inside the dialog: Tab and Shift+Tab wrap around its two buttons.
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Archive couple' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'Archive couple' })).toBeFocused();
  await app.screenshot('14-archive-dialog');

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(archiveButton).toBeFocused();
  await expect(page.getByText('Archived', { exact: true })).toHaveCount(0);

  await archiveButton.click();
  await dialog.getByRole('button', { name: 'Archive couple' }).click();
  await expect(dialog).toBeHidden();
  const banner = page.getByRole('status').filter({ hasText: /^Archived on/ });
  await expect(banner).toBeVisible();
  await expect(banner).toBeFocused();
  await expect(archiveButton).toHaveCount(0);
  await app.screenshot('15-couple-archived');

  await page.getByRole('link', { name: 'All couples' }).click();
  await expect(
    page.getByRole('link', { name: 'Maximiliana-Alessandra & Bartholomew-Fitzgerald' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Zoë & Łukasz' })).toHaveCount(0);
  await page.getByLabel('Status').selectOption('archived');
  await expect(page.getByRole('link', { name: 'Zoë & Łukasz' })).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(2);
  await page.getByLabel('Status').selectOption('all');
  await expect(page.getByRole('row')).toHaveCount(3);
});

test('cancelling a form with changes asks before discarding them', async ({ app }) => {
  const { page } = app;
  await app.open('/couples/new');
  await expect(heading(page, 'Add a couple')).toBeFocused();

  // Without changes, Cancel simply goes back.
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(heading(page, 'Couples')).toBeVisible();

  await page.getByRole('link', { name: 'Add couple' }).click();
  await partnerGroup(page, 'A').getByLabel('First name').fill('Zoë');
  await page.getByRole('button', { name: 'Cancel' }).click();
  const dialog = page.getByRole('dialog', { name: 'Discard your changes?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep editing' }).click();
  await expect(dialog).toBeHidden();
  await expect(partnerGroup(page, 'A').getByLabel('First name')).toHaveValue('Zoë');

  await page.getByRole('button', { name: 'Cancel' }).click();
  await dialog.getByRole('button', { name: 'Discard changes' }).click();
  await expect(heading(page, 'Couples')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No couples yet' })).toBeVisible();
});

test('errors only the core can find (a birth date in the future) show next to their field', async ({
  app,
}) => {
  const { page } = app;
  await app.open('/couples/new');
  const a = partnerGroup(page, 'A');
  const b = partnerGroup(page, 'B');
  await a.getByLabel('First name').fill('Zoë');
  await a.getByLabel('Last name').fill('Müller-Ñúñez');
  await a.getByLabel('Date of birth').fill('2999-01-01');
  await b.getByLabel('First name').fill('Łukasz');
  await b.getByLabel('Last name').fill('Żółć');
  await page.getByRole('button', { name: 'Save couple' }).click();

  const summary = page.getByRole('region', { name: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Partner A: Date of birth cannot be in the future');
  await expect(a.getByLabel('Date of birth')).toHaveAttribute('aria-invalid', 'true');
  await expect(a.getByLabel('Date of birth')).toHaveAccessibleDescription(/cannot be in the future/);
  await expect(b.getByLabel('Last name')).toHaveValue('Żółć');

  await a.getByLabel('Date of birth').fill('1988-04-12');
  await page.getByRole('button', { name: 'Save couple' }).click();
  await expect(heading(page, 'Zoë & Łukasz')).toBeVisible();
});

test('long names wrap on the list, the record and the form instead of overflowing', async ({ app }) => {
  const { page } = app;
  const couple = await app.call('couples:create', longNamedCouple());
  await app.open(`/couples/${couple.id}`);
  await expect(heading(page, couple.displayName)).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await app.screenshot('16-couple-detail-long-names');

  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(partnerGroup(page, 'A').getByLabel('Last name')).toHaveValue(
    'Vandenberghe-Castellanos-Oyelaran-Wolfeschlegelsteinhausen',
  );
  await expectNoHorizontalOverflow(page);

  // A narrow window: the partners stack instead of squeezing.
  await page.setViewportSize({ width: 820, height: 900 });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('link', { name: 'All couples' }).click();
  await expect(page.getByRole('link', { name: couple.displayName })).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await app.screenshot('17-couples-list-narrow');
});

test('an open safety flag is impossible to miss on the list and on the couple', async ({ app }) => {
  const { page } = app;
  const couple = await app.call('couples:create', fictionalCouple());
  await app.call('couples:create', thirdCouple());
  const ratings = Object.fromEntries(ratingAreas.map((area) => [area, 5])) as Record<RatingArea, number>;
  const partner = { ratings, commitment: 3, intent: 'improve' as const, safety: {} };
  await app.call('assessments:create', {
    coupleId: couple.id,
    kind: 'intake',
    assessedOn: toIsoDate(new Date()),
    relationship: {},
    partnerA: { ...partner, safety: { fearOfPartner: 'yes' } },
    partnerB: partner,
  });
  await app.open('/couples');

  await expect(page.getByRole('row', { name: /Zoë & Łukasz/ })).toContainText('Open safety flag');
  await expect(page.getByRole('row', { name: /Ines & Tomasz/ })).not.toContainText('safety');
  await app.screenshot('26-couples-list-safety-flag');

  await page.getByRole('link', { name: 'Zoë & Łukasz' }).click();
  await expect(page.getByText('A safety concern is open')).toBeVisible();
  await expect(page.locator('.page-header')).toContainText('Open safety flag');
  await app.screenshot('27-couple-detail-safety-flag');
});
