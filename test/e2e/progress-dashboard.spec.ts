import type { Locator, Page } from '@playwright/test';
import type { CalendarDayInput } from '@shared/contract/calendar';
import { addDaysIso, formatIsoDate, toIsoDate } from '@shared/domain/dates';
import { fictionalAssessment, fictionalPartnerAssessment } from '../fixtures/assessments';
import { fictionalCouple } from '../fixtures/couples';
import { fictionalSession } from '../fixtures/sessions';
import { withSuggestedMilestones } from '../support/plan-drafts';
import { expect, PASSPHRASE, type RekindleApp, test } from './harness';
import { acceptAll, expectNoHorizontalOverflow, longNamedCouple, ratings, unlockWith } from './steps';

const SIGNER = 'Dr. Robin Example (fictional)';

test.beforeEach(async ({ app }) => {
  await app.setUpVault();
});

function today(): string {
  return toIsoDate(new Date());
}

/**
 * The proposal signed with the suggested milestones of its objectives added, as a clinician
 * pressing "Add to plan" would: the focused proposal measures its objectives from check-ins and
 * the calendar, and the milestones typed in by hand (the promises-kept logs, the therapist's
 * evaluation) are among the suggestions.
 */
async function signProposedPlan(app: RekindleApp, coupleId: string): Promise<void> {
  const draft = await app.call('plans:startDraft', { coupleId, from: 'proposal' });
  await app.call('plans:saveDraft', {
    id: draft.id,
    document: acceptAll(withSuggestedMilestones(draft.document)),
    reviewDate: addDaysIso(today(), 14),
  });
  await app.call('plans:sign', { id: draft.id, signedBy: SIGNER, attest: true });
}

/**
 * Zoë & Łukasz eight weeks in: an intake assessment, a signed plan, weekly check-ins where
 * Zoë's trust rises while Łukasz's stays put (a gap of 3 or more), one missed session, a week of
 * both partners' own feedback, a therapist evaluation, two weeks of the recovery calendar with
 * one use day, and, last, a review assessment with a positive safety screen (an open flag).
 */
async function coupleEightWeeksIn(app: RekindleApp): Promise<string> {
  const t = today();
  const couple = await app.call(
    'couples:create',
    fictionalCouple({ status: 'active', startDate: addDaysIso(t, -60) }),
  );
  const id = couple.id;
  await app.call('assessments:create', fictionalAssessment(id, { assessedOn: addDaysIso(t, -56) }));
  await signProposedPlan(app, id);
  for (let week = 0; week < 7; week += 1) {
    const date = addDaysIso(t, -49 + week * 7);
    await app.call(
      'sessions:create',
      week === 4
        ? fictionalSession(id, {
            date,
            outcome: 'noShow',
            outcomeReason: 'did not come (fictional)',
            checkIn: { A: null, B: null },
          })
        : fictionalSession(id, { date, checkIn: { A: ratings(4, 3 + week), B: ratings(4, 3) } }),
    );
  }
  // Nothing is typed for the trust milestones: the check-ins and assessments measure them.
  await app.call('measurements:create', {
    coupleId: id,
    milestoneKey: 'milestone:emotional:A:therapistEvaluation',
    source: 'therapistEvaluation',
    measuredOn: addDaysIso(t, -3),
    value: 5,
  });
  const days: CalendarDayInput[] = [];
  for (let back = 14; back >= 1; back -= 1) {
    days.push({
      date: addDaysIso(t, -back),
      trustDiscussion: back % 4 !== 0,
      abstinence: { A: back === 10 ? 'no' : 'yes', B: null },
    });
  }
  await app.call('calendar:save', { coupleId: id, days });
  await app.call(
    'assessments:create',
    fictionalAssessment(id, {
      kind: 'review',
      assessedOn: addDaysIso(t, -1),
      partnerA: fictionalPartnerAssessment({ ratings: ratings(5, 9) }),
      partnerB: fictionalPartnerAssessment({ ratings: ratings(4, 3), safety: { fearOfPartner: 'yes' } }),
    }),
  );
  return id;
}

function figure(page: Page, title: string): Locator {
  return page.getByRole('figure', { name: title, exact: true });
}

/**
 * Charts are drawn as they near the viewport: scroll through the page until every one is drawn.
 * One pass can outrun the intersection observer on a loaded machine, so it is repeated.
 */
async function drawAllCharts(page: Page): Promise<void> {
  await expect
    .poll(async () => {
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0; y <= height; y += 500) await page.evaluate((top) => window.scrollTo(0, top), y);
      return page.locator('.chart-figure__chart--pending').count();
    })
    .toBe(0);
}

