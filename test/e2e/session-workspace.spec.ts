import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { ratingAreaLabels, ratingAreas } from '@shared/domain/assessment';
import { addDaysIso, formatIsoDate, toIsoDate } from '@shared/domain/dates';
import { fictionalAssessment } from '../fixtures/assessments';
import { fictionalCouple, fictionalPartner } from '../fixtures/couples';
import { fictionalDapNote, fictionalSession } from '../fixtures/sessions';
import { expect, type RekindleApp, test } from './harness';
import { acceptAll, expectNoHorizontalOverflow, heading, longNamedCouple, tabTo } from './steps';

const SIGNER = 'Dr. Robin Example (fictional)';
const SHOTS = '/tmp/rk/shots';
const today = () => toIsoDate(new Date());

test.beforeEach(async ({ app }) => {
  await app.setUpVault();
});

/**
 * A couple in care: intake four weeks ago, the proposal signed as the plan, a held session a week
 * ago with a signed DAP note and homework from the plan due today, and a booking today at 15:00.
 * With `flagged`, partner B's intake safety screen was positive: a safety flag is open.
 */
async function coupleInCare(app: RekindleApp, { flagged = false } = {}) {
  const t = today();
  const couple = await app.call(
    'couples:create',
    fictionalCouple({ status: 'active', startDate: addDaysIso(t, -35) }),
  );
  const intake = fictionalAssessment(couple.id, { assessedOn: addDaysIso(t, -28) });
  if (flagged) intake.partnerB.safety = { ...intake.partnerB.safety, fearOfPartner: 'yes' };
  await app.call('assessments:create', intake);
  const draft = await app.call('plans:startDraft', { coupleId: couple.id, from: 'proposal' });
  await app.call('plans:saveDraft', {
    id: draft.id,
    document: acceptAll(draft.document),
    reviewDate: addDaysIso(t, 60),
  });
  await app.call('plans:sign', { id: draft.id, signedBy: SIGNER, attest: true });
  const last = await app.call(
    'sessions:create',
    fictionalSession(couple.id, { date: addDaysIso(t, -7), startTime: '15:00' }),
  );
  // With a flag open a note is signed only with a complete risk review: last week's has one.
  const content = fictionalDapNote();
  content.risk = { ...content.risk, details: 'Fear screened with each partner alone; safety plan reviewed.' };
  const note = await app.call('notes:saveDraft', { sessionId: last.id, content });
  await app.call('notes:sign', { id: note.id, signedBy: SIGNER, attest: true });
  const options = await app.call('homework:options', { coupleId: couple.id });
  const fromPlan = options.items.find((item) => item.source === 'plan' && item.allowed);
  if (!fromPlan) throw new Error('the signed plan offers no homework');
  const homework = await app.call('homework:assign', {
    coupleId: couple.id,
    sessionId: last.id,
    planVersionId: fromPlan.planVersionId,
    interventionKey: fromPlan.interventionKey,
    libraryId: null,
    title: fromPlan.title,
    who: fromPlan.who,
    dueDate: t,
  });
  const booked = await app.call('sessions:book', {
    coupleId: couple.id,
    date: t,
    startTime: '15:00',
    durationMinutes: 50,
    type: 'joint',
    place: 'office',
  });
  const session = booked.items[0];
  if (!session) throw new Error('nothing booked');
  return { couple, session, homework };
}

/** Tab to a field and type into it, as a clinician at the keyboard does. */
async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field, 80);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.evaluate(async () => {
    await document.fonts.ready;
    window.scrollTo(0, 0);
  });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

