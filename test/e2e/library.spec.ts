import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import { expectNoHorizontalOverflow, heading } from './steps';

/** The intervention library: browse, filter, read, edit a shipped entry, add one's own. */

test.beforeEach(async ({ app }) => {
  await app.setUpVault();
});

function bodyRows(page: Page) {
  return page
    .getByRole('table')
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader') });
}

function errorSummary(page: Page) {
  return page.getByRole('region', { name: 'There is a problem' });
}

test('browse the library: search folds accents, Physical lists the touch ladder in rung order, a filter with no match says so', async ({
  app,
}) => {
  const { page } = app;
  const { items } = await app.call('library:list', {});
  await app.open('/couples');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
  await expect(heading(page, 'Intervention library')).toBeFocused();
  await expect(bodyRows(page)).toHaveCount(items.length);
  await expect(page.getByRole('status').filter({ hasText: `${items.length} entries` })).toBeVisible();
  // Each row shows who, how often and the rung; badges are words.
  const rung1 = bodyRows(page).filter({ hasText: 'Touch ladder, rung 1' });
  await expect(rung1).toContainText('Both partners together');
  await expect(rung1).toContainText('3 times a week');
  await expect(rung1).toContainText('Rung 1: holding hands');
  await expect(rung1.getByText('Touch', { exact: true })).toBeVisible();
  await expect(
    bodyRows(page)
      .filter({ hasText: 'Conflict-resolution practice' })
      .getByText('Conflict work', { exact: true }),
  ).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await app.screenshot('library-01-list');

  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.fill('RÉFLECTIVE LÎSTENING');
  await expect(bodyRows(page)).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'Reflective listening' })).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: `Showing 1 of ${items.length} entries` }),
  ).toBeVisible();
  await search.fill('');

  await page.getByLabel('Area').selectOption('physical');
  const physical = items.filter((item) => item.entry.areas.includes('physical'));
  await expect(bodyRows(page)).toHaveCount(physical.length);
  const ladder = physical
    .filter((item) => item.entry.stage !== null)
    .sort((a, b) => (a.entry.stage ?? 0) - (b.entry.stage ?? 0))
    .map((item) => item.entry.name);
  expect(ladder.length).toBeGreaterThanOrEqual(3);
  const shownNames = await bodyRows(page).getByRole('rowheader').getByRole('link').allTextContents();
  expect(shownNames.slice(0, ladder.length)).toEqual(ladder);
  await app.screenshot('library-02-physical');

  await search.fill('moonlight kayaking');
  await expect(page.getByRole('heading', { name: 'No entries match' })).toBeVisible();
  await expect(page.getByText('No entry in Physical intimacy matches “moonlight kayaking”.')).toBeVisible();
  await app.screenshot('library-03-no-match');
  await page.getByRole('button', { name: 'Show all areas' }).click();
  await expect(page.getByRole('heading', { name: 'No entries match' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear search' }).click();
  await expect(bodyRows(page)).toHaveCount(items.length);
  await expect(search).toHaveValue('');
});

test('open an entry: purpose, numbered steps, who, how often, rung and contraindications; Back keeps the filter', async ({
  app,
}) => {
  const { page } = app;
  const { items } = await app.call('library:list', {});
  const entry = items.find((item) => item.entry.id === 'touch-ladder-hugging')?.entry;
  if (!entry) throw new Error('the seed has no touch-ladder-hugging entry');
  await app.open('/library?area=physical');
  await page.getByRole('link', { name: entry.name }).click();
  await expect(heading(page, entry.name)).toBeFocused();
  await expect(page.getByText(entry.purpose)).toBeVisible();
  const steps = page.getByRole('region', { name: 'Steps for the couple' }).getByRole('listitem');
  await expect(steps).toHaveText(entry.steps);
  const contraindications = page.getByRole('region', { name: 'Contraindications' }).getByRole('listitem');
  await expect(contraindications).toHaveText(entry.contraindications);
  const facts = page.getByRole('complementary', { name: 'At a glance' });
  await expect(facts).toContainText('Physical intimacy');
  await expect(facts).toContainText('Both partners together');
  await expect(facts).toContainText('3 times a week');
  await expect(facts).toContainText('Rung 2: hugging');
  await expect(page.getByText('Shipped with Rekindle.')).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await app.screenshot('library-04-entry');

  await page.goBack();
  await expect(page.getByLabel('Area')).toHaveValue('physical');

  await app.open('/library/no-such-exercise');
  await expect(heading(page, 'Entry not found')).toBeVisible();
});

test('edit a shipped entry: the form says edits are kept, steps reorder, and the entry shows "Edited"', async ({
  app,
}) => {
  const { page } = app;
  const { items: seeded } = await app.call('library:list', {});
  const name = seeded.find((item) => item.entry.id === 'daily-check-in')?.entry.name;
  if (!name) throw new Error('the seed has no daily-check-in entry');
  await app.open('/library/daily-check-in');
  await expect(heading(page, name)).toBeFocused();
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(heading(page, `Edit ${name}`)).toBeFocused();
  await expect(page.getByText('Your changes are kept when Rekindle updates its library.')).toBeVisible();
  await expect(page.getByLabel('Id')).toHaveCount(0);
  await expect(page.getByText('daily-check-in', { exact: true })).toBeVisible();

  const stepsGroup = page.getByRole('group', { name: 'Steps' });
  const before = await stepsGroup.getByRole('textbox').count();
  await stepsGroup.getByRole('button', { name: 'Add a step' }).click();
  const added = stepsGroup.getByLabel(`Step ${before + 1}`, { exact: true });
  await expect(added).toBeFocused();
  await added.fill('Finish with one thing you appreciated today, however small.');
  await stepsGroup.getByRole('button', { name: `Move step ${before + 1} up` }).click();
  await expect(stepsGroup.getByLabel(`Step ${before}`, { exact: true })).toHaveValue(
    'Finish with one thing you appreciated today, however small.',
  );
  // Focus stays with the moved step's button, so pressing again keeps moving it.
  await expect(stepsGroup.getByRole('button', { name: `Move step ${before} up` })).toBeFocused();
  await page.getByLabel('Times', { exact: true }).fill('2');
  await page.getByLabel('Per', { exact: true }).selectOption('day');
  await app.screenshot('library-05-edit-shipped');
  await page.getByRole('button', { name: 'Save changes' }).click();

  await expect(heading(page, name)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Changes saved.' })).toBeVisible();
  await expect(page.getByText('Edited', { exact: true })).toBeVisible();
  await expect(page.getByText('Your changes are kept when Rekindle updates its library.')).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'At a glance' })).toContainText('Twice a day');
  await expect(page.getByRole('region', { name: 'Steps for the couple' }).getByRole('listitem')).toHaveCount(
    before + 1,
  );

  await page.getByRole('link', { name: 'Library', exact: true }).first().click();
  const row = bodyRows(page).filter({ has: page.getByRole('link', { name }) });
  await expect(row.getByText('Edited', { exact: true })).toBeVisible();
  await expect(row).toContainText('Twice a day');
  const { items } = await app.call('library:list', {});
  expect(items.find((item) => item.entry.id === 'daily-check-in')).toMatchObject({
    origin: 'seed',
    edited: true,
    entry: { frequency: { times: 2, per: 'day' } },
  });
});

