import type { Locator, Page } from '@playwright/test';
import type { CoupleInput } from '@shared/contract/couples';
import { addDaysIso, formatIsoDate, toIsoDate } from '@shared/domain/dates';
import {
  type MeasureUnit,
  milestoneMeasure,
  type PlanDocument,
  type PlanMilestone,
  walkPlan,
} from '@shared/domain/plan';
import { fictionalAssessment } from '../fixtures/assessments';
import { fictionalCouple, fictionalPartner } from '../fixtures/couples';
import { fictionalSession } from '../fixtures/sessions';
import { withSuggestedMilestones } from '../support/plan-drafts';
import { expect, type RekindleApp, test } from './harness';
import { expectNoHorizontalOverflow, heading } from './steps';

const SIGNER = 'Dr. Robin Example (fictional)';

test.beforeEach(async ({ app }) => {
  await app.setUpVault();
});

function today(): string {
  return toIsoDate(new Date());
}

/** Long, accented, obviously fictional names; both partners in recovery (two abstinence rows). */
function accentedCouple(): CoupleInput {
  return fictionalCouple({
    displayName: 'Zoë-Anastasía & Łukasz-Bartłomiej',
    status: 'active',
    partnerA: fictionalPartner({ firstName: 'Zoë-Anastasía', lastName: 'Müller-Ñúñez-Oyelaran' }),
    partnerB: fictionalPartner({
      firstName: 'Łukasz-Bartłomiej',
      lastName: 'Żółć-Wiśniewski',
      pronouns: 'he/him',
      email: 'lukasz.example@example.org',
      substances: ['cannabis'],
      severity: 'mild',
    }),
  });
}

function acceptAll(doc: PlanDocument): PlanDocument {
  const copy = structuredClone(doc);
  for (const { item } of walkPlan(copy)) item.decision = 'accepted';
  return copy;
}

/**
 * A couple with an intake assessment and a signed plan built from the proposal, with the
 * suggested milestones of its objectives added (as "Add to plan" would): the focused proposal
 * measures its objectives from check-ins and the calendar, and the milestones entered by hand
 * (the therapist's evaluation, the couple's paper log) are among the suggestions.
 */
async function coupleWithSignedPlan(app: RekindleApp, input: CoupleInput) {
  const couple = await app.call('couples:create', input);
  await app.call('assessments:create', fictionalAssessment(couple.id, { assessedOn: today() }));
  const draft = await app.call('plans:startDraft', { coupleId: couple.id, from: 'proposal' });
  await app.call('plans:saveDraft', {
    id: draft.id,
    document: acceptAll(withSuggestedMilestones(draft.document)),
    reviewDate: addDaysIso(today(), 28),
  });
  const plan = await app.call('plans:sign', { id: draft.id, signedBy: SIGNER, attest: true });
  const milestones = [...walkPlan(plan.document)]
    .filter((w) => w.kind === 'milestone')
    .map((w) => w.item as PlanMilestone);
  // Entered by hand, with this method and on this scale: a milestone read from check-ins or the
  // calendar has nothing to enter.
  const entered = (method: PlanMilestone['method'], unit: MeasureUnit) => {
    const found = milestones.find((m) => {
      const { source, scale } = milestoneMeasure(m);
      return source.kind === 'entry' && source.method === method && scale.unit === unit;
    });
    if (!found) throw new Error(`the plan has no ${method} milestone on a ${unit} scale entered by hand`);
    return found;
  };
  // The rubric is for a 0-10 rating; the paper log is a tally kept day by day (promises kept).
  return { couple, log: entered('coupleLog', 'count'), evaluation: entered('therapistEvaluation', 'rating') };
}

function literal(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
}

function milestoneLink(nav: Locator, key: string): Locator {
  return nav.locator(`a[href$="?milestone=${encodeURIComponent(key)}"]`);
}

