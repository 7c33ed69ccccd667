import { Vault } from '@core/vault/vault';
import type { Locator, Page } from '@playwright/test';
import type { Input } from '@shared/contract';
import { emptyLetterhead } from '@shared/contract/settings';
import {
  type RatingArea,
  ratingAreaLabels,
  ratingAreas,
  type SafetyAnswer,
  type SafetyItemId,
  safetyItems,
} from '@shared/domain/assessment';
import { addDaysIso, toIsoDate } from '@shared/domain/dates';
import { fictionalCouple } from '../fixtures/couples';
import { E2E_KDF, expect, PASSPHRASE, test } from './harness';
import { expectNoHorizontalOverflow, heading, unlockWith } from './steps';

const SIGNER = 'Dr. Robin Example (fictional)';

test.beforeEach(async ({ app }) => {
  await app.setUpVault();
});

function assessmentPartner(page: Page, position: 'A' | 'B'): Locator {
  return page.getByRole('group', { name: new RegExp(`^Partner ${position} `) });
}

async function fillPartnerBasics(group: Locator, rating: string): Promise<void> {
  for (const area of ratingAreas) await group.getByLabel(ratingAreaLabels[area]).fill(rating);
  await group.getByLabel('Commitment to the work').selectOption('4');
  await group.getByLabel('Why this partner has come').selectOption('improve');
}

function fives(): Record<RatingArea, number> {
  return Object.fromEntries(ratingAreas.map((area) => [area, 5])) as Record<RatingArea, number>;
}

function intake(
  coupleId: string,
  safetyB: Partial<Record<SafetyItemId, SafetyAnswer>> = {},
): Input<'assessments:create'> {
  const partner = { ratings: fives(), commitment: 3, intent: 'improve' as const, safety: {} };
  return {
    coupleId,
    kind: 'intake',
    assessedOn: toIsoDate(new Date()),
    relationship: {},
    partnerA: partner,
    partnerB: { ...partner, safety: safetyB },
  };
}

function joinSession(coupleId: string): Input<'sessions:create'> {
  return {
    coupleId,
    date: toIsoDate(new Date()),
    startTime: '10:00',
    durationMinutes: 50,
    type: 'joint',
    place: 'office',
    attendance: { A: 'present', B: 'present' },
  };
}

