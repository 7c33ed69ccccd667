import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import type { CoupleInput } from '@shared/contract/couples';
import { addDaysIso, formatIsoDate, toIsoDate } from '@shared/domain/dates';
import { phq9 } from '@shared/domain/questionnaires';
import { fictionalAssessment } from '../fixtures/assessments';
import { fictionalCouple, fictionalPartner } from '../fixtures/couples';
import { expect, type RekindleApp, test } from './harness';
import { expectNoHorizontalOverflow, heading, longNamedCouple, signProposedPlan } from './steps';

/** Issue 19, items 2-4 in the record: the schedule, paper forms, the dyadic chart, Today and the plan review. */

const SHOTS = '/tmp/rk/shots';
const today = () => toIsoDate(new Date());

test.beforeEach(async ({ app }) => {
  await app.setUpVault();
});

/** A couple with a signed plan (so there is a review) and a session booked today at 10:00. */
async function coupleWithPlan(app: RekindleApp, input: CoupleInput = fictionalCouple({ status: 'active' })) {
  const t = today();
  const couple = await app.call('couples:create', { ...input, startDate: addDaysIso(t, -40) });
  await app.call('assessments:create', fictionalAssessment(couple.id, { assessedOn: addDaysIso(t, -35) }));
  await signProposedPlan(app, couple.id, addDaysIso(t, 28));
  const booked = await app.call('sessions:book', {
    coupleId: couple.id,
    date: t,
    startTime: '10:00',
    durationMinutes: 50,
    type: 'joint',
    place: 'office',
  });
  const session = booked.items[0];
  if (!session) throw new Error('nothing booked');
  return { couple, session };
}

/** PHQ-9 answers (item by item) that add up to `total`, item 9 (thoughts of self-harm) left at 0. */
function phqAnswers(total: number): number[] {
  const answers = phq9.items.map(() => 0);
  let left = total;
  for (let i = 0; i < answers.length - 1 && left > 0; i++) {
    answers[i] = Math.min(3, left);
    left -= answers[i] ?? 0;
  }
  return answers;
}

function answersById(values: readonly number[]): Record<string, number> {
  return Object.fromEntries(phq9.items.map((item, i) => [item.id, values[i] ?? 0]));
}

/** Ticks each item's answer in the paper-entry form, as read off the form: "Several days (1)". */
async function tickAnswers(form: Locator, values: readonly number[]): Promise<void> {
  for (const [index, value] of values.entries()) {
    await form
      .getByRole('group', { name: new RegExp(`^${index + 1}\\. `) })
      .getByRole('radio', { name: new RegExp(`\\(${value}\\)$`) })
      .check();
  }
}

async function enterPaperForm(
  page: Page,
  partnerLabel: string,
  answeredOn: string,
  values: readonly number[],
): Promise<void> {
  await page.getByRole('button', { name: 'Enter a completed questionnaire' }).click();
  const form = page.getByRole('form', { name: 'Enter a completed questionnaire' });
  await form.getByRole('radio', { name: partnerLabel }).check();
  await form.getByLabel('Questionnaire').selectOption('phq9');
  await form.getByLabel('Date answered').fill(answeredOn);
  await tickAnswers(form, values);
  await form.getByRole('button', { name: 'Save questionnaire' }).click();
  await expect(form).toHaveCount(0);
}

