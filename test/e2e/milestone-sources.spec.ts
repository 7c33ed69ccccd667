import { join, resolve } from 'node:path';
import type { Locator } from '@playwright/test';
import { addDaysIso, formatIsoDate, toIsoDate } from '@shared/domain/dates';
import { walkPlan } from '@shared/domain/plan';
import { fictionalAssessment } from '../fixtures/assessments';
import { fictionalCouple } from '../fixtures/couples';
import { fictionalSession } from '../fixtures/sessions';
import { withEverySuggestion } from '../support/plan-drafts';
import { expect, type RekindleApp, test } from './harness';
import { acceptAll, expectNoHorizontalOverflow, ratings } from './steps';

const SIGNER = 'Dr. Robin Example (fictional)';
const SHOTS = resolve('test-results/screenshots');

test.beforeEach(async ({ app }) => {
  await app.setUpVault();
});

const today = () => toIsoDate(new Date());

/**
 * An intake assessment three weeks ago, the proposal signed with every suggestion added (the
 * largest plan: each area the engine considered, so rating milestones of many areas and the
 * co-dependency area's milestones entered by hand), then three weekly sessions with check-ins.
 */
async function coupleWithCheckIns(app: RekindleApp) {
  const t = today();
  const couple = await app.call(
    'couples:create',
    fictionalCouple({ status: 'active', startDate: addDaysIso(t, -28) }),
  );
  await app.call('assessments:create', fictionalAssessment(couple.id, { assessedOn: addDaysIso(t, -21) }));
  const draft = await app.call('plans:startDraft', { coupleId: couple.id, from: 'proposal' });
  await app.call('plans:saveDraft', {
    id: draft.id,
    document: acceptAll(withEverySuggestion(draft.document)),
    reviewDate: addDaysIso(t, 28),
  });
  await app.call('plans:sign', { id: draft.id, signedBy: SIGNER, attest: true });
  const sessions = [];
  for (const [i, trust] of [3, 4, 5].entries())
    sessions.push(
      await app.call(
        'sessions:create',
        fictionalSession(couple.id, {
          date: addDaysIso(t, -14 + i * 7),
          checkIn: { A: ratings(5, trust), B: ratings(4, trust - 1) },
        }),
      ),
    );
  return { couple, sessions };
}

function milestoneItem(list: Locator, description: string): Locator {
  return list.getByRole('listitem').filter({ has: list.page().getByText(description, { exact: true }) });
}

