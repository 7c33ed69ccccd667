import type { Locator, Page } from '@playwright/test';
import { addDaysIso, toIsoDate } from '@shared/domain/dates';
import { fictionalAssessment, fictionalPartnerAssessment } from '../fixtures/assessments';
import { fictionalCouple } from '../fixtures/couples';
import { fictionalDapNote, fictionalSession } from '../fixtures/sessions';
import { expect, PASSPHRASE, type RekindleApp, test } from './harness';
import { expectNoHorizontalOverflow, heading, longNamedCouple, unlockWith } from './steps';

const SIGNER = 'Dr. Robin Example (fictional)';

test.beforeEach(async ({ app }) => {
  await app.setUpVault();
});

/** One item of the plan editor, by its heading ("Goal 1.2"). */
function item(page: Page, name: string): Locator {
  return page.getByRole('group', { name, exact: true });
}

/** The button that opens or folds problem area `n` (its heading, and its one-line summary when folded). */
function areaToggle(page: Page, n: number): Locator {
  return page.getByRole('button', { name: new RegExp(`^Problem area ${n}(?!\\d)`) });
}

function today(): string {
  return toIsoDate(new Date());
}

/** The couple from the fixtures: trust history for partner A, co-dependency indicators for B. */
async function coupleWithAssessment(app: RekindleApp): Promise<string> {
  const couple = await app.call('couples:create', fictionalCouple({ status: 'active' }));
  await app.call('assessments:create', fictionalAssessment(couple.id, { assessedOn: today() }));
  return couple.id;
}