test('add an own touch entry: a missing consent line is named, nothing typed is lost, and once fixed it is saved and listed', async ({
  app,
}) => {
  const { page } = app;
  await app.open('/library');
  await page.getByRole('link', { name: 'Add entry' }).click();
  await expect(heading(page, 'Add a library entry')).toBeFocused();

  await page.getByLabel('Name').fill('Porch-swing hand holding for Zoë & Łukasz');
  await expect(page.getByLabel('Id')).toHaveValue('porch-swing-hand-holding-for-zoe-lukasz');
  await page.getByLabel('Physical intimacy').check();
  await page.getByLabel('Emotional intimacy').check();
  await page
    .getByLabel('Purpose')
    .fill('A short, calm moment of touch that either of you can end at any time.');
  await page.getByLabel('Step 1', { exact: true }).fill('Agree a ten-minute slot on a quiet evening.');
  await page
    .getByLabel('Step 2', { exact: true })
    .fill('Sit side by side on the porch swing and hold hands; talk or stay quiet, as you like.');
  // A line added by mistake is removed; focus goes back to the step before it.
  await page.getByRole('button', { name: 'Add a step' }).click();
  await expect(page.getByLabel('Step 3', { exact: true })).toBeFocused();
  await page.getByRole('button', { name: 'Remove step 3' }).click();
  await expect(page.getByLabel('Step 3', { exact: true })).toHaveCount(0);
  await expect(page.getByLabel('Step 2', { exact: true })).toBeFocused();
  await expect(page.getByLabel('Rung on the touch ladder')).toBeDisabled();
  await page.getByLabel('Involves touch').check();
  await expect(page.getByLabel('Rung on the touch ladder')).toBeEnabled();
  await page.getByLabel('Rung on the touch ladder').selectOption('1');
  const contraindications = page.getByRole('group', { name: 'Contraindications' });
  await contraindications.getByRole('button', { name: 'Add a contraindication' }).click();
  await contraindications
    .getByLabel('Contraindication 1', { exact: true })
    .fill('Stop if either of you feels rushed or uneasy.');
  await page.getByRole('button', { name: 'Save entry' }).click();

  const summary = errorSummary(page);
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(
    'A touch exercise must state that it needs the consent of both partners',
  );
  await expect(summary).toContainText(
    'A touch exercise must state that it is not used where safety is in doubt',
  );
  await expect(contraindications.locator('.field__error')).toContainText('consent of both partners');
  // Nothing typed was lost.
  await expect(page.getByLabel('Name')).toHaveValue('Porch-swing hand holding for Zoë & Łukasz');
  await expect(page.getByLabel('Step 2', { exact: true })).toHaveValue(
    'Sit side by side on the porch swing and hold hands; talk or stay quiet, as you like.',
  );
  await expect(page.getByLabel('Rung on the touch ladder')).toHaveValue('1');
  await expectNoHorizontalOverflow(page);
  await app.screenshot('library-06-form-errors');

  // The summary's link takes the keyboard to the list, where a line can be added.
  await summary.getByRole('link', { name: /consent of both partners/ }).click();
  await expect(contraindications.getByRole('button', { name: 'Add a contraindication' })).toBeFocused();
  await page.keyboard.press('Enter');
  await contraindications
    .getByLabel('Contraindication 2', { exact: true })
    .fill('Only with the freely given consent of both of you; either can stop at any time.');
  await contraindications.getByRole('button', { name: 'Add a contraindication' }).click();
  await contraindications
    .getByLabel('Contraindication 3', { exact: true })
    .fill('Not used while there is violence, fear or any doubt about safety at home.');
  await page.getByRole('button', { name: 'Save entry' }).click();

  await expect(heading(page, 'Porch-swing hand holding for Zoë & Łukasz')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Entry added.' })).toBeVisible();
  await expect(page.getByText('Your entry', { exact: true })).toBeVisible();
  await expect(page.getByText('Touch', { exact: true })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'At a glance' })).toContainText(
    'Rung 1: holding hands',
  );

  await page.getByRole('link', { name: 'Library', exact: true }).first().click();
  await page.getByRole('searchbox', { name: 'Search' }).fill('zoe lukasz');
  const row = bodyRows(page);
  await expect(row).toHaveCount(1);
  await expect(row.getByText('Your entry', { exact: true })).toBeVisible();
  await expect(row.getByText('Touch', { exact: true })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await page.getByLabel('Area').selectOption('physical');
  // On the ladder at rung 1, next to the shipped holding-hands rung.
  // (Polled: the cleared search reaches the list after its debounce.)
  const links = bodyRows(page).getByRole('rowheader').getByRole('link');
  await expect
    .poll(async () => (await links.allTextContents()).slice(0, 2).sort())
    .toEqual(['Porch-swing hand holding for Zoë & Łukasz', 'Touch ladder, rung 1: holding hands'].sort());
});