async function shot(page: Page, name: string, target?: Locator): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  if (target) await target.scrollIntoViewIfNeeded();
  else await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/qui-${name}.png` });
}

test('schedule, two paper PHQ-9s per partner, the dyadic chart with both bands, the deterioration on Today and in the plan review', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  const t = today();
  const { couple } = await coupleWithPlan(app);

  // The schedule: PHQ-9 every session for both, GAD-7 every 2 weeks for Zoë.
  await app.open(`/couples/${couple.id}?tab=questionnaires`);
  await expect(page.getByRole('heading', { name: 'Questionnaire schedule' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No questionnaires completed yet' })).toBeVisible();
  const zoe = page.getByRole('group', { name: 'Zoë Müller-Ñúñez (partner A)' });
  const lukasz = page.getByRole('group', { name: 'Łukasz Żółć (partner B)' });
  await zoe.getByLabel('PHQ-9 (Patient Health Questionnaire-9)').selectOption('everySession');
  await zoe.getByLabel('GAD-7 (Generalized Anxiety Disorder 7-item scale)').selectOption('every2Weeks');
  await lukasz.getByLabel('PHQ-9 (Patient Health Questionnaire-9)').selectOption('everySession');
  await page.getByRole('button', { name: 'Save schedule' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Schedule saved: 3 scheduled.' })).toBeVisible();

  // A form saved with questions left unanswered names each one, on its question.
  await page.getByRole('button', { name: 'Enter a completed questionnaire' }).click();
  const form = page.getByRole('form', { name: 'Enter a completed questionnaire' });
  await form.getByLabel('Questionnaire').selectOption('phq9');
  await form.getByRole('button', { name: 'Save questionnaire' }).click();
  const summary = form.getByRole('region', { name: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Choose whose answers these are');
  await expect(summary).toContainText('Answer question 9');
  await expect(form.getByRole('group', { name: /^9\. / })).toContainText('Answer question 9');
  // A date after today: the core refuses it, and says so on the date.
  await form.getByRole('radio', { name: 'Zoë Müller-Ñúñez (partner A)' }).check();
  await tickAnswers(form, phqAnswers(2));
  await form.getByLabel('Date answered').fill(addDaysIso(t, 1));
  await form.getByRole('button', { name: 'Save questionnaire' }).click();
  await expect(form.getByLabel('Date answered')).toHaveAccessibleDescription(
    'Error: The date cannot be in the future',
  );
  await expect(summary).toBeFocused();
  await shot(page, 'entry-errors', form.getByLabel('Date answered'));
  // Cancel asks first: answers were ticked.
  await form.getByRole('button', { name: 'Cancel' }).click();
  await page
    .getByRole('dialog', { name: 'Discard your changes?' })
    .getByRole('button', { name: 'Discard changes' })
    .click();
  await expect(form).toHaveCount(0);

  // Four paper forms: each partner's first, then a reliably worse one (6 points or more).
  await enterPaperForm(page, 'Zoë Müller-Ñúñez (partner A)', addDaysIso(t, -28), phqAnswers(3));
  await enterPaperForm(page, 'Łukasz Żółć (partner B)', addDaysIso(t, -28), phqAnswers(8));
  await enterPaperForm(page, 'Zoë Müller-Ñúñez (partner A)', addDaysIso(t, -1), phqAnswers(12));
  await expect(
    page.getByRole('status').filter({ hasText: 'PHQ-9 for Zoë saved: 12, Moderate.' }),
  ).toBeVisible();
  await enterPaperForm(page, 'Łukasz Żółć (partner B)', addDaysIso(t, -1), phqAnswers(15));
  const table = page.getByRole('table', { name: 'Completed questionnaires, newest first' });
  await expect(table.getByRole('row')).toHaveCount(5);
  await expect(table.getByRole('row').nth(1)).toContainText('Entered by clinician');
  await expect(table).toContainText('Moderately severe');
  await expectNoHorizontalOverflow(page);
  await shot(page, 'tab');
  await shot(page, 'tab-responses', table);

  // The dashboard: one PHQ-9 chart, both partners, both bands, the cut-off, and the words under it.
  await page.getByRole('link', { name: 'Progress', exact: true }).click();
  const section = page.getByRole('region', { name: 'Questionnaires', exact: true });
  const chart = section.getByRole('figure', { name: 'PHQ-9' });
  // Charts are drawn as they near the viewport.
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator('.recharts-line')).toHaveCount(2);
  await expect(chart.getByRole('img')).toHaveAccessibleName(/Zoë: 3 → 12, reliable deterioration/);
  await expect(chart.locator('.recharts-reference-area')).toHaveCount(2);
  await expect(chart).toContainText('Zoë: no reliable change');
  await expect(chart).toContainText('Cut-off 10');
  await expect(chart).toContainText('Zoë: 3 → 12, reliable deterioration; now at or above the cut-off (10)');
  await expect(chart).toContainText(
    'Łukasz: 8 → 15, reliable deterioration; now at or above the cut-off (10)',
  );
  await expect(chart).toContainText('No permission required to reproduce');
  await shot(page, 'chart', section);
  // The same as a table, with each partner's band in numbers.
  await chart.getByRole('button', { name: /Show PHQ-9 as table/ }).click();
  const rows = chart.getByRole('table', { name: 'PHQ-9: totals by date (0 to 27)' });
  await expect(rows.getByRole('row', { name: /No reliable change/ })).toContainText('0 to 8');
  await expect(rows.getByRole('row', { name: /No reliable change/ })).toContainText('3 to 13');
  // Shown to the couple, neither partner's scores are on the screen: each answered for themselves.
  await page.getByRole('switch', { name: 'Shareable view' }).check();
  await expect(section).toContainText('Questionnaire scores are not shown in the shareable view');
  await expect(section.getByRole('figure')).toHaveCount(0);

  // Today: what is due at today's session, and both deteriorations.
  await app.open('/today');
  await expect(heading(page, 'Today')).toBeVisible();
  const due = page.getByRole('region', { name: /Questionnaires due/ });
  // PHQ-9 was answered yesterday, not at today's session: due again; GAD-7 never answered.
  await expect(due).toContainText('PHQ-9 for Zoë (every session)');
  await expect(due).toContainText('GAD-7 for Zoë (every 2 weeks)');
  await expect(due).toContainText('PHQ-9 for Łukasz (every session)');
  const results = page.getByRole('region', { name: /Questionnaire results/ });
  await expect(results).toContainText('Zoë’s PHQ-9 rose from 3 to 12: a reliable deterioration');
  await expect(results).toContainText('Łukasz’s PHQ-9 rose from 8 to 15: a reliable deterioration');
  await expectNoHorizontalOverflow(page);
  await shot(page, 'today', results);

  // The workspace brief: one line per partner.
  await due.getByRole('link', { name: `Open workspace: ${couple.displayName}` }).click();
  const brief = page.getByRole('region', { name: 'Brief since the last session' });
  await expect(brief).toContainText('PHQ-9 (every session), GAD-7 (every 2 weeks)');
  await expect(brief).toContainText('PHQ-9 (every session)');
  await shot(page, 'brief', brief.getByRole('heading', { name: 'Questionnaires due' }));

  // The plan review lists the deteriorations.
  await app.open(`/couples/${couple.id}/plan/review`);
  const block = page.getByRole('region', { name: 'Questionnaires', exact: true });
  await expect(block).toContainText('Zoë’s PHQ-9 rose from 3 to 12: a reliable deterioration');
  await expect(block).toContainText(`First score ${formatIsoDate(addDaysIso(t, -28))}`);
  await shot(page, 'plan-review', block);
});

test('names that wrap or run right to left, and a risk answer, in the tab, the chart, Today and the review', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  const t = today();
  const bidi = fictionalCouple({
    displayName: '美咲 & נועה',
    status: 'active',
    partnerA: fictionalPartner({ firstName: '美咲', lastName: '山本', email: null }),
    partnerB: fictionalPartner({ firstName: 'נועה', lastName: 'כהן', email: null, pronouns: 'she/her' }),
  });
  const couples = [await coupleWithPlan(app, bidi), await coupleWithPlan(app, longNamedCouple())];
  for (const { couple } of couples) {
    await app.call('questionnaires:setSchedule', {
      coupleId: couple.id,
      entries: [
        { partner: 'A', instrument: 'phq9', cadence: 'everySession' },
        { partner: 'B', instrument: 'phq9', cadence: 'every4Weeks' },
        { partner: 'B', instrument: 'pcl5', cadence: 'atReview' },
      ],
    });
    for (const [partner, first, latest] of [
      ['A', 18, 7],
      ['B', 4, 13],
    ] as const) {
      await app.call('questionnaires:record', {
        coupleId: couple.id,
        partner,
        instrument: 'phq9',
        answeredOn: addDaysIso(t, -21),
        sessionId: null,
        answers: answersById(phqAnswers(first)),
      });
      await app.call('questionnaires:record', {
        coupleId: couple.id,
        partner,
        instrument: 'phq9',
        answeredOn: addDaysIso(t, -2),
        sessionId: null,
        answers: answersById(phqAnswers(latest)),
      });
    }
  }
  // The long-named couple's B answered item 9 "Several days": a risk answer, and an open safety flag.
  const risky = couples[1]?.couple;
  if (!risky) throw new Error('no couple');
  await app.call('questionnaires:record', {
    coupleId: risky.id,
    partner: 'B',
    instrument: 'phq9',
    answeredOn: addDaysIso(t, -1),
    sessionId: null,
    answers: { ...answersById(phqAnswers(14)), selfHarmThoughts: 1 },
  });

  for (const { couple } of couples) {
    const tag = couple.id === risky.id ? 'long-flagged' : 'cjk-rtl';
    await app.open(`/couples/${couple.id}?tab=questionnaires`);
    await expect(page.getByRole('table', { name: 'Completed questionnaires, newest first' })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await shot(page, `tab-${tag}`);
    await app.open(`/couples/${couple.id}?tab=progress`);
    const section = page.getByRole('region', { name: 'Questionnaires', exact: true });
    const chart = section.getByRole('figure', { name: 'PHQ-9' });
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator('.recharts-reference-area')).toHaveCount(2);
    await expect(chart).toContainText('reliable improvement');
    await expectNoHorizontalOverflow(page);
    await shot(page, `chart-${tag}`, section);
    await app.open(`/couples/${couple.id}/plan/review`);
    const block = page.getByRole('region', { name: 'Questionnaires', exact: true });
    await expect(block).toContainText(couple.id === risky.id ? 'rose from 4 to 15' : 'rose from 4 to 13');
    await expectNoHorizontalOverflow(page);
    await shot(page, `plan-review-${tag}`, block);
  }
  await app.open(`/couples/${risky.id}?tab=questionnaires`);
  const riskTable = page.getByRole('table', { name: 'Completed questionnaires, newest first' });
  await expect(riskTable.getByRole('row').nth(1)).toContainText('Risk answer');
  await expect(riskTable.getByRole('row').nth(1)).toContainText(
    '“Thoughts that you would be better off dead or of hurting yourself in some way”: Several days',
  );
  await shot(page, 'tab-risk', riskTable);

  await app.open('/today');
  const results = page.getByRole('region', { name: /Questionnaire results/ });
  await expect(results).toContainText('נועה’s PHQ-9 rose from 4 to 13');
  await expectNoHorizontalOverflow(page);
  await shot(page, 'today-names', results);
});