test('a whole session by keyboard: Today → workspace → check-in, homework review, DAP note tied to the plan, new homework printed, next booking, signed → Today and the dashboard', async ({
  app,
}) => {
  // A whole session walked key by key: about 25 s alone, more on a loaded two-core machine.
  test.setTimeout(120_000);
  const { page } = app;
  const { couple, session, homework } = await coupleInCare(app);
  const t = today();

  // Today shows the day's booked session; its workspace opens from there.
  await app.open('/today');
  await expect(heading(page, 'Today')).toBeFocused();
  const todays = page.getByRole('region', { name: /Today’s sessions/ });
  await expect(todays).toContainText('15:00');
  const open = todays.getByRole('link', { name: `Open workspace: ${couple.displayName}` });
  await tabTo(page, open, 60);
  await page.keyboard.press('Enter');
  await expect(heading(page, `Session: ${couple.displayName}`)).toBeFocused();

  // The parts in session order, the brief naming last week's homework.
  const parts = page.getByRole('navigation', { name: 'Parts of this session' }).getByRole('button');
  await expect(parts).toHaveText([
    /Brief/,
    /Wins/,
    /Check-in/,
    /Homework review/,
    /Note/,
    /New homework/,
    /Next appointment/,
  ]);
  const brief = page.getByRole('region', { name: 'Brief since the last session' });
  await expect(brief).toContainText(`Since ${formatIsoDate(addDaysIso(t, -7))}`);
  await expect(brief).toContainText(homework.title);
  await expect(brief).toContainText('Not reviewed yet');
  await expect(page.getByRole('region', { name: /safety concern/ })).toHaveCount(0);
  await page.setViewportSize({ width: 1280, height: 800 });
  await expectNoHorizontalOverflow(page);
  await shot(page, 'workspace-1280x800');
  await page.setViewportSize({ width: 1024, height: 700 });
  await expectNoHorizontalOverflow(page);
  await shot(page, 'workspace-1024x700');
  await page.setViewportSize({ width: 1280, height: 800 });

  // Check-in for both partners: the first entry records the booked session as held.
  const checkIn = page.getByRole('region', { name: 'Check-in' });
  for (const [position, value] of [
    ['A', '6'],
    ['B', '5'],
  ] as const) {
    const group = checkIn.getByRole('group', { name: new RegExp(`^Partner ${position} `) });
    await tabTo(page, group.getByLabel(/Record a quick check-in/), 80);
    await page.keyboard.press('Space');
    for (const area of ratingAreas) await typeInto(page, group.getByLabel(ratingAreaLabels[area]), value);
  }
  await expect(checkIn.getByTestId('save-status')).toHaveText(/^Saved at /);
  await expect.poll(async () => (await app.call('sessions:get', { id: session.id })).outcome).toBe('held');
  expect((await app.call('sessions:get', { id: session.id })).checkIn.B?.trust).toBe(5);

  // Last week's homework reviewed: done, with a comment.
  const review = page.getByRole('region', { name: 'Homework review' });
  const howItWent = review.getByRole('group', { name: `How it went: ${homework.title}` });
  await tabTo(page, howItWent.getByLabel('Done', { exact: true }), 60);
  await page.keyboard.press('Space');
  await typeInto(page, review.getByLabel(/Comment/), 'Three evenings out of five');
  await page.keyboard.press('Tab');
  await expect(review.getByTestId('save-status')).toHaveText(/^Saved at /);
  const reviewed = (await app.call('homework:list', { coupleId: couple.id })).items.find(
    (item) => item.id === homework.id,
  );
  expect(reviewed).toMatchObject({ status: 'done', comment: 'Three evenings out of five' });

  // The note: DAP, the format of the couple's last note.
  const note = page.getByRole('region', { name: 'The note' });
  await expect(note.getByLabel('Format')).toHaveValue('DAP');
  await typeInto(
    page,
    note.getByRole('textbox', { name: 'Data', exact: true }),
    'Both partners report a calmer week and two honest check-ins.',
  );
  await typeInto(
    page,
    note.getByRole('textbox', { name: 'Assessment', exact: true }),
    'Trust is slowly rebuilding; listening skills hold.',
  );
  await typeInto(
    page,
    note.getByRole('textbox', { name: 'Plan', exact: true }),
    'Keep the daily check-in; start the weekly quality-time plan.',
  );
  // Progress toward the plan on two objectives, and two interventions picked from the plan.
  const progress = note.getByRole('group', { name: 'Progress toward the plan' });
  const statuses = progress.getByLabel(/^Status for /);
  const sentences = progress.getByLabel(/^One sentence for /);
  expect(await statuses.count()).toBeGreaterThanOrEqual(2);
  await tabTo(page, statuses.nth(0), 40);
  await page.keyboard.press('ArrowDown'); // Progressing
  await expect(statuses.nth(0)).toHaveValue('progressing');
  await typeInto(page, sentences.nth(0), 'Three honest check-ins this week, up from one.');
  await tabTo(page, statuses.nth(1), 40);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown'); // No change
  await expect(statuses.nth(1)).toHaveValue('noChange');
  await typeInto(page, sentences.nth(1), 'Touch is still avoided; no pressure this week.');
  const fromPlan = note.getByRole('group', { name: 'From the treatment plan' }).getByRole('checkbox');
  expect(await fromPlan.count()).toBeGreaterThanOrEqual(2);
  for (const index of [0, 1]) {
    await tabTo(page, fromPlan.nth(index), 40);
    await page.keyboard.press('Space');
    await expect(fromPlan.nth(index)).toBeChecked();
  }
  await expect(note.getByTestId('save-status')).toHaveText(/^Saved at /);

  // New homework from the plan, printed as its worksheet.
  const assign = page.getByRole('region', { name: 'New homework' });
  const firstPlanOption = assign
    .locator('.homework-pick__group--plan input[type="radio"]:not([disabled])')
    .first();
  await tabTo(page, firstPlanOption, 80);
  await page.keyboard.press('Space');
  await expect(assign.getByText(/^Chosen: /)).toBeVisible();
  await expect(assign.getByLabel('Due')).toHaveValue(addDaysIso(t, 7));
  await tabTo(page, assign.getByRole('button', { name: 'Assign homework' }), 40);
  await page.keyboard.press('Enter');
  await expect(assign.getByText(/^Assigned “/)).toBeVisible();
  const assigned = assign
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: /^Withdraw / }) });
  await expect(assigned).toHaveCount(1);
  await tabTo(page, assigned.getByRole('button', { name: 'Print worksheet' }), 40);
  await page.keyboard.press('Enter');
  const preview = page.getByRole('dialog');
  await expect(preview.getByRole('button', { name: 'Save as PDF…' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();

  // The next session, booked from here a week on at the same time.
  const next = page.getByRole('region', { name: 'Next appointment' });
  await expect(next.getByLabel('Date', { exact: true })).toHaveValue(addDaysIso(t, 7));
  await tabTo(page, next.getByRole('button', { name: 'Book next session' }), 40);
  await page.keyboard.press('Enter');
  await expect(next.getByRole('link', { name: new RegExp(formatIsoDate(addDaysIso(t, 7))) })).toBeVisible();

  // Sign: the dialog of the note, by keyboard.
  await tabTo(page, note.getByRole('button', { name: 'Sign note…' }), 120);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Sign this note' });
  await typeInto(page, dialog.getByLabel('Your name as it should appear on the signature'), SIGNER);
  await tabTo(page, dialog.getByLabel(/I attest that this note accurately documents/));
  await page.keyboard.press('Space');
  await tabTo(page, dialog.getByRole('button', { name: 'Sign', exact: true }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(note.getByRole('status').filter({ hasText: 'The note is signed.' })).toBeFocused();
  const signedSession = await app.call('sessions:get', { id: session.id });
  const signedNote = await app.call('notes:get', { id: signedSession.noteId ?? '' });
  expect(signedNote.content.format).toBe('DAP');
  expect(signedNote.content.progress.map((entry) => entry.status)).toEqual(['progressing', 'noChange']);
  expect(signedNote.content.planInterventions).toHaveLength(2);

  // Today: the session is no longer waiting for anything; next week's booking is in the week.
  await note.getByRole('link', { name: 'Today' }).click();
  await expect(heading(page, 'Today')).toBeVisible();
  await expect(page.getByRole('region', { name: /Notes to sign/ })).not.toContainText(couple.displayName);
  await expect(page.getByRole('region', { name: /To record/ })).not.toContainText(couple.displayName);
  await expect(page.getByRole('region', { name: /The next 7 days/ })).toContainText(couple.displayName);

  // The dashboard counts both sessions attended.
  const dashboard = await app.call('dashboard:get', { coupleId: couple.id });
  const due = dashboard.attendance.reduce((n, m) => n + m.due, 0);
  const attended = dashboard.attendance.reduce((n, m) => n + m.attended, 0);
  expect({ due, attended }).toEqual({ due: 2, attended: 2 });

  // A signed session opens read-only, on its session page.
  await app.open(`/sessions/${session.id}/workspace`);
  await expect(page).toHaveURL(new RegExp(`#/sessions/${session.id}$`));
});

test('with an open safety flag the workspace shows it first, joint exercises are disabled with alternatives, and signing without a risk review is refused', async ({
  app,
}) => {
  const { page } = app;
  const { couple, session } = await coupleInCare(app, { flagged: true });
  await app.open(`/sessions/${session.id}/workspace`);
  await expect(heading(page, `Session: ${couple.displayName}`)).toBeFocused();

  // The flag comes first: before the brief, and first in the skip list.
  const safety = page.getByRole('region', { name: /safety concern is open/ });
  await expect(safety).toContainText('Joint homework is paused');
  await expect(safety).toContainText('Partner B: Fear of the partner');
  const regions = page.locator('.workspace > section');
  await expect(regions.first()).toHaveAttribute('id', 'workspace-safety');
  const parts = page.getByRole('navigation', { name: 'Parts of this session' }).getByRole('button');
  await expect(parts.first()).toHaveText(/Safety/);

  // A joint exercise is disabled with its reason, and its individual alternatives are one-click picks.
  const assign = page.getByRole('region', { name: 'New homework' });
  const blocked = assign.locator('.homework-pick__item--blocked').first();
  await expect(blocked.getByRole('radio')).toBeDisabled();
  await expect(blocked.locator('.homework-pick__reason')).not.toBeEmpty();
  const alternative = blocked.getByRole('button', { name: /^Use “.+” instead$/ }).first();
  await expect(alternative).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await shot(page, 'workspace-safety-1280x800');
  await page.setViewportSize({ width: 1024, height: 700 });
  await expectNoHorizontalOverflow(page);
  await shot(page, 'workspace-safety-1024x700');
  await page.setViewportSize({ width: 1280, height: 800 });
  await alternative.click();
  await expect(assign.getByText(/^Chosen: .+ \(instead of .+\)$/)).toBeVisible();
  await assign.getByRole('button', { name: 'Assign homework' }).click();
  await expect(assign.getByText(/^Assigned “/)).toBeVisible();

  // Held, a note written, but no risk review: signing is refused, with the core's reason.
  const checkIn = page.getByRole('region', { name: 'Check-in' });
  await checkIn.getByRole('button', { name: 'Record as held' }).click();
  const note = page.getByRole('region', { name: 'The note' });
  await note
    .getByRole('textbox', { name: 'Data', exact: true })
    .fill('Seen together briefly, then each partner alone for safety planning.');
  await note.getByRole('button', { name: 'Sign note…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign this note' });
  await dialog.getByLabel('Your name as it should appear on the signature').fill(SIGNER);
  await dialog.getByLabel(/I attest that this note accurately documents/).check();
  await dialog.getByRole('button', { name: 'Sign', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText(/risk review/i);
  await shot(page, 'workspace-safety-sign-refused');
  expect((await app.call('sessions:get', { id: session.id })).noteStatus).toBe('draft');
});

test('long, accented, right-to-left and CJK names fit the workspace at 1024×700', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1024, height: 700 });
  const couples = [
    longNamedCouple(),
    fictionalCouple({
      displayName: '美咲 & نور',
      partnerA: fictionalPartner({ firstName: '美咲', lastName: '山田' }),
      partnerB: fictionalPartner({ firstName: 'نور', lastName: 'الحسيني', email: null }),
    }),
  ];
  for (const [index, input] of couples.entries()) {
    const couple = await app.call('couples:create', input);
    const booked = await app.call('sessions:book', {
      coupleId: couple.id,
      date: today(),
      startTime: `1${index}:00`,
      durationMinutes: 50,
      type: 'joint',
      place: 'telehealth',
    });
    await app.open(`/sessions/${booked.items[0]?.id ?? ''}/workspace`);
    await expect(heading(page, `Session: ${input.displayName}`)).toBeVisible();
    await expect(page.getByText('First session: nothing to brief yet.')).toBeVisible();
    const checkIn = page.getByRole('region', { name: 'Check-in' });
    await expect(checkIn.getByRole('group', { name: /^Partner B / })).toContainText(input.partnerB.firstName);
    await expectNoHorizontalOverflow(page);
    await shot(page, `workspace-names-${index === 0 ? 'long' : 'rtl-cjk'}-1024x700`);
  }
});
