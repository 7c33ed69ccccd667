import type { Locator, Page } from '@playwright/test';
import { emptyLetterhead } from '@shared/contract/settings';
import { addDaysIso, toIsoDate } from '@shared/domain/dates';
import { focusFixtureAssessment } from '../fixtures/assessments';
import { fictionalCouple, fictionalPartner } from '../fixtures/couples';
import { expect, type RekindleApp, test } from './harness';
import { expectNoHorizontalOverflow, heading } from './steps';

/** Issue 14, item 2: reviewing a focused proposal is fast, by keyboard too. */

const SIGNER = 'Dr. Robin Example (fictional)';

test.beforeEach(async ({ app }) => {
  await app.setUpVault();
});

function today(): string {
  return toIsoDate(new Date());
}

/** The button that opens or folds problem area `n` (its heading, and its one-line summary when folded). */
function areaToggle(page: Page, n: number): Locator {
  return page.getByRole('button', { name: new RegExp(`^Problem area ${n}(?!\\d)`) });
}

/** The issue's couple: A in recovery from alcohol, B not; low trust and physical ratings; negative safety screen. */
async function issueCouple(app: RekindleApp, overrides: Parameters<typeof fictionalCouple>[0] = {}) {
  const couple = await app.call('couples:create', fictionalCouple(overrides));
  await app.call('assessments:create', { ...focusFixtureAssessment(couple.id), assessedOn: today() });
  return couple;
}

/** Counts what the clinician does: each key pressed, and each text typed, is one action. */
function keyboard(page: Page) {
  let actions = 0;
  const isFocused = (target: Locator) => target.evaluate((element) => element === document.activeElement);
  return {
    get actions() {
      return actions;
    },
    async press(key: string) {
      actions += 1;
      await page.keyboard.press(key);
    },
    async type(text: string) {
      actions += 1;
      await page.keyboard.type(text);
    },
    /** Tab (or Shift+Tab) until `target` has focus, each press counted. */
    async tabTo(target: Locator, { back = false, most = 25 } = {}) {
      for (let i = 0; i < most && !(await isFocused(target)); i++) {
        actions += 1;
        await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
      }
      await expect(target, 'reachable with the Tab key').toBeFocused();
    },
  };
}