/** The cell of the recovery calendar for a row and a date, by its accessible name. */
function calendarCell(page: Page, row: string, date: string) {
  const label = new Intl.DateTimeFormat('en-US', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
  return page.getByRole('gridcell', { name: new RegExp(`^${row}, ${label}:`) });
}

test('a therapist evaluation on the rubric and a week of a paper log, typed by keyboard; bad values explained and kept', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  const { couple, log, evaluation } = await coupleWithSignedPlan(app, accentedCouple());
  await app.call('sessions:create', fictionalSession(couple.id, { date: today() }));

  // From the Plan tab to the measurement screen.
  await app.open(`/couples/${couple.id}?tab=plan`);
  await page.getByRole('link', { name: 'Record measurements' }).click();
  await expect(heading(page, 'Measurements: Zoë-Anastasía & Łukasz-Bartłomiej')).toBeFocused();
  const nav = page.getByRole('navigation', { name: 'Milestones of the active plan' });
  await expect(nav.getByRole('link').first()).toHaveAttribute('aria-current', 'page');
  await expectNoHorizontalOverflow(page);
  await app.screenshot('5x-measurements-empty');

  // The emotional check-in milestone is measured by therapist evaluation: the rubric.
  // (Each partner has an objective with the same milestone: pick this one by its key.)
  await milestoneLink(nav, evaluation.key).click();
  await expect(page.getByRole('heading', { level: 2, name: literal(evaluation.description) })).toBeVisible();
  const form = page.getByRole('form', { name: 'Record a measurement' });
  await expect(form.getByRole('radio', { name: 'Therapist evaluation (rubric)' })).toBeChecked();
  const rubric = form.getByRole('list', { name: 'Rating rubric' });
  await expect(rubric).toContainText('Absent');
  await expect(rubric).toContainText('Fully established');

  // 11 is off the 0-10 rubric: explained next to the field and in the summary; nothing typed is lost.
  const rating = form.getByLabel('Rating (0–10)');
  await rating.fill('11');
  await form.getByLabel('Comment').fill('Both named a feeling unprompted — Zoë-Anastasía first (fictional)');
  await form.getByRole('button', { name: 'Save measurement' }).click();
  const summary = form.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Enter a whole number from 0 to 10');
  await expect(form.locator('#field-value-error')).toHaveText('Error: Enter a whole number from 0 to 10');
  await expect(rating).toHaveValue('11');
  await expect(form.getByLabel('Comment')).toHaveValue(/Both named a feeling unprompted/);
  await app.screenshot('5x-measurement-rubric-error');

  // A future date is the core's refusal, placed on the date field; the rating and comment stay.
  await rating.fill('6');
  await expect(form.locator('.rubric__chosen')).toContainText('6 Frequent');
  await form.getByLabel('Date').fill(addDaysIso(today(), 3));
  await form.getByRole('button', { name: 'Save measurement' }).click();
  await expect(summary).toContainText('The date cannot be in the future');
  await expect(form.locator('#field-measuredOn-error')).toHaveText('Error: The date cannot be in the future');
  await expect(rating).toHaveValue('6');
  await expect(form.getByLabel('Comment')).toHaveValue(/Both named a feeling unprompted/);
  await app.screenshot('5x-measurement-future-date');

  await form.getByLabel('Date').fill(today());
  await rating.press('Enter');
  await expect(form.getByRole('status')).toContainText(
    `Therapist evaluation: 6 on ${formatIsoDate(today())}`,
  );
  await expect(rating).toHaveValue('');
  const list = page.getByRole('region', { name: 'Recorded measurements' });
  await expect(list.getByRole('row')).toHaveCount(2);
  await expect(list).toContainText('Both named a feeling unprompted');

  // Correct it: the edit is saved (and audited by the core, fields only).
  await list.getByRole('button', { name: /^Edit Therapist evaluation of/ }).click();
  const edit = page.getByRole('form', { name: /^Edit Therapist evaluation of/ });
  await expect(edit.getByLabel('Date')).toBeFocused();
  await edit.getByLabel('Rating (0–10)').fill('7');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(list.getByRole('status')).toContainText('Changes saved: 7');
  await expect(list.getByRole('button', { name: /^Edit Therapist evaluation of/ })).toBeFocused();
  await expect(list.getByRole('row').nth(1)).toContainText('Edited');
  await expectNoHorizontalOverflow(page);
  await app.screenshot('5x-measurement-rubric-saved');
  const audit = await app.call('audit:list', { coupleId: couple.id, action: 'measurement.updated' });
  expect(audit.items[0]?.detail).toEqual({ coupleId: couple.id, fields: ['value'] });

  // Partner feedback: each partner on their own, labelled by name.
  await form.getByRole('radio', { name: 'Partner feedback' }).check();
  await expect(form.getByLabel('Feedback from Zoë-Anastasía (partner A) (optional)')).toBeVisible();
  await expect(form.getByLabel('Feedback from Łukasz-Bartłomiej (partner B) (optional)')).toBeVisible();
  await app.screenshot('5x-measurement-partner-feedback');

  // An observation in session needs its session; choosing one takes the session's date.
  await form.getByRole('radio', { name: 'Observation in session' }).check();
  await form.getByLabel('Rating').fill('5');
  await form.getByLabel('Date').fill(addDaysIso(today(), -1));
  await form.getByRole('button', { name: 'Save measurement' }).click();
  await expect(form.locator('#field-sessionId-error')).toHaveText(
    'Error: Choose the session the observation was made in',
  );
  await expect(form.getByLabel('Rating')).toHaveValue('5');
  await form
    .getByLabel('Session', { exact: true })
    .selectOption({ label: `Joint session, ${formatIsoDate(today())} at 14:00` });
  await expect(form.getByLabel('Date')).toHaveValue(today());
  await form.getByRole('button', { name: 'Save measurement' }).click();
  await expect(form.getByRole('status')).toContainText('Observation in session: 5');
  await expect(list.getByRole('row').filter({ hasText: 'Observation in session' })).toContainText(
    `Joint session, ${formatIsoDate(today())} at 14:00`,
  );
  await app.screenshot('5x-measurement-observation-saved');

  // The paper log: a week typed into the grid by keyboard.
  await milestoneLink(nav, log.key).click();
  await page.getByRole('link', { name: 'Enter a week from a paper log' }).click();
  await expect(heading(page, 'Paper log week: Zoë-Anastasía & Łukasz-Bartłomiej')).toBeFocused();
  await expect(page.getByLabel('Milestone')).toHaveValue(log.key);
  const grid = page.locator('table.week-grid');
  const first = grid.getByRole('textbox').first();
  await first.focus();
  // Mon 1, Tue blank, Wed 2, Thu 2, Fri blank, Sat 3, Sun 4; Tab works as well as the arrows.
  for (const key of [
    '1',
    'ArrowRight',
    'ArrowRight',
    '2',
    'Tab',
    '2',
    'ArrowRight',
    'ArrowRight',
    '3',
    'ArrowRight',
    '4',
  ])
    await page.keyboard.press(key);
  // Down to partner A's sheet, back to Monday with Home; an unreadable entry is kept and explained.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
  await page.keyboard.type('x');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  const weekForm = page.getByRole('form', { name: literal(log.description) });
  await expect(weekForm.locator('.error-summary')).toContainText(
    /Zoë-Anastasía \(partner A\), Mon [A-Z][a-z]+ \d+: Enter a number from 0 to 100\b/,
  );
  const cellA = grid.getByRole('textbox', { name: /^Zoë-Anastasía \(partner A\), / }).first();
  await expect(cellA).toHaveValue('x');
  await expect(cellA).toHaveAttribute('aria-invalid', 'true');
  await expectNoHorizontalOverflow(page);
  await app.screenshot('5x-week-grid-error');

  await cellA.fill('');
  await cellA.press('Control+s');
  await expect(weekForm.getByRole('status')).toContainText(
    'Saved 5 days from Couple’s log, 1 day from Łukasz-Bartłomiej (partner B).',
  );
  await expect(grid.locator('.week-grid__saved')).toHaveCount(6);
  await expect(first).toHaveValue('');
  await expect(grid.locator('.week-grid__saved').first()).toHaveText('saved 1');
  await app.screenshot('5x-week-grid-saved');

  // Back on the list: the week's values, one row per day entered.
  await page.getByRole('link', { name: 'All measurements' }).click();
  await expect(page.getByRole('region', { name: 'Recorded measurements' }).getByRole('row')).toHaveCount(7);
  await expect(milestoneLink(nav, log.key)).toContainText('6 values');
  await app.screenshot('5x-measurements-log-list');
});