test('intake with a positive safety screen flags the couple; a DAP note survives closing mid-typing, is signed, cannot be edited, takes an addendum and is found by search', async ({
  app,
}) => {
  const { page } = app;
  const couple = await app.call('couples:create', fictionalCouple());

  // Assessments tab: empty, then the intake form.
  await app.open(`/couples/${couple.id}?tab=assessments`);
  await expect(page.getByRole('heading', { name: 'No assessments yet' })).toBeVisible();
  await app.screenshot('3x-assessments-empty');
  await page.getByRole('link', { name: 'Record the intake assessment' }).click();
  await expect(heading(page, /Intake assessment: Zoë & Łukasz/)).toBeFocused();

  // Saving with nothing filled names the missing answers, per partner.
  await page.getByRole('button', { name: 'Save assessment' }).click();
  const summary = page.getByRole('region', { name: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Partner A: Rate from 0 to 10');
  await expect(summary).toContainText('Partner B: Rate commitment from 1 to 5');
  await app.screenshot('3x-assessment-form-errors');

  const a = assessmentPartner(page, 'A');
  const b = assessmentPartner(page, 'B');
  await fillPartnerBasics(a, '4');
  await fillPartnerBasics(b, '6');
  await expect(a.getByLabel('Emotional intimacy')).not.toHaveAttribute('aria-invalid', 'true');

  // The DSM-5 checklist appears once the criteria are marked as assessed; B's are not.
  await expect(a.getByText('DSM-5 severity: Not assessed')).toBeVisible();
  await expect(a.getByLabel('Tolerance')).toHaveCount(0);
  await a.getByLabel('DSM-5 criteria assessed for this partner').check();
  // Live DSM-5 severity and AUDIT-C while ticking.
  for (const criterion of [
    'Craving or strong urges to use',
    'Tolerance',
    'Withdrawal',
    'Wanted or tried to cut down without success',
  ])
    await a.getByLabel(criterion).check();
  await expect(a.getByText(/DSM-5 severity: Moderate \(4–5 criteria\)/)).toBeVisible();
  await a.getByLabel(/How often did you have a drink/).selectOption({ label: '2-3 times a week (3)' });
  await a.getByLabel(/How many drinks/).selectOption({ label: '3 or 4 (1)' });
  await expect(a.getByText(/AUDIT-C: answer all three/)).toBeVisible();
  await a.getByLabel(/six or more drinks/).selectOption({ label: 'Monthly (2)' });
  await expect(a.getByText('AUDIT-C: 6 of 12 · positive screen (cut-off 3)')).toBeVisible();

  // Safety: every item of A asked and denied; on B one item answered yes and one left unasked.
  await expect(a.getByText(/Safety screen not done: 5 of 5 items not asked/)).toBeVisible();
  for (const item of safetyItems) {
    await a.getByRole('group', { name: item.label, exact: true }).getByLabel('No', { exact: true }).check();
    const other = item.id === 'fearOfPartner' ? 'Yes' : item.id === 'suicidalThoughts' ? null : 'No';
    if (other)
      await b
        .getByRole('group', { name: item.label, exact: true })
        .getByLabel(other, { exact: true })
        .check();
  }
  await expect(a.getByText('Safety screen negative (all asked and denied)')).toBeVisible();
  await expect(b.getByText(/Positive screen: saving raises a safety flag/)).toBeVisible();
  await app.screenshot('3x-assessment-form');
  await page.getByRole('button', { name: 'Save assessment' }).click();

  await expect(heading(page, 'Intake assessment: Zoë & Łukasz')).toBeVisible();
  await expect(page.getByText('This assessment raised a safety flag')).toBeVisible();
  const resultA = page.getByRole('region', { name: 'Zoë Müller-Ñúñez' });
  await expect(resultA).toContainText('Moderate (4–5 criteria)');
  await expect(resultA).toContainText('6 of 12 · positive');
  await expect(resultA).toContainText('Safety screen negative (all asked and denied)');
  const resultB = page.getByRole('region', { name: 'Łukasz Żółć' });
  await expect(resultB).toContainText('Positive safety screen: Fear of the partner (1 of 5 items not asked)');
  // B is not in recovery and nobody went through the criteria: not "no use disorder".
  await expect(resultB.locator('.score-card').first()).toContainText('Not assessed');
  await expect(resultB).not.toContainText('No use disorder');
  await expect(resultB).toContainText('Behavior by partner B that hurt trust');
  await expectNoHorizontalOverflow(page);
  await app.screenshot('3x-assessment-view');

  // The flag shows on the couple and in the list.
  await page.getByRole('link', { name: 'Back to the couple' }).click();
  await expect(page.getByRole('heading', { name: 'A safety concern is open' })).toBeVisible();
  await expect(page.locator('.page-header')).toContainText('Open safety flag');
  await expect(page.getByText('Partner B: Fear of the partner')).toBeVisible();
  await page.getByRole('link', { name: 'All couples' }).click();
  await expect(page.getByRole('row', { name: /Zoë & Łukasz/ })).toContainText('Open safety flag');

  // A session.
  await page.getByRole('link', { name: 'Zoë & Łukasz' }).click();
  await page.getByRole('link', { name: 'Sessions' }).click();
  await expect(page.getByRole('heading', { name: 'No sessions yet' })).toBeVisible();
  await page.getByRole('link', { name: 'Record a session' }).click();
  await page.getByLabel('Start time').fill('14:00');
  await page.getByLabel('Duration (minutes)').fill('2');
  const checkInA = page.getByRole('group', { name: /^Partner A / });
  await checkInA.getByLabel(/Record a quick check-in/).check();
  for (const area of ratingAreas) await checkInA.getByLabel(ratingAreaLabels[area]).fill('6');
  await page.getByRole('button', { name: 'Save session' }).click();
  await expect(page.getByRole('region', { name: 'There is a problem' })).toContainText(
    'A session lasts at least 5 minutes',
  );
  await page.getByLabel('Duration (minutes)').fill('50');
  // A session dated after today has not taken place: it cannot be recorded as held.
  const sessionDate = page.getByLabel('Date', { exact: true });
  const today = await sessionDate.inputValue();
  await sessionDate.fill(addDaysIso(today, 1));
  await page.getByRole('button', { name: 'Save session' }).click();
  await expect(page.getByRole('region', { name: 'There is a problem' })).toContainText(
    'This date is after today: record the session once it has taken place',
  );
  await expect(sessionDate).toHaveAttribute('aria-invalid', 'true');
  await app.screenshot('3x-session-form-future-date');
  await sessionDate.fill(today);
  await app.screenshot('3x-session-form');
  await page.getByRole('button', { name: 'Save session' }).click();
  await expect(heading(page, /^Joint session, .* at 14:00$/)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Check-in ratings (0–10)' })).toBeVisible();

  // A DAP note, autosaved while typing.
  const editor = page.getByRole('region', { name: /Progress note/ });
  await expect(editor.getByLabel('Format')).toHaveValue('DAP');
  await editor
    .getByLabel('Data')
    .fill('Both partners described a calmer week; the lighthouse walk went well.');
  await expect(editor.getByTestId('save-status')).toHaveText(/^Saved at \d{2}:\d{2}$/);
  await editor.getByLabel('Assessment').fill('Early gains in emotional intimacy; trust still fragile.');
  await editor.getByLabel('Add an intervention').fill('Reflective listening');
  await editor.getByLabel('Add an intervention').press('Enter');
  await expect(editor.getByRole('button', { name: 'Remove Reflective listening' })).toBeVisible();
  await expect(editor.getByTestId('save-status')).toHaveText(/^Saved at/);
  await app.screenshot('3x-note-editor');

  // Closing the window mid-typing: main asks for the drafts, then the window goes away.
  const plan = 'Daily ten-minute check-in; next session in one week.';
  await editor.getByLabel('Plan').fill(plan);
  expect(await app.requestSave(), 'the note editor answered the save request').toBe(true);
  const sessionUrl = page.url();
  await page.close();
  // The letterhead names the clinician: the sign dialog starts with that name.
  await app.call('settings:update', { letterhead: { ...emptyLetterhead, clinicianName: SIGNER } });
  await app.core.lock();

  const again = await app.newPage();
  await again.goto(sessionUrl);
  await unlockWith(again, PASSPHRASE);
  const reopened = again.getByRole('region', { name: /Progress note/ });
  await expect(reopened.getByLabel('Plan')).toHaveValue(plan);
  await expect(reopened.getByLabel('Data')).toHaveValue(/lighthouse walk/);

  // Signing needs the attestation.
  await reopened.getByRole('button', { name: 'Sign note…' }).click();
  const dialog = again.getByRole('dialog', { name: 'Sign this note' });
  await expect(dialog.getByLabel('Your name as it should appear on the signature')).toHaveValue(SIGNER);
  await dialog.getByRole('button', { name: 'Sign', exact: true }).click();
  await expect(dialog.getByText('Tick the attestation to sign')).toBeVisible();
  await app.screenshot('3x-sign-dialog', again);
  await dialog.getByLabel(/I attest that this note accurately documents/).check();
  await dialog.getByRole('button', { name: 'Sign', exact: true }).click();
  // The couple's safety flag is open: the note's risk review must be complete, and the dialog says what is missing.
  await expect(dialog.getByRole('alert')).toContainText('This couple has an open safety flag');
  await expect(dialog.getByRole('alert')).toContainText('the risk details');
  await app.screenshot('3x-sign-refused-risk-review', again);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await reopened.getByLabel(/Use since last session: partner A/).selectOption('no');
  await reopened.getByLabel(/Use since last session: partner B/).selectOption('no');
  await reopened
    .getByLabel('Risk details')
    .fill('Fear of the partner screened at intake; safety plan reviewed with both.');
  await reopened.getByRole('button', { name: 'Sign note…' }).click();
  await dialog.getByLabel(/I attest that this note accurately documents/).check();
  await dialog.getByRole('button', { name: 'Sign', exact: true }).click();
  await expect(dialog).toBeHidden();

  const signed = again.getByRole('region', { name: /Progress note \(DAP\)/ });
  await expect(signed.getByText('Signature verified')).toBeVisible();
  await expect(signed).toContainText(`Signed by ${SIGNER}`);
  await expect(signed).toContainText(plan);

  // No way to edit it: no field, no sign or edit control; the core refuses a draft save too.
  await expect(again.getByRole('textbox')).toHaveCount(0);
  await expect(again.getByRole('button', { name: /Sign note|Edit note/ })).toHaveCount(0);
  const session = await app.call('sessions:get', { id: sessionUrl.split('/sessions/')[1] ?? '' });
  const refused = await app.core.dispatch('notes:saveDraft', {
    sessionId: session.id,
    content: { format: 'DAP', sections: { data: 'changed' }, risk: { useSinceLastSession: {} } },
  });
  expect(refused.ok).toBe(false);
  await app.screenshot('3x-note-signed', again);

  // An addendum, signed on its own.
  await signed.getByRole('button', { name: 'Add addendum' }).click();
  await signed
    .getByRole('textbox', { name: 'Addendum' })
    .fill('Correction: the walk was on Saturday, not Sunday.');
  await expect(signed.getByLabel('Your name as it should appear on the signature')).toHaveValue(SIGNER);
  await signed.getByRole('button', { name: 'Sign and add addendum' }).click();
  await expect(signed.getByText('Addendum added.')).toBeVisible();
  await expect(signed.getByRole('listitem').filter({ hasText: 'Correction: the walk' })).toContainText(
    'Signature verified',
  );
  await expect(signed.getByText('Signature verified')).toHaveCount(2);
  await expectNoHorizontalOverflow(again);
  await app.screenshot('3x-note-addendum', again);

  // Sessions list shows the note status.
  await again.getByRole('link', { name: 'Zoë & Łukasz' }).click();
  await expect(again.getByRole('listitem').filter({ hasText: 'Joint session' })).toContainText('Note signed');
  await app.screenshot('3x-sessions-tab', again);

  // Search finds it by a word and opens it.
  await again.getByRole('link', { name: 'Search', exact: true }).click();
  await expect(heading(again, 'Search')).toBeFocused();
  await app.screenshot('3x-search-empty', again);
  await again.getByLabel('Search for').fill('lighthouse');
  await again.getByRole('button', { name: 'Search', exact: true }).click();
  const result = again.getByRole('listitem').filter({ hasText: 'Progress note' }).first();
  await expect(result.locator('mark')).toHaveText(['lighthouse']);
  await app.screenshot('3x-search-results', again);
  await result.getByRole('link').click();
  await expect(heading(again, /^Joint session/)).toBeVisible();
  await expect(again.getByRole('region', { name: /Progress note \(DAP\)/ })).toContainText('lighthouse walk');
});

test('an assessment with an unasked safety item says the screen is not done, and unassessed DSM-5 criteria say "Not assessed"', async ({
  app,
}) => {
  const { page } = app;
  const couple = await app.call('couples:create', fictionalCouple());
  const asked = Object.fromEntries(safetyItems.map((item) => [item.id, 'no'])) as Record<
    SafetyItemId,
    SafetyAnswer
  >;
  const created = await app.call('assessments:create', {
    ...intake(couple.id, { ...asked, coerciveControl: 'notAsked' }),
    partnerA: {
      ratings: fives(),
      commitment: 3,
      intent: 'improve',
      substances: ['alcohol'],
      dsm5Assessed: true,
      dsm5Criteria: ['craving', 'tolerance'],
      safety: asked,
    },
  });
  expect(created.safetyFlagId).toBeNull();
  await app.open(`/assessments/${created.id}`);
  const resultA = page.getByRole('region', { name: 'Zoë Müller-Ñúñez' });
  const resultB = page.getByRole('region', { name: 'Łukasz Żółć' });
  await expect(resultA).toContainText('Safety screen negative (all asked and denied)');
  await expect(resultA).toContainText('2 of 11 criteria');
  await expect(resultB).toContainText('Safety screen not done: 1 of 5 items not asked');
  await expect(resultB).not.toContainText('Safety screen negative');
  await expect(resultB.locator('.score-card').first()).toContainText('Not assessed');
  await expect(resultB).not.toContainText('0 of 11 criteria');
  await app.screenshot('3x-assessment-view-not-done');
  await page.getByRole('link', { name: 'Back to the couple' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Intake assessment' })).toContainText(
    'Safety screen not done',
  );
});

test('process notes stay out of search unless the clinician ticks the box', async ({ app }) => {
  const { page } = app;
  const couple = await app.call('couples:create', fictionalCouple());
  await app.open(`/couples/${couple.id}?tab=process`);
  await expect(page.getByText('Psychotherapy process notes — kept apart from the record')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No process notes' })).toBeVisible();
  await page
    .getByLabel('New process note')
    .fill('My own reaction to the quokka metaphor; explore next time.');
  await page.getByRole('button', { name: 'Save process note' }).click();
  await expect(page.getByText('My own reaction to the quokka metaphor')).toBeVisible();
  await app.screenshot('3x-process-notes');

  await page.getByRole('link', { name: 'Search', exact: true }).click();
  await page.getByLabel('Search for').fill('quokka');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Nothing found' })).toBeVisible();
  await expect(page.getByText('Process notes were not searched.')).toBeVisible();
  await app.screenshot('3x-search-nothing');

  await page.getByLabel('Include psychotherapy process notes').check();
  const result = page.getByRole('listitem').filter({ hasText: 'Psychotherapy process note' });
  await expect(result).toHaveCount(1);
  await expect(result.locator('mark')).toHaveText(['quokka']);
  await app.screenshot('3x-search-process-notes');
});

test('timeline lists the record in order with flags marked; an event can be recorded; a flag is resolved; the audit log filters without clinical text', async ({
  app,
}) => {
  const { page } = app;
  const couple = await app.call('couples:create', fictionalCouple());
  await app.open(`/couples/${couple.id}?tab=timeline`);
  await expect(page.getByRole('heading', { name: 'Nothing on the timeline yet' })).toBeVisible();
  await app.screenshot('3x-timeline-empty');

  await app.call('assessments:create', intake(couple.id, { physicalViolencePastYear: 'yes' }));
  await app.call('sessions:create', joinSession(couple.id));
  await page.reload();

  const timeline = page.getByRole('list').filter({ hasText: 'Intake assessment (version 1)' });
  await expect(timeline.getByRole('listitem').filter({ hasText: 'Safety flag raised' })).toContainText(
    'Partner B: Physical violence in the past year',
  );
  await expect(timeline.getByRole('listitem').filter({ hasText: 'Safety flag raised' })).toContainText(
    'Flagged',
  );

  await page.getByRole('button', { name: 'Record an event' }).click();
  await page.getByRole('button', { name: 'Save event' }).click();
  await expect(page.getByText('Choose what happened')).toBeVisible();
  await expect(page.getByText('Describe what happened')).toBeVisible();
  await page.getByLabel('What happened').selectOption('relapse');
  await page.getByLabel('Partner', { exact: true }).selectOption('A');
  await page.getByLabel('Description').fill('Two-day relapse after a work conflict (fictional).');
  await app.screenshot('3x-event-form');
  await page.getByRole('button', { name: 'Save event' }).click();
  await expect(page.getByText('Event recorded.')).toBeVisible();
  const relapse = timeline.getByRole('listitem').filter({ hasText: 'Relapse' });
  await expect(relapse).toContainText('partner A');
  await expect(relapse).toContainText('Flagged');
  await expectNoHorizontalOverflow(page);
  await app.screenshot('3x-timeline');

  // Resolving the flag: a short note is refused, then the banner goes.
  await page.getByRole('button', { name: 'Record how it was addressed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record how the safety concern was addressed' });
  await dialog.getByLabel('How it was addressed').fill('Talked');
  await dialog.getByRole('button', { name: 'Mark as addressed' }).click();
  await expect(dialog.getByText(/at least 10 characters/)).toBeVisible();
  await app.screenshot('3x-resolve-flag-dialog');
  await dialog
    .getByLabel('How it was addressed')
    .fill('Separate safety planning with each partner; joint sessions paused pending review.');
  await dialog.getByRole('button', { name: 'Mark as addressed' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'A safety concern is open' })).toHaveCount(0);
  await expect(page.locator('.page-header')).not.toContainText('safety flag');
  await expect(timeline.getByRole('listitem').filter({ hasText: 'Safety flag addressed' })).toBeVisible();

  // The audit log: filter by couple and action; no clinical text anywhere in it.
  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(heading(page, 'Audit log')).toBeFocused();
  await expect(page.getByRole('row').filter({ hasText: 'Vault: created' })).toHaveCount(1);
  await page.getByLabel('Couple').selectOption({ label: 'Zoë & Łukasz' });
  await expect(page.getByRole('row').filter({ hasText: 'Vault: created' })).toHaveCount(0);
  await page.getByLabel('Action').selectOption('event.created');
  await expect(page.getByRole('row')).toHaveCount(2);
  await expect(page.getByRole('row').nth(1)).toContainText('Event: created');
  await expect(page.getByRole('row').nth(1)).toContainText('Zoë & Łukasz');
  await page.getByLabel('Action').selectOption('');
  await expect(page.getByRole('row').filter({ hasText: 'Safety: flag resolved' })).toHaveCount(1);
  await expect(page.locator('main')).not.toContainText('relapse after a work conflict');
  await expect(page.locator('main')).not.toContainText('safety planning');
  await page.getByLabel('From').fill('2000-01-01');
  await page.getByLabel('To').fill('2000-01-02');
  await expect(page.getByRole('heading', { name: 'No entries match' })).toBeVisible();
  await page.getByLabel('From').fill('');
  await page.getByLabel('To').fill('');
  await expect(page.getByRole('row').filter({ hasText: 'Event: created' })).toHaveCount(1);
  await app.screenshot('3x-audit-log');
});

test('a session canceled ahead, dated after today, says its note comes once it has taken place', async ({
  app,
}) => {
  const couple = await app.call('couples:create', fictionalCouple());
  const session = await app.call('sessions:create', {
    coupleId: couple.id,
    date: addDaysIso(toIsoDate(new Date()), 7),
    startTime: '09:00',
    durationMinutes: 50,
    type: 'joint',
    place: 'telehealth',
    outcome: 'cancelled',
    outcomeReason: 'Clinician away (fictional)',
    attendance: { A: 'notExpected', B: 'notExpected' },
  });
  await app.open(`/sessions/${session.id}`);
  await expect(
    app.page.getByText('This session is dated after today: write its note once it has taken place.'),
  ).toBeVisible();
  await expect(app.page.getByRole('region', { name: /Progress note/ })).toHaveCount(0);
  await app.screenshot('3x-session-canceled-ahead');
});

test('a draft that cannot be saved (disk full) says so, keeps every word, and saves on the next change', async ({
  app,
}) => {
  const couple = await app.call('couples:create', fictionalCouple());
  const session = await app.call('sessions:create', {
    coupleId: couple.id,
    date: toIsoDate(new Date()),
    startTime: '09:00',
    durationMinutes: 50,
    type: 'joint',
    place: 'office',
    attendance: { A: 'present', B: 'present' },
  });
  await app.open(`/sessions/${session.id}`);
  const editor = app.page.getByRole('region', { name: /Progress note/ });
  app.failNext('notes:saveDraft', {
    code: 'not_saved',
    message: 'Not saved: the disk is full. Free some space and try again.',
  });
  await editor.getByLabel('Data').fill('They planned the kite festival together.');
  await expect(editor.getByTestId('save-status')).toHaveText(
    'Not saved: the disk is full. Free some space and try again. What you typed is kept; it will be saved again on your next change.',
  );
  await expect(editor.getByLabel('Data')).toHaveValue('They planned the kite festival together.');
  expect(
    (await app.call('sessions:get', { id: session.id })).noteId,
    'nothing reached the database',
  ).toBeNull();
  await app.screenshot('3x-note-not-saved');

  await editor.getByLabel('Data').fill('They planned the kite festival together, and a budget.');
  await expect(editor.getByTestId('save-status')).toHaveText(/^Saved at/);
  const noteId = (await app.call('sessions:get', { id: session.id })).noteId;
  expect(noteId).not.toBeNull();
  const saved = await app.call('notes:get', { id: noteId ?? '' });
  expect(saved.content.sections.data).toBe('They planned the kite festival together, and a budget.');
});

/** What someone with the key and a SQLite shell could do: drop the guard and edit a signed row. */
async function tamperWithSignedNote(dataDir: string, noteId: string): Promise<void> {
  const vault = new Vault({ dataDir, clock: () => new Date(), kdf: E2E_KDF });
  await vault.unlock(PASSPHRASE);
  try {
    const { db } = vault.current();
    db.exec('DROP TRIGGER notes_signed_no_update');
    const content = JSON.parse(
      db.prepare('SELECT content FROM notes WHERE id = ?').pluck().get(noteId) as string,
    );
    content.sections.plan = 'Changed after signing.';
    db.prepare('UPDATE notes SET content = ? WHERE id = ?').run(JSON.stringify(content), noteId);
  } finally {
    await vault.lock();
  }
}

test('a signed note changed behind the app’s back is shown with a clear warning', async ({ app }) => {
  const couple = await app.call('couples:create', fictionalCouple());
  const session = await app.call('sessions:create', {
    coupleId: couple.id,
    date: toIsoDate(new Date()),
    startTime: '11:00',
    durationMinutes: 50,
    type: 'joint',
    place: 'telehealth',
    attendance: { A: 'present', B: 'present' },
  });
  const draft = await app.call('notes:saveDraft', {
    sessionId: session.id,
    content: {
      format: 'DAP',
      sections: { data: 'Calm session.', assessment: 'Steady.', plan: 'Continue.' },
      risk: { useSinceLastSession: { A: 'no', B: 'no' } },
    },
  });
  await app.call('notes:sign', { id: draft.id, signedBy: SIGNER, attest: true });
  await tamperWithSignedNote(app.dataDir, draft.id);

  await app.open(`/sessions/${session.id}`);
  await expect(app.page.getByText('This note has changed since it was signed')).toBeVisible();
  await expect(app.page.getByText('Signature verified')).toHaveCount(0);
  await expect(app.page.getByText('Changed after signing.')).toBeVisible();
  await app.screenshot('3x-note-tampered');
});