test('from proposal to signed plan by keyboard alone, in under 40 actions', async ({ app }) => {
  const { page } = app;
  await app.call('settings:update', { letterhead: { ...emptyLetterhead, clinicianName: SIGNER } });
  const couple = await issueCouple(app);
  await app.open(`/couples/${couple.id}?tab=plan`);
  await expect(page.getByRole('heading', { name: 'No treatment plan yet' })).toBeVisible();
  const keys = keyboard(page);

  const phases: string[] = [];
  let counted = 0;
  const phase = (name: string) => {
    phases.push(`${name} ${keys.actions - counted}`);
    counted = keys.actions;
  };

  // Propose.
  await keys.tabTo(page.getByRole('button', { name: 'Propose a plan' }));
  await keys.press('Enter');
  await expect(heading(page, 'Treatment plan draft: Zoë & Łukasz')).toBeVisible();
  const proposed = page.getByText(/^(\d+) proposed items to accept or reject\.$/);
  await expect(proposed).toBeVisible();
  const count = Number((await proposed.textContent())?.match(/\d+/)?.[0]);
  expect(count, 'a focused proposal holds at most 30 items').toBeLessThanOrEqual(30);
  // Four areas at most, one open, the others one line each.
  const areas = page.getByRole('list', { name: 'Problem areas' }).locator('> li');
  await expect(areas).toHaveCount(4);
  await expect(areaToggle(page, 1)).toHaveAttribute('aria-expanded', 'true');
  for (const n of [2, 3, 4]) await expect(areaToggle(page, n)).toHaveAttribute('aria-expanded', 'false');
  await expect(areaToggle(page, 2)).toContainText(/High priority · \d+ goals? · .* · \d+ to review/);
  await app.screenshot('14-plan-review-accordion');

  // The review date, typed into the date field (month, day, year).
  const reviewDate = page.getByLabel('Review date');
  await keys.tabTo(reviewDate);
  const reviewOn = addDaysIso(today(), 28);
  const [year, month, day] = reviewOn.split('-');
  await keys.type(`${month}${day}${year}`);
  await expect(reviewDate).toHaveValue(reviewOn);
  phase('propose and set the review date:');

  // Review: each area in turn, open, read, accept it with all it holds; focus moves on to the next.
  await keys.tabTo(areaToggle(page, 1));
  for (const n of [1, 2, 3, 4]) {
    await expect(areaToggle(page, n)).toBeFocused();
    await expect(areaToggle(page, n)).toHaveAttribute('aria-expanded', 'true');
    await keys.tabTo(page.getByRole('button', { name: `Accept problem area ${n}` }));
    await keys.press('Enter');
  }
  await expect(page.getByText('Every proposed item is decided.')).toBeVisible();
  // Nothing left to review: focus is on Sign.
  const signButton = page.getByRole('button', { name: 'Sign plan…' });
  await expect(signButton).toBeFocused();
  phase('review four areas:');

  // Sign: nothing is missing, so the name (from Settings) and the attestation.
  await keys.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Sign this treatment plan' });
  const name = dialog.getByLabel('Your name as it should appear on the signature');
  await expect(name).toHaveValue(SIGNER);
  await page.screenshot({ path: 'test-results/screenshots/14-plan-sign-prefilled.png' });
  // Pre-filled once: a name the clinician empties stays empty (not counted: it is put back as it was).
  await name.fill('');
  await expect(name).toHaveValue('');
  await name.fill(SIGNER);
  await name.focus();
  const attest = dialog.getByLabel(/I have reviewed this treatment plan with the couple/);
  await keys.tabTo(attest, { back: true });
  await keys.press('Space');
  await expect(attest).toBeChecked();
  await keys.tabTo(dialog.getByRole('button', { name: 'Sign plan' }));
  await keys.press('Enter');

  await expect(page.getByText('Version 1 is signed and is now the active plan.')).toBeVisible();
  const activePlan = page.getByRole('region', { name: 'Active plan: version 1' });
  await expect(activePlan).toContainText(`by ${SIGNER}`);
  phase('sign:');
  console.log(`keyboard actions from proposal to signed plan: ${keys.actions} (${phases.join(', ')})`);
  expect(keys.actions).toBeLessThan(40);
});