test('an id already in use is refused by the core and shown next to the Id; a long name wraps', async ({
  app,
}) => {
  const { page } = app;
  await app.open('/library/new');
  await page.getByLabel('Name').fill('Feelings journal');
  await expect(page.getByLabel('Id')).toHaveValue('feelings-journal');
  await page.getByLabel('Communication').check();
  await page.getByLabel('Purpose').fill('Our own take on journaling, for a fictional practice.');
  await page.getByLabel('Step 1', { exact: true }).fill('Write three lines tonight.');
  await page.getByLabel('Step 2', { exact: true }).fill('Read one line to your partner tomorrow.');
  await page.getByRole('button', { name: 'Save entry' }).click();

  const summary = errorSummary(page);
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('An entry with this id already exists; choose another id');
  await expect(page.getByLabel('Id')).toHaveAttribute('aria-invalid', 'true');
  await summary.getByRole('link', { name: /already exists/ }).click();
  await expect(page.getByLabel('Id')).toBeFocused();

  const longName =
    'Wöchentliches Gespräch über Rückfallwarnzeichen, Grenzen und Selbstfürsorge für beide Partnerinnen und Partner';
  await page.getByLabel('Name').fill(longName);
  // The id still follows the name (the clinician never typed one), so a new name gives a new id.
  await expect(page.getByLabel('Id')).toHaveValue(/^wochentliches-gesprach-uber-ruckfallwarnzeichen/);
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(heading(page, longName)).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await app.screenshot('library-07-entry-long-name');

  await page.getByRole('link', { name: 'Library', exact: true }).first().click();
  await page.getByRole('searchbox', { name: 'Search' }).fill('ruckfallwarnzeichen');
  await expect(bodyRows(page)).toHaveCount(1);
  await expectNoHorizontalOverflow(page);
  await page.setViewportSize({ width: 900, height: 800 });
  await expectNoHorizontalOverflow(page);
  await app.screenshot('library-08-list-long-name-narrow');
});
