import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { ratingAreaLabels, ratingAreas } from '@shared/domain/assessment';
import { toIsoDate } from '@shared/domain/dates';
import { phq9 } from '@shared/domain/questionnaires';
import { fictionalSession } from '../fixtures/sessions';
import { expectNoSeriousAxeViolations } from './axe';
import { expect, PASSPHRASE, type RekindleApp, test } from './harness';
import { coupleSeenLastWeek, expectNoHorizontalOverflow, heading, tabTo, unlockWith } from './steps';

const SHOTS = '/tmp/rk/shots';
const PLANNED = 'Continue the daily trust discussion; introduce the gratitude journal.';
const today = () => toIsoDate(new Date());

/**
 * A couple in care: last week's session with a signed note (whose plan the workspace brief
 * quotes), and today's session held with both partners there and no check-in yet. The schedule
 * asks PHQ-9 of both partners at every session.
 */
async function coupleAtSession(app: RekindleApp) {
  const t = today();
  const { couple } = await coupleSeenLastWeek(app);
  const session = await app.call(
    'sessions:create',
    fictionalSession(couple.id, { date: t, startTime: '15:00', checkIn: { A: null, B: null } }),
  );
  await app.call('questionnaires:setSchedule', {
    coupleId: couple.id,
    entries: [
      { instrument: 'phq9', partner: 'A', cadence: 'everySession' },
      { instrument: 'phq9', partner: 'B', cadence: 'everySession' },
    ],
  });
  const { couple: shown } = await app.call('workspace:get', { sessionId: session.id });
  return { couple, session, names: shown.partners };
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  // No hover highlight left where the last click was.
  await page.mouse.move(0, 0);
  await page.evaluate(async () => {
    await document.fonts.ready;
    window.scrollTo(0, 0);
  });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** A private screen at both sizes: no sideways scrolling, a screenshot each, and axe. */
async function checkScreen(page: Page, name: string, { shots }: { shots: boolean }): Promise<void> {
  for (const [width, height] of [
    [1024, 700],
    [1280, 800],
  ] as const) {
    await page.setViewportSize({ width, height });
    await expectNoHorizontalOverflow(page);
    if (shots) await shot(page, `private-${name}-${width}x${height}`);
  }
  await expectNoSeriousAxeViolations(page, `the private ${name} screen`);
}

/**
 * Nothing of the record in the page, not even hidden: searched in the HTML itself (where `&`
 * is written `&amp;`) for the couple's name, the other partner's name and the record's text.
 */
async function expectNothingOfTheRecord(page: Page, forbidden: readonly string[]): Promise<void> {
  const html = await page.content();
  for (const text of forbidden) {
    const escaped = text.replaceAll('&', '&amp;');
    expect(html.includes(text) || html.includes(escaped), `"${text}" in the private screen`).toBe(false);
  }
}

/** Chooses an answer by keyboard: Tab into the group, Space for the first answer, arrows for the rest. */
async function answerByKeyboard(page: Page, value: number): Promise<void> {
  const first = page.locator('.private-option__input').first();
  await tabTo(page, first, 5);
  if (value === 0) await page.keyboard.press('Space');
  for (let step = 0; step < value; step++) await page.keyboard.press('ArrowDown');
  await expect(page.locator('.private-option__input').nth(value)).toBeChecked();
}

async function next(page: Page): Promise<void> {
  await tabTo(page, page.getByRole('button', { name: 'Next', exact: true }), 5);
  await page.keyboard.press('Enter');
}

async function handTo(page: Page, name: string, { shots = false } = {}): Promise<void> {
  const checkIn = page.getByRole('region', { name: 'Check-in' });
  await checkIn.getByRole('button', { name: `Hand to ${name}` }).click();
  const dialog = page.getByRole('dialog', { name: `Hand the laptop to ${name}?` });
  await expect(dialog).toContainText('PHQ-9 (Patient Health Questionnaire-9), 9 questions');
  await expect(dialog).toContainText('This session’s check-in: six ratings from 0 to 10');
  await expect(dialog).toContainText('needs your passphrase');
  if (shots) await checkScreen(page, 'hand-to-dialog', { shots });
  await dialog.getByRole('button', { name: `Hand to ${name}` }).click();
}

/** After Finish: the thank-you screen, "I'm the therapist", the passphrase, back to the session. */
async function handBack(
  page: Page,
  sessionId: string,
  displayName: string,
  { shots = false } = {},
): Promise<void> {
  await expect(heading(page, 'Thank you')).toBeFocused();
  await expect(page.getByText('Thank you. Please hand the laptop back to your therapist.')).toBeVisible();
  await page.getByRole('button', { name: 'I’m the therapist' }).click();
  await expect(heading(page, 'Unlock Rekindle')).toBeVisible();
  await expect(
    page.getByText('The laptop was handed back. Enter your passphrase to return to the session.'),
  ).toBeVisible();
  if (shots) await checkScreen(page, 'unlock-handed-back', { shots });
  await unlockWith(page, PASSPHRASE);
  await expect(heading(page, `Session: ${displayName}`)).toBeVisible();
  expect(new URL(page.url()).hash).toBe(`#/sessions/${sessionId}/workspace`);
}

test('each partner answers PHQ-9 and the check-in privately, by keyboard; the passphrase brings the clinician back to the answers; a risk answer raises the flag only after hand-back', async ({
  app,
}) => {
  test.setTimeout(180_000);
  const { page } = app;
  await app.setUpVault();
  const { couple, session, names } = await coupleAtSession(app);
  const recordText = [couple.displayName, PLANNED, 'Example Recovery Program', 'Müller-Ñúñez', 'Żółć'];

  await app.open(`/sessions/${session.id}/workspace`);
  await expect(heading(page, `Session: ${couple.displayName}`)).toBeFocused();
  await expect(page.getByRole('region', { name: 'Brief since the last session' })).toContainText(PLANNED);

  // Partner A: the confirm dialog says what is offered; the record leaves the page.
  await handTo(page, names.A, { shots: true });
  await expect(heading(page, `For ${names.A}`)).toBeFocused();
  await expectNothingOfTheRecord(page, [...recordText, names.B]);
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await checkScreen(page, 'intro', { shots: true });

  await tabTo(page, page.getByRole('button', { name: 'Start' }), 5);
  await page.keyboard.press('Enter');
  // Nine PHQ-9 items, one at a time, each answered "Several days" except item 9 ("Not at all").
  for (const [index, item] of phq9.items.entries()) {
    await expect(page.getByRole('heading', { level: 2, name: 'PHQ-9' })).toBeFocused();
    await expect(page.getByText(`Question ${index + 1} of 9`)).toBeVisible();
    await expect(page.getByRole('group', { name: item.text })).toBeVisible();
    if (index === 0) {
      await expect(page.getByText(phq9.timeframe ?? '')).toBeVisible();
      await checkScreen(page, 'question', { shots: true });
    }
    await answerByKeyboard(page, item.id === 'selfHarmThoughts' ? 0 : 1);
    await next(page);
  }
  // The check-in: six ratings 0-10; the last one left out on purpose.
  for (const [index, area] of ratingAreas.entries()) {
    await expect(page.getByRole('group', { name: ratingAreaLabels[area] })).toBeVisible();
    await expect(page.getByText(`Question ${index + 1} of 6`)).toBeVisible();
    if (index === 0) await checkScreen(page, 'rating', { shots: true });
    if (area !== 'communication') await answerByKeyboard(page, 7);
    // The choice made by keyboard: its ring and its fill.
    if (index === 0) await shot(page, 'private-rating-chosen-1280x800');
    await next(page);
  }
  // The review names the unanswered question; its link leads back to it.
  await expect(page.getByRole('heading', { level: 2, name: 'Check your answers' })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Finish' }), 40);
  await page.keyboard.press('Enter');
  const summary = page.getByRole('heading', { name: 'One question is not answered yet' });
  await expect(summary).toBeVisible();
  const missing = page.getByRole('link', { name: 'Your check-in, question 6: Communication' });
  await expect(missing).toBeVisible();
  await checkScreen(page, 'review-missing', { shots: true });
  await tabTo(page, missing, 5);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Communication' })).toBeVisible();
  await answerByKeyboard(page, 6);
  await next(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Check your answers' })).toBeFocused();
  await expect(summary).toHaveCount(0);
  await expect(page.getByText('Not answered')).toHaveCount(0);
  await checkScreen(page, 'review', { shots: true });
  await expectNothingOfTheRecord(page, [...recordText, names.B]);
  await tabTo(page, page.getByRole('button', { name: 'Finish' }), 40);
  await page.keyboard.press('Enter');

  await expect(heading(page, 'Thank you')).toBeFocused();
  await expectNothingOfTheRecord(page, [...recordText, names.A, names.B]);
  await checkScreen(page, 'thanks', { shots: true });
  // Saved as A's self-report, marked as such; the records are locked until the passphrase.
  const locked = await app.core.dispatch('couples:list', {});
  expect(locked.ok).toBe(false);
  await handBack(page, session.id, couple.displayName, { shots: true });
  await shot(page, 'private-unlocked-workspace-A');

  const answered = page.getByRole('region', { name: 'Answered privately' });
  await expect(answered).toContainText(names.A);
  await expect(answered).toContainText('PHQ-9: 8 of 27, Mild');
  await expect(answered).not.toContainText('raised a safety flag');
  await expect(page.getByRole('region', { name: /safety concern/ })).toHaveCount(0);
  const checkIn = page.getByRole('region', { name: 'Check-in' });
  await expect(checkIn.getByText(`Answered privately by ${names.A}`)).toBeVisible();
  const [response] = (await app.call('questionnaires:list', { coupleId: couple.id })).items;
  expect(response).toMatchObject({ partner: 'A', instrument: 'phq9', total: 8, mode: 'privateSelfReport' });
  const afterA = await app.call('sessions:get', { id: session.id });
  expect(afterA.checkIn.A).toEqual({
    ...Object.fromEntries(ratingAreas.map((a) => [a, 7])),
    communication: 6,
  });
  expect(afterA.checkInBy.A).toBe('partner');
  await expectNoSeriousAxeViolations(page, 'the workspace with answers to review');

  // Reviewed: the panel goes.
  await answered.getByRole('button', { name: /^Mark as reviewed/ }).click();
  await expect(answered).toHaveCount(0);

  // Partner B: A's name and answers are not on B's screen; item 9 answered above 0.
  await handTo(page, names.B);
  await expect(heading(page, `For ${names.B}`)).toBeFocused();
  await expectNothingOfTheRecord(page, [...recordText, names.A, '8 of 27', 'Mild']);
  await tabTo(page, page.getByRole('button', { name: 'Start' }), 5);
  await page.keyboard.press('Enter');
  for (const item of phq9.items) {
    await answerByKeyboard(page, item.id === 'selfHarmThoughts' ? 2 : 0);
    await next(page);
  }
  for (const _area of ratingAreas) {
    await answerByKeyboard(page, 4);
    await next(page);
  }
  await tabTo(page, page.getByRole('button', { name: 'Finish' }), 40);
  await page.keyboard.press('Enter');
  // The partner is told nothing about a flag, in front of the other partner.
  await expect(heading(page, 'Thank you')).toBeFocused();
  expect((await page.content()).toLowerCase()).not.toContain('safety');
  await handBack(page, session.id, couple.displayName);

  // After hand-back: the flag is open and the answer quoted.
  await expect(page.getByRole('region', { name: /A safety concern is open/ })).toBeVisible();
  const answeredB = page.getByRole('region', { name: 'Answered privately' });
  await expect(answeredB).toContainText(names.B);
  await expect(answeredB).toContainText('PHQ-9: 2 of 27, Minimal');
  await expect(answeredB).toContainText('This answer raised a safety flag');
  await expect(answeredB).toContainText(phq9.items[8]?.text ?? '');
  await expect(answeredB).toContainText('More than half the days');
  await expect(answeredB).not.toContainText(names.A);
  await page.mouse.move(0, 0);
  await answeredB.screenshot({ path: `${SHOTS}/private-answered-panel-B-flag.png` });
  await page
    .getByRole('region', { name: 'Check-in' })
    .screenshot({ path: `${SHOTS}/private-check-in-section-after.png` });
  await shot(page, 'private-unlocked-workspace-B-flag');
  await page.setViewportSize({ width: 1024, height: 700 });
  await expectNoHorizontalOverflow(page);
  await shot(page, 'private-unlocked-workspace-B-flag-1024x700');
});

test('handing back without answering saves nothing and still needs the passphrase', async ({ app }) => {
  const { page } = app;
  await app.setUpVault();
  const { couple, session, names } = await coupleAtSession(app);
  await app.open(`/sessions/${session.id}/workspace`);
  await expect(heading(page, `Session: ${couple.displayName}`)).toBeFocused();
  await handTo(page, names.A);
  await expect(heading(page, `For ${names.A}`)).toBeFocused();
  await page.getByRole('button', { name: 'Hand back without answering' }).click();
  const dialog = page.getByRole('dialog', { name: 'Hand back without answering?' });
  await expect(dialog.getByRole('button', { name: 'Keep answering' })).toBeFocused();
  await checkScreen(page, 'cancel', { shots: true });
  await dialog.getByRole('button', { name: 'Hand back', exact: true }).click();
  await handBack(page, session.id, couple.displayName);
  await expect(page.getByRole('region', { name: 'Answered privately' })).toHaveCount(0);
  expect((await app.call('questionnaires:list', { coupleId: couple.id })).items).toEqual([]);
});

test('the idle lock still applies while a partner answers, and the passphrase returns to the session', async ({
  app,
}) => {
  const { page } = app;
  await app.setUpVault();
  await app.call('settings:update', { autoLockMinutes: 1 });
  const { couple, session, names } = await coupleAtSession(app);
  await page.clock.install();
  await app.open(`/sessions/${session.id}/workspace`);
  await expect(heading(page, `Session: ${couple.displayName}`)).toBeFocused();
  await handTo(page, names.A);
  await expect(heading(page, `For ${names.A}`)).toBeFocused();

  await page.clock.fastForward('01:10');
  await expect(heading(page, 'Unlock Rekindle')).toBeVisible();
  await expect(page.getByText('locked itself after a period without activity')).toBeVisible();
  // Nothing was saved, and the records are locked.
  expect((await app.core.dispatch('couples:list', {})).ok).toBe(false);
  await unlockWith(page, PASSPHRASE);
  await expect(heading(page, `Session: ${couple.displayName}`)).toBeVisible();
  expect((await app.call('questionnaires:list', { coupleId: couple.id })).items).toEqual([]);
});