test('the sign dialog lists what is missing, each a link to its item, before any name', async ({ app }) => {
  const { page } = app;
  const couple = await issueCouple(app);
  await app.call('plans:startDraft', { coupleId: couple.id, from: 'proposal' });
  await app.open(`/couples/${couple.id}/plan/draft`);
  await expect(page.getByRole('heading', { name: /Draft, version 1/ })).toBeVisible();

  // Area 1 accepted, the rest not: the first problem is in area 2.
  await page.getByRole('button', { name: 'Accept problem area 1' }).click();
  await page.getByRole('button', { name: 'Sign plan…' }).click();
  const missing = page.getByRole('dialog', { name: 'Before signing: what is missing' });
  await expect(missing).toContainText('Set the date this plan will be reviewed');
  await expect(missing).toContainText(/proposed items still need accepting/);
  await expect(missing.getByRole('textbox')).toHaveCount(0);
  await expect(missing.getByRole('button', { name: 'Sign plan' })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screenshots/14-plan-sign-missing.png' });
  // Keyboard: from Close back to the links.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(missing.getByRole('link', { name: /proposed items still need/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(missing).toBeHidden();
  await expect(page.locator(':focus')).toHaveAccessibleName(
    /^Accept (problem area|goal|objective|intervention|milestone) 2/,
  );
  await expect(areaToggle(page, 2)).toHaveAttribute('aria-expanded', 'true');
  await expect(areaToggle(page, 1)).toHaveAttribute('aria-expanded', 'false');
  // A folded area with problems says so in its line; one without says nothing.
  await expect(areaToggle(page, 3)).toContainText(/· \d+ to fix before signing$/);
  await expect(areaToggle(page, 1)).not.toContainText('to fix');
  await page.screenshot({ path: 'test-results/screenshots/14-plan-after-missing-link.png' });
  // Without a clinician name in Settings, the name starts empty.
  await page.getByRole('button', { name: 'Accept all remaining' }).click();
  await page.getByLabel('Review date').fill(addDaysIso(today(), 14));
  await page.getByRole('button', { name: 'Sign plan…' }).click();
  await expect(
    page
      .getByRole('dialog', { name: 'Sign this treatment plan' })
      .getByLabel('Your name as it should appear on the signature'),
  ).toHaveValue('');
});

test('More suggestions: each with why, added under its parent as proposed, or told what to restore first', async ({
  app,
}) => {
  const { page } = app;
  const couple = await issueCouple(app);
  await app.call('plans:startDraft', { coupleId: couple.id, from: 'proposal' });
  await app.open(`/couples/${couple.id}/plan/draft`);
  const area = page.getByRole('group', { name: 'Problem area 1', exact: true });
  await expect(area).toBeVisible();
  const objective = page.getByRole('group', { name: 'Objective 1.1.1', exact: true });
  const milestones = objective.getByRole('list', { name: 'Milestones' });
  const before = await milestones.getByRole('listitem').count();

  // With its objective rejected, a suggested milestone says to restore the objective first.
  await objective.getByRole('button', { name: 'Reject objective 1.1.1' }).click();
  await area.getByRole('button', { name: /^More suggestions \(\d+\) for problem area 1$/ }).click();
  const list = area.getByRole('list', { name: 'More suggestions for problem area 1' });
  await expect(list).toBeVisible();
  const firstMilestone = list
    .getByRole('listitem')
    .filter({ hasText: /^Milestone:/ })
    .first();
  await expect(firstMilestone).toContainText('Not in focus:');
  await expect(firstMilestone).toContainText(/Restore its objective “.+” first\./);
  await expect(firstMilestone.getByRole('button', { name: /^Add to plan/ })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await firstMilestone.screenshot({ path: 'test-results/screenshots/14-plan-suggestion-blocked.png' });

  // Restored, the same milestone goes in at the end of its objective's milestones, proposed.
  await page
    .getByRole('region', { name: 'Rejected items' })
    .getByRole('button', { name: /^Restore objective/ })
    .click();
  // The list stays open where it was.
  await list.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screenshots/14-plan-more-suggestions.png' });
  const add = list
    .getByRole('listitem')
    .filter({ hasText: /^Milestone:/ })
    .first()
    .getByRole('button', { name: /^Add to plan/ });
  await expect(add).not.toHaveAttribute('aria-disabled', 'true');
  await add.click();
  const added = objective.getByRole('group', { name: `Milestone 1.1.1.m${before + 1}`, exact: true });
  await expect(added.getByRole('button', { name: `Accept milestone 1.1.1.m${before + 1}` })).toBeVisible();
  await expect(page.locator(':focus')).toHaveText(`Milestone 1.1.1.m${before + 1}`);
  await expect(
    page.getByRole('status').filter({ hasText: /^Added milestone “.+” to the plan, proposed/ }),
  ).toBeAttached();

  // Areas not in focus: a whole area goes in at the end of the plan, opened, with what it holds proposed.
  await page
    .getByRole('button', { name: /^More suggestions \(\d+\) for problem areas not in focus$/ })
    .click();
  const elsewhere = page.getByRole('list', { name: 'More suggestions for problem areas not in focus' });
  await elsewhere.screenshot({ path: 'test-results/screenshots/14-plan-suggestions-not-in-focus.png' });
  await elsewhere.getByRole('button', { name: /^Add to plan problem area “Emotional intimacy”/ }).click();
  await expect(areaToggle(page, 5)).toBeFocused();
  await expect(areaToggle(page, 5)).toHaveAttribute('aria-expanded', 'true');
  await expect(
    page
      .getByRole('group', { name: 'Problem area 5', exact: true })
      .getByLabel('Problem area', { exact: true }),
  ).toHaveValue('Emotional intimacy');
  await expect(elsewhere).not.toContainText('Emotional intimacy');
});

test('the sticky bar never covers an opened “Why” list, in a wide or a narrow window', async ({ app }) => {
  const { page } = app;
  const couple = await issueCouple(app);
  await app.call('plans:startDraft', { coupleId: couple.id, from: 'proposal' });
  await app.open(`/couples/${couple.id}/plan/draft`);
  const header = page.locator('.shell__header');
  const bar = page.locator('.plan-editor__bar');
  await expect(bar).toBeVisible();
  const summaries = page.locator('summary.reasons__summary');
  // Wide, then narrow enough for the app's header and the bar to wrap to more rows.
  for (const [index, viewport] of [
    [2, { width: 1280, height: 800 }],
    [3, { width: 760, height: 900 }],
  ] as const) {
    await page.setViewportSize(viewport);
    const target = summaries.nth(index);
    // From the control before it, with the Why line scrolled to sit under the bar: Tab, then Enter.
    await target.focus();
    await page.keyboard.press('Shift+Tab');
    await target.evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().top - 120));
    await page.keyboard.press('Tab');
    await expect(target).toBeFocused();
    await page.keyboard.press('Enter');
    const list = target.locator('xpath=..').locator('.reasons__list');
    await expect(list).toBeVisible();
    const headerBottom = await header.evaluate((element) => element.getBoundingClientRect().bottom);
    const barBox = await bar.evaluate((element) => element.getBoundingClientRect().toJSON());
    const summaryTop = await target.evaluate((element) => element.getBoundingClientRect().top);
    const listBox = await list.evaluate((element) => element.getBoundingClientRect().toJSON());
    expect(barBox.top, 'the bar is pinned below the app header, not under it').toBeGreaterThanOrEqual(
      headerBottom - 1,
    );
    expect(summaryTop, 'the Why line is below the bar').toBeGreaterThanOrEqual(barBox.bottom);
    expect(listBox.top, 'the list is below the bar').toBeGreaterThan(barBox.bottom);
    expect(listBox.bottom, 'the list is on screen').toBeLessThanOrEqual(viewport.height);
    await page.screenshot({ path: `test-results/screenshots/14-plan-why-near-top-${viewport.width}.png` });
  }
});