test('three sessions with check-ins measure the rating milestones, with nothing entered by hand', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  const { couple } = await coupleWithCheckIns(app);
  expect((await app.call('measurements:list', { coupleId: couple.id })).items).toEqual([]);

  await app.open(`/couples/${couple.id}?tab=progress`);
  const list = page.getByRole('region', { name: 'Milestones' });
  await expect(list.getByRole('heading', { name: 'Milestones' })).toBeVisible();
  const trustA = milestoneItem(list, "Partner A's rating of trust halfway to target");
  // The intake assessment and the three check-ins: four of partner A's own ratings of trust.
  await expect(trustA.getByRole('progressbar')).toHaveAttribute(
    'aria-valuetext',
    /of the way from \d+ to \d+ \(latest 5\)/,
  );
  await expect(trustA.getByRole('definition').last()).toHaveText(
    "Partner A's check-in ratings in sessions and assessments, 4 values",
  );
  const trustB = milestoneItem(list, "Partner B's rating of trust halfway to target");
  await expect(trustB.getByRole('definition').last()).toHaveText(
    "Partner B's check-in ratings in sessions and assessments, 4 values",
  );
  // Every rating milestone is measured; the count on screen is the core's.
  const dashboard = await app.call('dashboard:get', { coupleId: couple.id, maxPoints: 200 });
  const ratingMilestones = dashboard.milestones.filter((m) => m.source.kind === 'checkIn');
  expect(ratingMilestones.length).toBeGreaterThanOrEqual(10);
  expect(ratingMilestones.every((m) => m.measurements === 4 && m.entered === 0)).toBe(true);
  await expect(list).toContainText(
    `${dashboard.milestones.filter((m) => m.measurements > 0).length} of ${dashboard.milestones.length} milestones measured so far`,
  );
  await expectNoHorizontalOverflow(page);
  await trustA.scrollIntoViewIfNeeded();
  await list.screenshot({ path: join(SHOTS, '14-dashboard-milestone-list.png') });

  // The measurements page says where a derived milestone's values come from and offers no entry.
  await app.open(
    `/couples/${couple.id}/measurements?milestone=${encodeURIComponent('milestone:trust:A:halfway')}`,
  );
  await expect(page.getByText('Nothing to enter here')).toBeVisible();
  await expect(page.getByRole('form', { name: 'Record a measurement' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Enter a week from a paper log' })).toHaveCount(0);
  await expect(page.locator('.measure-facts')).toContainText(
    "Partner A's check-in ratings in sessions and assessments",
  );
  await expect(page.locator('.measure-derived')).toContainText('4 values so far');
  await app.screenshot('14-measurements-derived');
});

test('a value off the milestone’s scale is refused with its field error; evaluations are entered in their session', async ({
  app,
}) => {
  test.setTimeout(120_000);
  const { page } = app;
  const { couple, sessions } = await coupleWithCheckIns(app);

  // On the measurements page: the range is the hint, a value outside it the field's error.
  await app.open(
    `/couples/${couple.id}/measurements?milestone=${encodeURIComponent('milestone:codependency:B:self-care')}`,
  );
  const form = page.getByRole('form', { name: 'Record a measurement' });
  const value = form.getByRole('textbox', { name: /^Feedback from / });
  await expect(value.first()).toBeVisible();
  await expect(form).toContainText('Enter a whole number from 0 to 7');
  await value.first().fill('9');
  await form.getByRole('button', { name: 'Save feedback' }).click();
  await expect(form.locator('.error-summary')).toContainText('Enter a whole number from 0 to 7');
  await expect(value.first()).toHaveValue('9');
  await app.screenshot('14-measurements-out-of-range');
  // The core refuses it too, on the value, whoever sends it.
  const refused = await page.evaluate(
    async (input) =>
      (
        window as unknown as { rekindle: { invoke(c: string, i: unknown): Promise<unknown> } }
      ).rekindle.invoke('measurements:create', input),
    {
      coupleId: couple.id,
      milestoneKey: 'milestone:codependency:B:self-care',
      source: 'partnerFeedbackB',
      measuredOn: today(),
      value: 9,
    },
  );
  expect(refused).toMatchObject({ ok: false, error: { fields: { value: 'Enter a number from 0 to 7' } } });

  // The last session: the therapist's evaluations and observations for its milestones.
  const last = sessions.at(-1);
  if (!last) throw new Error('three sessions');
  await app.open(`/sessions/${last.id}`);
  const section = page.getByRole('region', { name: 'Evaluations and observations in this session' });
  await expect(section).toBeVisible();
  const evaluation = section.getByRole('listitem').filter({ hasText: 'Therapist rates partner B' }).first();
  const field = evaluation.getByRole('textbox', { name: 'Rating' });
  await expect(evaluation).toContainText('Enter a whole number from 0 to 10.');
  await field.fill('12');
  await evaluation.getByRole('button', { name: 'Save' }).click();
  await expect(evaluation).toContainText('Error: Enter a whole number from 0 to 10');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await field.fill('6');
  await evaluation.getByRole('button', { name: 'Save' }).click();
  await expect(evaluation.getByRole('status')).toHaveText('Saved 6.');
  await expect(evaluation).toContainText('Recorded in this session: 6');
  const saved = (
    await app.call('measurements:list', {
      coupleId: couple.id,
      milestoneKey: 'milestone:codependency:B:boundaries',
    })
  ).items;
  expect(saved).toMatchObject([
    { value: 6, sessionId: last.id, measuredOn: last.date, source: 'therapistEvaluation' },
  ]);
  await expectNoHorizontalOverflow(page);
  await section.scrollIntoViewIfNeeded();
  await section.screenshot({ path: join(SHOTS, '14-session-evaluations.png') });

  // A session that did not take place takes none.
  const missed = await app.call(
    'sessions:create',
    fictionalSession(couple.id, {
      date: addDaysIso(today(), -1),
      outcome: 'noShow',
      outcomeReason: 'did not come (fictional)',
      checkIn: { A: null, B: null },
    }),
  );
  await app.open(`/sessions/${missed.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Evaluations and observations in this session' }),
  ).toHaveCount(0);

  // The plan is revised: the boundaries rating now runs 0 to 5. The 6 recorded before is kept as
  // it was, and listed for the clinician on the measurements page and the dashboard.
  const revision = await app.call('plans:startDraft', { coupleId: couple.id, from: 'active' });
  const document = structuredClone(revision.document);
  for (const { item } of walkPlan(document))
    if (item.key === 'milestone:codependency:B:boundaries')
      Object.assign(item, {
        target: 5,
        scale: { unit: 'count', min: 0, max: 5 },
        recordedBy: { kind: 'entry', method: 'therapistEvaluation' },
      });
  await app.call('plans:saveDraft', { id: revision.id, document, reviewDate: addDaysIso(today(), 28) });
  await app.call('plans:sign', { id: revision.id, signedBy: SIGNER, attest: true });
  await app.open(
    `/couples/${couple.id}/measurements?milestone=${encodeURIComponent('milestone:codependency:B:boundaries')}`,
  );
  await expect(page.getByTestId('out-of-range')).toHaveText(
    `A value outside this milestone's range: 6 on ${formatIsoDate(last.date)} (range 0 to 5). Kept as recorded; correct it below if it was typed wrongly.`,
  );
  await expect(page.getByRole('region', { name: 'Recorded measurements' })).toContainText('6');
  await expect(page.locator('.measure-facts')).toContainText('0 to 5');
  await app.screenshot('14-measurements-out-of-range-listed');
  await app.open(`/couples/${couple.id}?tab=progress`);
  await expect(page.locator('.milestone-progress__out-of-range')).toContainText(
    "A value outside this milestone's range: 6 on",
  );
  await expect(page.locator('.milestone-progress__out-of-range')).toContainText('(range 0 to 5)');
});