test('Today starts empty, saying so in each section', async ({ app }) => {
  const { page } = app;
  await app.open();
  await expect(heading(page, 'Today')).toBeFocused();
  await expect(page.getByText('Nothing booked today.')).toBeVisible();
  await expect(page.getByText('Every past booking has its outcome recorded.')).toBeVisible();
  await expect(page.getByText('No plan reviews due in the next 7 days.')).toBeVisible();
  await expect(page.getByText('No couple has an open safety flag.')).toBeVisible();
  await expect(
    page.getByText('No progress note has waited more than 24 hours for your signature.'),
  ).toBeVisible();
  await expect(
    page.getByText('Every couple in care has a session booked or was seen in the last 21 days.'),
  ).toBeVisible();
  await expect(page.getByText('Nothing booked in the next 7 days.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Today', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await app.screenshot('4x-today-empty');
});

test('a proposal without an assessment is refused with the core’s reason', async ({ app }) => {
  const { page } = app;
  const couple = await app.call('couples:create', fictionalCouple());
  await app.open(`/couples/${couple.id}?tab=plan`);
  await expect(page.getByRole('heading', { name: 'No treatment plan yet' })).toBeVisible();
  await app.screenshot('4x-plan-tab-empty');
  await page.getByRole('button', { name: 'Propose a plan' }).click();
  await expect(page.getByRole('alert')).toContainText('Record an intake assessment first');
});

test('propose a plan from trust history and co-dependency, see the reasons, edit and sign it; a week later review, revise, re-sign and compare', async ({
  app,
}) => {
  test.setTimeout(240_000);
  const { page } = app;
  const coupleId = await coupleWithAssessment(app);
  // Another couple, with long names and a positive safety screen: an open flag on Today.
  const other = await app.call('couples:create', longNamedCouple());
  await app.call(
    'assessments:create',
    fictionalAssessment(other.id, {
      assessedOn: today(),
      partnerB: fictionalPartnerAssessment({ safety: { fearOfPartner: 'yes' } }),
    }),
  );
  // A note left unsigned: more than a day old by the time the week has passed.
  const session = await app.call('sessions:create', fictionalSession(coupleId, { date: today() }));
  await app.call('notes:saveDraft', { sessionId: session.id, content: fictionalDapNote() });

  await app.open(`/couples/${coupleId}?tab=plan`);
  await page.getByRole('button', { name: 'Propose a plan' }).click();
  await expect(heading(page, 'Treatment plan draft: Zoë & Łukasz')).toBeVisible();

  // What it was built from: partner B's DSM-5 criteria were not assessed, and it says so.
  const basis = page.getByRole('region', { name: /Proposed from the assessment of/ });
  await expect(basis).toContainText('moderate use disorder (4 DSM-5 criteria), in recovery');
  await expect(basis).toContainText('DSM-5 criteria not assessed, not in recovery');
  await expect(basis).not.toContainText('no substance use disorder');

  // The focused proposal: one problem area open at a time, the others one line each.
  await expect(page.getByText(/\d+ proposed items to accept or reject\./)).toBeVisible();
  const first = areaToggle(page, 1);
  await expect(first).toHaveAttribute('aria-expanded', 'true');
  const trustLine = areaToggle(page, 2);
  await expect(trustLine).toHaveAttribute('aria-expanded', 'false');
  await expect(trustLine).toContainText(/Trust · High priority · 1 goal · 2 objectives · \d+ interventions?/);
  await expect(trustLine).toContainText(/\d+ to review/);
  await trustLine.click();
  await expect(areaToggle(page, 2)).toHaveAttribute('aria-expanded', 'true');
  await expect(areaToggle(page, 2)).toBeFocused();
  await expect(areaToggle(page, 1)).toHaveAttribute('aria-expanded', 'false');

  // Every item with the reasons that cite the assessment.
  const trust = item(page, 'Problem area 2');
  await expect(trust.getByLabel('Problem area', { exact: true })).toHaveValue('Trust');
  await expect(trust.getByText('Why: Lowest rating 2/10')).toBeVisible();

  // More suggestions: the accountability goal, left out of focus, goes under Trust as proposed.
  await trust.getByRole('button', { name: /^More suggestions \(\d+\) for problem area 2$/ }).click();
  const trustSuggestions = trust.getByRole('list', { name: 'More suggestions for problem area 2' });
  await expect(trustSuggestions).toContainText('Not in focus:');
  await trustSuggestions
    .getByRole('button', { name: /^Add to plan goal “Accountability for both partners/ })
    .click();
  const accountability = item(page, 'Goal 2.2');
  await expect(accountability.getByLabel('Goal', { exact: true })).toHaveValue(
    /Accountability for both partners/,
  );
  await expect(accountability.getByRole('button', { name: 'Accept goal 2.2' })).toBeVisible();
  await expect(
    accountability.getByText("Why: Trust history: partner A's own behavior: deception about use").first(),
  ).toBeVisible();
  // Co-dependency indicators (partner B) give a problem area of their own, not in focus, with the answers quoted.
  await page
    .getByRole('button', { name: /^More suggestions \(\d+\) for problem areas not in focus$/ })
    .click();
  const elsewhere = page.getByRole('list', { name: 'More suggestions for problem areas not in focus' });
  await expect(
    elsewhere.getByText(
      'Why: Co-dependency: Covers for the partner’s use (excuses, lies to others) (partner B)',
    ),
  ).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await app.screenshot('4x-plan-editor-proposal');

  // Accepting the area accepts all it holds; focus moves on to the next area still to review.
  await trust.getByRole('button', { name: 'Accept problem area 2' }).click();
  await expect(areaToggle(page, 3)).toBeFocused();
  await expect(areaToggle(page, 3)).toHaveAttribute('aria-expanded', 'true');
  await expect(areaToggle(page, 2)).toContainText('all reviewed');
  await areaToggle(page, 2).click();

  // Edit (which accepts), reject and restore.
  const goal = item(page, 'Goal 2.1');
  await goal
    .getByLabel('Goal', { exact: true })
    .fill('Rebuild trust through small promises, kept and seen — Zoë’s words');
  await expect(goal.getByRole('button', { name: 'Accept goal 2.1' })).toHaveCount(0);
  await expect(goal.getByRole('button', { name: 'Reject goal 2.1' })).toBeVisible();
  const trustMilestone = item(page, 'Milestone 2.1.1.m1');
  await expect(trustMilestone.getByLabel('Milestone', { exact: true })).toHaveValue(/rating of trust/);
  await trustMilestone.getByRole('button', { name: 'Reject milestone 2.1.1.m1' }).click();
  const rejected = page.getByRole('region', { name: 'Rejected items' });
  await expect(rejected).toContainText(/Milestone: Partner A.s rating of trust/);
  await rejected.getByRole('button', { name: /^Restore milestone/ }).click();
  await expect(item(page, 'Milestone 2.1.1.m1').getByLabel('Milestone', { exact: true })).toHaveValue(
    /rating of trust/,
  );
  await expect(rejected).toContainText('Nothing rejected');
  await item(page, 'Intervention 2.1.2.i1')
    .getByRole('button', { name: 'Reject intervention 2.1.2.i1' })
    .click();
  await expect(rejected).toContainText('Intervention: Letter on forgiveness (not sent)');

  // Reorder by keyboard: Alt+ArrowUp inside objective 2.1.2 makes it 2.1.1; focus stays in the field.
  const partnerB = item(page, 'Objective 2.1.2').getByLabel('Objective', { exact: true });
  await expect(partnerB).toHaveValue(/^Partner B/);
  await partnerB.focus();
  await page.keyboard.press('Alt+ArrowUp');
  const moved = item(page, 'Objective 2.1.1').getByLabel('Objective', { exact: true });
  await expect(moved).toHaveValue(/^Partner B/);
  await expect(moved).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Moved objective 2.1.2 up' })).toBeAttached();

  // Add from the library by keyboard: open, search all areas, move with the arrows, Enter.
  const target = item(page, 'Objective 2.1.1');
  await target.getByRole('button', { name: 'Add from library to objective 2.1.1' }).focus();
  await page.keyboard.press('Enter');
  const picker = page.getByRole('dialog', { name: 'Add from the library to objective 2.1.1' });
  const search = picker.getByRole('combobox', { name: 'Search the library' });
  await expect(search).toBeFocused();
  await picker.getByLabel('Area').selectOption('all');
  await search.focus();
  await page.keyboard.type('journal');
  const results = picker.getByRole('listbox', { name: 'Library exercises' }).getByRole('option');
  await expect(results).toHaveCount(2);
  await page.keyboard.press('ArrowDown');
  await expect(picker.getByRole('option', { name: /journal/, selected: true })).toContainText(
    'Sharing a journal entry',
  );
  await page.keyboard.press('ArrowUp');
  await expect(picker.getByRole('option', { name: /journal/, selected: true })).toContainText(
    'Feelings journal',
  );
  await app.screenshot('4x-plan-library-picker');
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  const added = item(page, 'Intervention 2.1.1.i1');
  await expect(added.getByLabel('Intervention', { exact: true })).toHaveValue('Feelings journal');
  await expect(added.getByLabel('Intervention', { exact: true })).toBeFocused();
  // "Either partner" starts as partner A, and can be changed.
  await expect(added.getByLabel('Who does it')).toHaveValue('partnerA');
  await added.getByLabel('Who does it').selectOption('partnerB');
  await expect(added.getByLabel('Times')).toHaveValue('5');

  // Signing with problems: the dialog says what is missing, each a link to its item, and asks
  // for no name or attestation until they are fixed.
  await page.getByRole('button', { name: 'Sign plan…' }).click();
  const missing = page.getByRole('dialog', { name: 'Before signing: what is missing' });
  await expect(missing).toContainText(/\d+ proposed items still need accepting, editing or rejecting/);
  await expect(missing).toContainText('Set the date this plan will be reviewed');
  await expect(missing.getByLabel('Your name as it should appear on the signature')).toHaveCount(0);
  await expect(missing.getByRole('checkbox')).toHaveCount(0);
  await app.screenshot('4x-plan-sign-missing');
  await missing.getByRole('link', { name: 'Set the date this plan will be reviewed' }).click();
  await expect(missing).toBeHidden();
  await expect(page.getByLabel('Review date')).toBeFocused();
  // The problems stay marked in the plan, in its summary too.
  const summary = page.getByRole('region', { name: 'This plan cannot be signed yet' });
  await expect(summary).toContainText('Set the date this plan will be reviewed');
  await page.getByRole('button', { name: 'Sign plan…' }).click();
  await missing.getByRole('link', { name: /proposed items still need/ }).click();
  await expect(missing).toBeHidden();
  // The link lands on the first undecided item's Accept button, its area opened.
  await expect(page.locator(':focus')).toHaveAccessibleName(
    /^Accept (problem area|goal|objective|intervention|milestone) /,
  );
  // Nothing typed was lost.
  await areaToggle(page, 2).click();
  await expect(item(page, 'Goal 2.1').getByLabel('Goal', { exact: true })).toHaveValue(/Zoë’s words/);
  await app.screenshot('4x-plan-sign-errors');

  // Fix: accept the rest, set the review date a week ahead, save with Ctrl+S, sign.
  await page.getByRole('button', { name: 'Accept all remaining' }).click();
  await expect(page.getByText('Every proposed item is decided.')).toBeVisible();
  const reviewOn = addDaysIso(today(), 7);
  await page.getByLabel('Review date').fill(reviewOn);
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved at \d{2}:\d{2}$/);
  await expect(summary).toBeHidden();
  await page.getByRole('button', { name: 'Sign plan…' }).click();
  const signDialog = page.getByRole('dialog', { name: 'Sign this treatment plan' });
  await signDialog.getByLabel('Your name as it should appear on the signature').fill(SIGNER);
  await signDialog.getByLabel(/I have reviewed this treatment plan with the couple/).check();
  await signDialog.getByRole('button', { name: 'Sign plan' }).click();

  await expect(page.getByText('Version 1 is signed and is now the active plan.')).toBeVisible();
  // Treatment has begun: the couple is no longer at intake.
  await expect(page.locator('.page-header')).toContainText('Active');
  await expect(page.locator('.page-header')).not.toContainText('Intake');
  const activePlan = page.getByRole('region', { name: 'Active plan: version 1' });
  await expect(activePlan).toContainText(`by ${SIGNER}`);
  await expect(activePlan).toContainText('Rebuild trust through small promises, kept and seen');
  await expect(activePlan.getByText('Feelings journal').first()).toBeVisible();
  await activePlan.getByText('Why: Lowest rating 2/10').first().click();
  await expect(
    activePlan.getByText("Trust history: partner A's own behavior: deception about use").first(),
  ).toBeVisible();
  const history = page.getByRole('table', { name: 'Version history' });
  await expect(history.getByRole('row')).toHaveCount(2);
  await expect(history).toContainText('Active');
  await expectNoHorizontalOverflow(page);
  await app.screenshot('4x-plan-tab-active');

  // A week later: two sessions (one missed) and a relapse since the signing.
  await app.travelDays(7);
  // A week away: the records were locked, and the clinician unlocks.
  await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeVisible();
  await unlockWith(page, PASSPHRASE);
  await expect(activePlan).toBeVisible();
  const now = addDaysIso(today(), 7);
  await app.call('sessions:create', fictionalSession(coupleId, { date: addDaysIso(now, -5) }));
  await app.call(
    'sessions:create',
    fictionalSession(coupleId, {
      date: addDaysIso(now, -2),
      outcome: 'noShow',
      outcomeReason: 'did not come',
      checkIn: { A: null, B: null },
    }),
  );
  await app.call('timeline:addEvent', {
    coupleId,
    occurredOn: addDaysIso(now, -3),
    kind: 'relapse',
    partner: 'A',
    description: 'One evening of drinking after a work party (fictional).',
  });

  await page.getByRole('link', { name: 'Today', exact: true }).click();
  await expect(heading(page, 'Today')).toBeFocused();
  const reviews = page.getByRole('region', { name: /Plan reviews due/ });
  await expect(reviews.getByRole('listitem')).toHaveCount(1);
  await expect(reviews).toContainText('Zoë & Łukasz');
  await expect(reviews).toContainText('Relapse since signing');
  const flags = page.getByRole('region', { name: /Open safety flags/ });
  await expect(flags).toContainText('Maximiliana-Alessandra & Bartholomew-Fitzgerald');
  await expect(flags).toContainText('Partner B: Fear of the partner');
  // An open flag leads the day, before the agenda.
  await expect(page.locator('.today-grid > section').first()).toHaveAttribute(
    'aria-labelledby',
    'today-safety',
  );
  const notes = page.getByRole('region', { name: /Notes to sign/ });
  await expect(notes.getByRole('link', { name: /^Zoë & Łukasz: session of/ })).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await app.screenshot('4x-today');

  // The review screen: what changed, next to a revision of the plan.
  await reviews.getByRole('link', { name: 'Zoë & Łukasz' }).click();
  await expect(heading(page, 'Plan review: Zoë & Łukasz')).toBeVisible();
  const changes = page.getByRole('region', { name: 'What changed' });
  await expect(changes).toContainText('1 of 2 sessions due attended (50%)');
  await expect(changes).toContainText('Joint session: missed');
  await expect(changes).toContainText('Relapse (Partner A (Zoë))');
  // Nothing was entered by hand, yet the rating milestones are measured: from the assessment and
  // the check-ins, the same series the dashboard reads.
  await expect(changes).not.toContainText('Measurements: none recorded yet.');
  await expect(changes).toContainText(
    /Partner A's rating of trust halfway to target · due [^·]+\d+ of \d+ measurements since signing/,
  );
  await expect(changes.getByText(/Scheduled|Due soon|Overdue/).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: /Draft, version 2/ })).toBeVisible();
  await areaToggle(page, 2).click();
  const objective = item(page, 'Objective 2.1.1');
  // The objective's own target comes before its milestones' targets.
  await objective.getByLabel('Target', { exact: true }).first().fill('6');
  // The exercise added from the library was the clinician's own: it is deleted, not rejected
  // (at once, as nothing hangs below it).
  await item(page, 'Intervention 2.1.1.i1')
    .getByRole('button', { name: 'Delete intervention 2.1.1.i1' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted intervention 2.1.1.i1.' })).toBeAttached();
  await page.getByLabel('Review date').fill(addDaysIso(now, 14));
  await expectNoHorizontalOverflow(page);
  await app.screenshot('4x-plan-review');
  await page.getByRole('button', { name: 'Sign plan…' }).click();
  await signDialog.getByLabel('Your name as it should appear on the signature').fill(SIGNER);
  await signDialog.getByLabel(/I have reviewed this treatment plan with the couple/).check();
  await signDialog.getByRole('button', { name: 'Sign plan' }).click();
  await expect(page.getByText('Version 2 is signed and is now the active plan.')).toBeVisible();
  await expect(history.getByRole('row')).toHaveCount(3);
  await expect(history.getByRole('row', { name: /Version 1/ })).toContainText('Superseded');
  await expect(history.getByRole('row', { name: /Version 2/ })).toContainText('Active');

  // Compare: what changed from version 1 to version 2, before → after.
  await page.getByRole('link', { name: 'Compare versions' }).click();
  await expect(heading(page, 'Compare plan versions: Zoë & Łukasz')).toBeVisible();
  const diff = page.getByRole('region', { name: /From version 1 to version 2/ });
  const changed = diff.getByRole('region', { name: /^Changed/ });
  await expect(changed).toContainText('Target');
  await expect(changed.getByRole('definition').filter({ hasText: /Before: 5\s*→\s*After: 6/ })).toBeVisible();
  await expect(changed).toContainText('Review date');
  await expect(diff.getByRole('region', { name: /^Removed/ })).toContainText('Feelings journal');
  await expectNoHorizontalOverflow(page);
  await app.screenshot('4x-plan-diff');
});