test('a long, accented and right-to-left couple with an open safety flag', async ({ app }) => {
  const { page } = app;
  const couple = await app.call(
    'couples:create',
    fictionalCouple({
      displayName: 'Maximiliana-Alessandra Ñúñez-Wolfeschlegelsteinhausen & נועה בן-דוד',
      partnerA: fictionalPartner({
        firstName: 'Maximiliana-Alessandra',
        lastName: 'Ñúñez-Wolfeschlegelsteinhausen-Oyelaran',
      }),
      partnerB: fictionalPartner({
        firstName: 'נועה',
        lastName: 'בן-דוד',
        inRecovery: false,
        substances: [],
        severity: null,
        yearsOfUse: null,
        sobrietyDate: null,
      }),
    }),
  );
  const assessment = focusFixtureAssessment(couple.id);
  await app.call('assessments:create', {
    ...assessment,
    assessedOn: today(),
    partnerB: { ...assessment.partnerB, safety: { ...assessment.partnerB.safety, fearOfPartner: 'yes' } },
  });
  await app.call('plans:startDraft', { coupleId: couple.id, from: 'proposal' });
  await app.open(`/couples/${couple.id}/plan/draft`);
  await expect(page.getByRole('heading', { name: /Draft, version 1/ })).toBeVisible();
  // Safety first: the open area is the safety plan, and the folded lines wrap rather than overflow.
  await expect(areaToggle(page, 1)).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('.plan-item__open-summary').first()).toContainText('Safety first');
  await page
    .getByRole('button', { name: /^More suggestions \(\d+\) for problem areas not in focus$/ })
    .click();
  await expectNoHorizontalOverflow(page);
  await app.screenshot('14-plan-review-rtl-safety');
  await page.getByRole('button', { name: 'Sign plan…' }).click();
  await expect(page.getByRole('dialog', { name: 'Before signing: what is missing' })).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: 'test-results/screenshots/14-plan-sign-missing-rtl-safety.png' });
});