test('a calendar week typed by keyboard; a use day adds a relapse and flags the plan on Today', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  const { couple } = await coupleWithSignedPlan(app, accentedCouple());

  await app.open(`/couples/${couple.id}?tab=calendar`);
  await expect(page.getByRole('link', { name: 'Calendar', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.getByRole('grid')).toBeVisible();
  await expect(page.getByText('Nothing saved for this month yet.')).toBeVisible();
  await app.screenshot('5x-calendar-empty');

  // Last month is wholly in the past: fill its first week, a key per day.
  const month = today().slice(0, 7);
  const previous = toIsoDate(new Date(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 2, 1)).slice(
    0,
    7,
  );
  await page.getByRole('grid').locator('[tabindex="0"]').focus();
  await page.keyboard.press('PageUp');
  await expect(page.getByRole('grid')).toHaveAccessibleName(/Recovery calendar, /);
  await expect(page.locator('[role="gridcell"][tabindex="0"]')).toBeFocused();
  await page.keyboard.press('Home');
  const day = (n: number) => `${previous}-${String(n).padStart(2, '0')}`;
  await expect(calendarCell(page, 'Trust discussion', day(1))).toBeFocused();
  await page.keyboard.type('yyyyyyn');
  // Abstinence of each partner (a use day, an unknown day), support meeting, screen (blank days).
  for (const keys of ['yyynyyy', 'yyyyuyy', 'ynynyny', 'n  p']) {
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Home');
    await page.keyboard.type(keys);
  }
  await expect(calendarCell(page, 'Abstinence: Zoë-Anastasía', day(4))).toHaveAccessibleName(
    /: used \(not saved\)$/,
  );
  await expect(calendarCell(page, 'Abstinence: Łukasz-Bartłomiej', day(5))).toHaveAccessibleName(/: unknown/);
  await expect(calendarCell(page, 'Screen result', day(4))).toHaveAccessibleName(/: positive/);
  await expect(page.getByRole('status').filter({ hasText: 'not saved yet' })).toHaveText(
    '7 days changed, not saved yet.',
  );
  await expectNoHorizontalOverflow(page);
  await app.screenshot('5x-calendar-typed');

  // Enter saves; the use day is a relapse on the timeline, and the clinician is told so.
  await page.keyboard.press('Enter');
  const notice = page.getByRole('alert').filter({ hasText: 'Use day recorded' });
  await expect(notice).toContainText(`Zoë-Anastasía on ${formatIsoDate(day(4))}`);
  await expect(notice).toContainText(
    'A relapse was added to the couple’s timeline, and the plan is flagged for review on Today.',
  );
  await expect(calendarCell(page, 'Abstinence: Zoë-Anastasía', day(4))).toHaveAccessibleName(/: used$/);
  const adherence = page.getByRole('region', { name: /^Adherence in / });
  await expect(adherence).toContainText('86%');
  await expect(adherence).toContainText('6 of 7 days; 1 use day, 0 unknown');
  await expect(adherence).toContainText('2 taken, 1 positive');
  const streaks = page.getByRole('region', { name: 'Streaks' });
  await expect(streaks).toContainText('Longest: 6 days');
  await expect(streaks).toContainText('Longest: 3 days');
  await expectNoHorizontalOverflow(page);
  await app.screenshot('5x-calendar-saved-relapse');

  // A save that fails keeps what was typed; only the newly recorded use day is a relapse, so
  // saving another change later does not add a second one.
  await calendarCell(page, 'Support meeting', day(7)).click();
  app.failNext('calendar:save', { code: 'internal', message: 'The calendar could not be saved (test).' });
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was saved.' })).toContainText(
    'The calendar could not be saved (test).',
  );
  await expect(page.getByRole('status').filter({ hasText: 'not saved yet' })).toHaveText(
    '1 day changed, not saved yet.',
  );
  await expect(calendarCell(page, 'Support meeting', day(7))).toHaveAccessibleName(/: no \(not saved\)$/);
  await app.screenshot('5x-calendar-save-failed');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: 'Saved 1 day' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Use day recorded' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Timeline', exact: true }).click();
  const relapses = page.locator('ol.timeline > li').filter({ hasText: 'Relapse' });
  await expect(relapses).toHaveCount(1);
  await expect(relapses).toContainText('partner A');
  await app.screenshot('5x-timeline-relapse-from-calendar');

  await page.getByRole('link', { name: 'Today', exact: true }).click();
  await expect(heading(page, 'Today')).toBeFocused();
  const reviews = page.getByRole('region', { name: /Plan reviews due/ });
  const item = reviews.getByRole('listitem').filter({ hasText: 'Zoë-Anastasía & Łukasz-Bartłomiej' });
  await expect(item).toContainText('Relapse since signing');
  await expect(item).toContainText(`relapse recorded ${formatIsoDate(day(4))}`);
  await expectNoHorizontalOverflow(page);
  await app.screenshot('5x-today-relapse-from-calendar');
});

test('a couple with neither partner in recovery gets no abstinence rows', async ({ app }) => {
  const { page } = app;
  const couple = await app.call(
    'couples:create',
    fictionalCouple({
      partnerA: fictionalPartner({ inRecovery: false, substances: [], severity: null, sobrietyDate: null }),
      partnerB: fictionalPartner({ firstName: 'Łukasz', inRecovery: false, substances: [], severity: null }),
    }),
  );
  await app.open(`/couples/${couple.id}?tab=calendar`);
  await expect(page.getByRole('grid').getByRole('rowheader')).toHaveText([
    /^Trust discussion/,
    /^Support meeting/,
    /^Screen result/,
  ]);
  await expect(page.getByText('Neither partner is recorded as in recovery')).toBeVisible();
});