test('the progress dashboard shows both partners, a table view of each chart, and a shareable view without clinician flags', async ({
  app,
}) => {
  test.setTimeout(90_000);
  const { page } = app;
  const id = await coupleEightWeeksIn(app);
  await app.open(`/couples/${id}`);
  await page.getByRole('link', { name: 'Progress', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Progress', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.getByRole('heading', { name: 'Ratings by area' })).toBeVisible();

  // The trust chart: two lines (one per partner), its description naming both, flagged as far apart now.
  const trust = figure(page, 'Trust');
  await trust.scrollIntoViewIfNeeded();
  await expect(trust.locator('.recharts-line')).toHaveCount(2);
  const trustImage = trust.getByRole('img');
  await expect(trustImage).toHaveAttribute('aria-label', /Partner A \(Zoë\): 8 ratings, first 2, latest 9/);
  await expect(trustImage).toHaveAttribute(
    'aria-label',
    /Partner B \(Łukasz\): 8 ratings, first 2, latest 3/,
  );
  await expect(trust.getByText('Partners 3 or more apart now')).toBeVisible();
  await expect(trust.locator('.gap-marker').first()).toBeAttached();
  // Events: the missed session, the use day (a relapse) and the plan signing.
  await expect(page.getByText('Events marked on the charts (3)')).toBeVisible();

  // Clinician-only: the open safety flag (here and in the page's banner) and partner B's stalled milestone.
  const flags = page.getByRole('region', { name: 'For the clinician only' });
  await expect(flags).toContainText('1Open safety flags');
  // Stalls are judged on each milestone's derived series: partner B's flat check-in ratings stall
  // the milestones of B's areas. The screen counts exactly what the core computed.
  const stalled = (await app.call('dashboard:get', { coupleId: id, maxPoints: 200 })).milestones.filter(
    (m) => m.stalled,
  ).length;
  expect(stalled).toBeGreaterThan(1);
  await expect(flags).toContainText(`${stalled}Stalled milestones`);
  await expect(page.getByTestId('stalled-badge')).toHaveCount(stalled);
  await expect(page.getByRole('heading', { name: 'A safety concern is open' })).toBeVisible();

  // Milestones: partner A's trust milestone is read from all of A's own ratings (check-ins and
  // assessments), the review assessment yesterday the latest; nothing typed, nothing to type.
  const trustMilestone = page.getByRole('progressbar', {
    name: "Partner A's rating of trust halfway to target",
  });
  await expect(trustMilestone).toHaveAttribute('aria-valuetext', /of the way from 2 to 4 \(latest 9\)/);
  await expect(
    page.getByRole('listitem').filter({ has: trustMilestone }).getByRole('definition').last(),
  ).toHaveText("Partner A's check-in ratings in sessions and assessments, 8 values");
  await expect(page.getByRole('heading', { name: 'Abstinence, Partner A (Zoë)' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Abstinence, Partner B (Łukasz)' })).toHaveCount(0);
  await drawAllCharts(page);
  await expectNoHorizontalOverflow(page);
  await app.screenshot('5x-progress-dashboard');

  // The trust chart as a table: both partners' ratings by date, the gap marked.
  await trust.getByRole('button', { name: 'Show Trust as table' }).click();
  const table = trust.getByRole('table', { name: 'Trust: ratings by date (0 to 10)' });
  await expect(table.getByRole('columnheader', { name: 'Partner A (Zoë)' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Partner B (Łukasz)' })).toBeVisible();
  const lastSession = table.getByRole('row', { name: formatIsoDate(addDaysIso(today(), -7)) });
  await expect(lastSession.getByRole('cell')).toHaveText(['9', '3', 'Yes']);
  const intake = table.getByRole('row', { name: formatIsoDate(addDaysIso(today(), -56)) });
  await expect(intake.getByRole('cell')).toHaveText(['2', '2', '']);
  await expect(trust.getByRole('button', { name: 'Show Trust as chart' })).toBeVisible();
  await trust.scrollIntoViewIfNeeded();
  await app.screenshot('5x-progress-table-view');

  // The shareable view: no safety flags, no gaps between partners, no clinician-only counts.
  await page.getByRole('switch', { name: 'Shareable view' }).check();
  await expect(page.getByTestId('shareable-notice')).toContainText('Shareable view is on');
  await expect(page).toHaveURL(/view=shareable/);
  await expect(flags).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'A safety concern is open' })).toHaveCount(0);
  await expect(page.locator('.badge--safety')).toHaveCount(0);
  await expect(page.getByText('Partners 3 or more apart now')).toHaveCount(0);
  await expect(page.getByTestId('stalled-badge')).toHaveCount(0);
  await expect(table.getByRole('columnheader', { name: '3 or more apart' })).toHaveCount(0);
  await trust.getByRole('button', { name: 'Show Trust as chart' }).click();
  await expect(trust.locator('.recharts-line')).toHaveCount(2);
  await expect(page.locator('.gap-marker')).toHaveCount(0);
  await expect(trust.getByRole('img')).not.toHaveAttribute('aria-label', /apart/);

  // It survives a reload: the couple may still be looking.
  await page.reload();
  await expect(page.getByTestId('shareable-notice')).toBeVisible();
  await expect(page.getByRole('switch', { name: 'Shareable view' })).toBeChecked();
  await drawAllCharts(page);
  await expect(figure(page, 'Trust').locator('.recharts-line')).toHaveCount(2);
  await expect(page.locator('.gap-marker')).toHaveCount(0);
  await expect(page.locator('.badge--safety')).toHaveCount(0);
  await app.screenshot('5x-progress-shareable');

  // Every chart as a table at once.
  await page.getByRole('switch', { name: 'Show charts as tables' }).check();
  await expect(page.locator('.recharts-wrapper')).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Attendance per month' })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Recovery calendar, each recorded day' }).getByRole('row'),
  ).toHaveCount(15);
  await expect(
    page.getByRole('table', {
      name: 'Partner B (Łukasz): first rating and latest rating per area (0 to 10)',
    }),
  ).toBeVisible();
  await app.screenshot('5x-progress-all-tables');

  // Off again: the flags are back.
  await page.getByRole('switch', { name: 'Shareable view' }).uncheck();
  await expect(page.getByRole('region', { name: 'For the clinician only' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'A safety concern is open' })).toBeVisible();
});

test('homework consistency sits next to attendance: done, partly and not reported, or nothing yet', async ({
  app,
}) => {
  const { page } = app;
  const start = today();
  const couple = await app.call('couples:create', fictionalCouple({ status: 'active' }));
  await app.call('sessions:create', fictionalSession(couple.id, { date: start }));
  await app.open(`/couples/${couple.id}?tab=progress`);
  const figures = page.getByTestId('consistency-figures');
  await expect(figures.getByRole('term')).toHaveText(['Attendance', 'Homework']);
  await expect(figures.getByRole('definition')).toHaveText([
    '1 of 1 session attended (100%)',
    'None reviewed or past due yet',
  ]);

  // Three assignments due today and one in two weeks; two days later two are reviewed.
  const assign = (title: string, dueDate: string) =>
    app.call('homework:assign', { coupleId: couple.id, libraryId: null, title, who: 'both', dueDate });
  const [done, partly] = [
    await assign('Fictional task one', start),
    await assign('Fictional task two', start),
  ];
  await assign('Fictional task three', start);
  await assign('Fictional task four', addDaysIso(start, 14));
  await app.travelDays(2);
  await unlockWith(page, PASSPHRASE);
  await expect(page.getByLabel('Passphrase', { exact: true })).toHaveCount(0);
  const review = await app.call(
    'sessions:create',
    fictionalSession(couple.id, { date: addDaysIso(start, 2) }),
  );
  await app.call('homework:review', { id: done.id, sessionId: review.id, status: 'done' });
  await app.call('homework:review', { id: partly.id, sessionId: review.id, status: 'partly' });
  // Reviewed behind the screen's back (through the core): reload rather than read the cached dashboard.
  await app.open(`/couples/${couple.id}?tab=progress`);
  await page.reload();
  // The one still running (due in two weeks) is not counted yet.
  await expect(figures.getByRole('definition')).toHaveText([
    '2 of 2 sessions attended (100%)',
    '1 of 3 done, 1 partly, 1 not reported (50%, partly done counting half)',
  ]);
  await figures.scrollIntoViewIfNeeded();
  await app.screenshot('5x-progress-homework-consistency');
});

test('with nothing recorded the dashboard says what to do first; with ratings but no plan it says so, long names wrap', async ({
  app,
}) => {
  const { page } = app;
  const empty = await app.call('couples:create', fictionalCouple());
  await app.open(`/couples/${empty.id}?tab=progress`);
  await expect(page.getByRole('heading', { name: 'No progress to show yet' })).toBeVisible();
  await app.screenshot('5x-progress-empty');
  await page.getByRole('link', { name: 'Go to the treatment plan' }).click();
  await expect(page.getByRole('heading', { name: 'No treatment plan yet' })).toBeVisible();

  const long = await app.call('couples:create', longNamedCouple());
  await app.call('assessments:create', fictionalAssessment(long.id, { assessedOn: today() }));
  await app.open(`/couples/${long.id}?tab=progress`);
  await expect(page.getByText('No signed treatment plan yet')).toBeVisible();
  await drawAllCharts(page);
  await expect(figure(page, 'Trust').locator('.recharts-line')).toHaveCount(2);
  await expect(page.getByText('Partner A (Maximiliana-Alessandra) (solid line, circles)')).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await page.setViewportSize({ width: 800, height: 800 });
  await drawAllCharts(page);
  await expectNoHorizontalOverflow(page);
  await app.screenshot('5x-progress-no-plan-long-names');
});

test('two years of weekly check-ins and a daily calendar: series are downsampled, the heatmap has a row per month, every chart draws', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const { page } = app;
  const t = today();
  const weeks = 104;
  const couple = await app.call(
    'couples:create',
    fictionalCouple({ status: 'active', startDate: addDaysIso(t, -weeks * 7 - 14) }),
  );
  const id = couple.id;
  await app.call(
    'assessments:create',
    fictionalAssessment(id, { assessedOn: addDaysIso(t, -weeks * 7 - 7) }),
  );
  await signProposedPlan(app, id);
  for (let week = 0; week < weeks; week += 1) {
    const level = Math.min(9, 2 + Math.floor(week / 12));
    await app.call(
      'sessions:create',
      fictionalSession(id, {
        date: addDaysIso(t, -weeks * 7 + week * 7),
        checkIn: { A: ratings(level, level), B: ratings(Math.max(2, level - 1), (week % 5) + 2) },
      }),
    );
  }
  const first = addDaysIso(t, -weeks * 7);
  for (let start = 0; start < weeks * 7; start += 62) {
    const days: CalendarDayInput[] = [];
    for (let d = start; d < Math.min(start + 62, weeks * 7); d += 1) {
      days.push({
        date: addDaysIso(first, d),
        trustDiscussion: d % 6 !== 0,
        abstinence: { A: d === 200 || d === 480 ? 'no' : d % 29 === 0 ? 'unknown' : 'yes', B: null },
      });
    }
    await app.call('calendar:save', { coupleId: id, days });
  }

  // How fast this draws is measured by `npm run bench` (test/bench/ui), not asserted here.
  await app.open(`/couples/${id}?tab=progress`);
  await expect(page.getByRole('heading', { name: 'Ratings by area' })).toBeVisible();

  // The core kept the series within the points asked for; the heatmap has a row per month.
  await expect(figure(page, 'Trust').getByRole('img')).toHaveAttribute(
    'aria-label',
    /Partner A \(Zoë\): \d+ ratings/,
  );
  const last = addDaysIso(first, weeks * 7 - 1);
  const months =
    (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 +
    Number(last.slice(5, 7)) -
    Number(first.slice(5, 7)) +
    1;
  await expect(page.locator('.heatmap__row:not(.heatmap__row--head)')).toHaveCount(months, {
    timeout: 20_000,
  });
  await drawAllCharts(page);
  await app.screenshot('5x-progress-two-years');
});

test('typed in by hand: a week of each partner’s log and a therapist evaluation move the dashboard; a use day reaches Today', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const { page } = app;
  const t = today();
  const couple = await app.call(
    'couples:create',
    fictionalCouple({ status: 'active', startDate: addDaysIso(t, -21) }),
  );
  const id = couple.id;
  await app.call('assessments:create', fictionalAssessment(id, { assessedOn: addDaysIso(t, -14) }));
  await signProposedPlan(app, id);
  await app.call(
    'sessions:create',
    fictionalSession(id, { date: addDaysIso(t, -7), checkIn: { A: ratings(4, 3), B: ratings(4, 2) } }),
  );

  // The rating milestones are measured already, by the intake assessment and last week's check-in;
  // the promises-kept logs are not.
  await app.open(`/couples/${id}?tab=progress`);
  const trustA = page.getByRole('progressbar', { name: "Partner A's rating of trust halfway to target" });
  const promises = page.getByRole('progressbar', {
    name: 'Promises kept per week, from the promises-kept log',
  });
  await expect(page.getByRole('heading', { name: 'Milestones' })).toBeVisible();
  await expect(trustA).toHaveAttribute('aria-valuetext', /latest 3\)/);
  await expect(promises).toHaveCount(0);
  // They are in the plan (added from the suggestions), listed among those not measured yet.
  await expect(page.locator('details.milestone-unmeasured')).toContainText(
    'Promises kept per week, from the promises-kept log',
  );

  // Last week's paper logs of promises kept, one partner at a time, by keyboard.
  await app.open(`/couples/${id}/measurements/week`);
  const grid = page.locator('table.week-grid');
  const weekOf = async (milestoneKey: string, partner: string, values: string[]) => {
    await page.getByLabel('Milestone').selectOption(milestoneKey);
    const cells = grid.getByRole('textbox', {
      name: new RegExp(`^${partner.replace(/[()]/g, '\\$&')}, `),
    });
    await cells.first().focus();
    for (const [i, value] of values.entries()) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      if (value) await page.keyboard.type(value);
    }
    for (const [i, value] of values.entries()) await expect(cells.nth(i)).toHaveValue(value);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: /^Saved / })).toContainText(partner);
  };
  // A milestone read from the check-ins is not offered: its values are never typed twice.
  await expect(page.getByLabel('Milestone').locator('option[value="milestone:trust:A:halfway"]')).toHaveCount(
    0,
  );
  await weekOf('milestone:trust:A:coupleLog', 'Zoë (partner A)', ['3', '3', '4', '', '4', '5', '5']);
  await weekOf('milestone:trust:B:coupleLog', 'Łukasz (partner B)', ['2', '2', '3', '3', '', '3', '4']);

  // A therapist evaluation on the rubric.
  await app.open(
    `/couples/${id}/measurements?milestone=${encodeURIComponent('milestone:emotional:A:therapistEvaluation')}`,
  );
  const form = page.getByRole('form', { name: 'Record a measurement' });
  await form.getByLabel('Rating (0–10)').fill('6');
  await form.getByRole('button', { name: 'Save measurement' }).click();
  await expect(form.getByRole('status')).toContainText('Therapist evaluation: 6');

  // The dashboard has moved: both partners' logs, the evaluation, the clinician's flags.
  await app.open(`/couples/${id}?tab=progress`);
  await expect(promises.nth(0)).toHaveAttribute('aria-valuetext', /latest 5\)/);
  await expect(promises.nth(1)).toHaveAttribute('aria-valuetext', /latest 4\)/);
  const measured = (await app.call('dashboard:get', { coupleId: id, maxPoints: 200 })).milestones;
  await expect(
    page.getByText(
      `${measured.filter((m) => m.measurements > 0).length} of ${measured.length} milestones measured so far`,
    ),
  ).toBeVisible();
  const trust = figure(page, 'Trust');
  await trust.scrollIntoViewIfNeeded();
  await expect(trust.locator('.recharts-line')).toHaveCount(2);
  await trust.getByRole('button', { name: 'Show Trust as table' }).click();
  const table = trust.getByRole('table', { name: 'Trust: ratings by date (0 to 10)' });
  await expect(
    table
      .getByRole('row', { name: formatIsoDate(addDaysIso(t, -7)) })
      .getByRole('cell')
      .first(),
  ).toHaveText('3');
  await page.getByRole('switch', { name: 'Shareable view' }).check();
  await expect(page.getByRole('region', { name: 'For the clinician only' })).toHaveCount(0);
  await page.getByRole('switch', { name: 'Shareable view' }).uncheck();
  await app.screenshot('5x-progress-typed-by-hand');

  // A use day on the recovery calendar flags the plan on Today.
  await page.getByRole('link', { name: 'Calendar', exact: true }).click();
  const calendar = page.getByRole('grid');
  const thisMonth = (await calendar.getAttribute('aria-label')) ?? '';
  await calendar.locator('[tabindex="0"]').focus();
  // Last month, wholly in the past; each key waits for the grid to have moved.
  await page.keyboard.press('PageUp');
  await expect(calendar).not.toHaveAccessibleName(thisMonth);
  await expect(page.locator('[role="gridcell"][tabindex="0"]')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(page.getByRole('gridcell', { name: /^Trust discussion, \w+, \w+ 1:/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('gridcell', { name: /^Abstinence: Zoë, \w+, \w+ 1:/ })).toBeFocused();
  await page.keyboard.type('yyyn');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Use day recorded' })).toBeVisible();
  await page.getByRole('link', { name: 'Today', exact: true }).click();
  const reviews = page.getByRole('region', { name: /Plan reviews due/ });
  await expect(reviews).toContainText('Zoë & Łukasz');
  await expect(reviews).toContainText('Relapse since signing');
});
