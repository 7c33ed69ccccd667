import { expect, type Locator, type Page } from '@playwright/test';
import type { CoupleInput } from '@shared/contract/couples';
import { addDaysIso, toIsoDate } from '@shared/domain/dates';
import { type PlanDocument, walkPlan } from '@shared/domain/plan';
import { fictionalAssessment } from '../fixtures/assessments';
import { fictionalCouple, fictionalPartner } from '../fixtures/couples';
import { fictionalDapNote, fictionalSession } from '../fixtures/sessions';
import type { RekindleApp } from './harness';

/** Steps several specs share, written the way a person works the screen. */

export function heading(page: Page, name: string | RegExp): Locator {
  return page.getByRole('heading', { level: 1, name });
}

export function partnerGroup(page: Page, position: 'A' | 'B'): Locator {
  return page.getByRole('group', { name: `Partner ${position}` });
}

export async function unlockWith(page: Page, passphrase: string): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
}

/** The last set-up step, answered "Later": no backup folder yet (Today then asks for one). */
export async function setUpBackupsLater(page: Page): Promise<void> {
  await expect(heading(page, 'Back up your records')).toBeFocused();
  await page.getByRole('button', { name: 'Later', exact: true }).click();
}

/** Presses Tab until the focused element has the given accessible label; fails if it never does. */
export async function tabTo(page: Page, target: Locator, maxPresses = 40): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, 'reachable with the Tab key').toBeFocused();
}

/** A page wider than the window means something (usually a long name) overflowed. */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'horizontal overflow in pixels').toBeLessThanOrEqual(0);
}

/** A second fictional couple whose names are deliberately long, to test wrapping. */
export function longNamedCouple(): CoupleInput {
  return fictionalCouple({
    displayName: 'Maximiliana-Alessandra & Bartholomew-Fitzgerald',
    status: 'active',
    referralSource: 'Northbridge Community Recovery Program, evening outpatient group (fictional)',
    startDate: '2026-09-14',
    partnerA: fictionalPartner({
      firstName: 'Maximiliana-Alessandra',
      lastName: 'Vandenberghe-Castellanos-Oyelaran-Wolfeschlegelsteinhausen',
      email: 'maximiliana.example@example.org',
      substances: ['alcohol', 'benzodiazepines'],
      severity: 'severe',
    }),
    partnerB: fictionalPartner({
      firstName: 'Bartholomew-Fitzgerald',
      lastName: 'Okonkwo-Rasmussen',
      pronouns: 'he/him',
      email: 'bartholomew.example@example.org',
      inRecovery: false,
      substances: [],
      severity: null,
      yearsOfUse: null,
      sobrietyDate: null,
    }),
  });
}

export function thirdCouple(): CoupleInput {
  return fictionalCouple({
    displayName: 'Ines & Tomasz',
    status: 'maintenance',
    referralSource: null,
    startDate: '2025-03-03',
    partnerA: fictionalPartner({ firstName: 'Inés', lastName: 'Ferreira', email: null, phone: null }),
    partnerB: fictionalPartner({
      firstName: 'Tomasz',
      lastName: 'Nowak',
      email: null,
      phone: null,
      inRecovery: true,
      substances: ['gambling'],
      severity: 'mild',
      sobrietyDate: '2026-01-15',
    }),
  });
}

/**
 * Holds every call of `channel` from this page back by `ms` before it reaches the core, as a
 * large practice would: to see a busy state that is otherwise over too quickly.
 */
export async function delayChannel(page: Page, channel: string, ms: number): Promise<void> {
  await page.evaluate(
    ([delayed, wait]) => {
      const w = window as unknown as { __rekindleInvoke(channel: string, input: unknown): Promise<unknown> };
      const forward = w.__rekindleInvoke.bind(w);
      w.__rekindleInvoke = (called, input) =>
        called === delayed
          ? new Promise((resolve) => setTimeout(resolve, wait)).then(() => forward(called, input))
          : forward(called, input);
    },
    [channel, ms] as const,
  );
}

/** Check-in or assessment ratings: every area at `value`, trust at its own. */
export const ratings = (value: number, trust = value) => ({
  emotional: value,
  physical: value,
  intellectual: value,
  experiential: value,
  trust,
  communication: value,
});

/** The proposal with every item accepted, ready to sign. */
export function acceptAll(doc: PlanDocument): PlanDocument {
  const copy = structuredClone(doc);
  for (const { item } of walkPlan(copy)) item.decision = 'accepted';
  return copy;
}

/** Signs the plan proposed from the couple's assessment, every item accepted; returns the version's id. */
export async function signProposedPlan(
  app: Pick<RekindleApp, 'call'>,
  coupleId: string,
  reviewDate: string,
): Promise<string> {
  const draft = await app.call('plans:startDraft', { coupleId, from: 'proposal' });
  await app.call('plans:saveDraft', { id: draft.id, document: acceptAll(draft.document), reviewDate });
  await app.call('plans:sign', { id: draft.id, signedBy: 'Dr. Robin Example (fictional)', attest: true });
  return draft.id;
}

/**
 * A couple in care: an intake assessment four weeks ago and last week's held session with a
 * signed DAP note (the workspace brief quotes its plan).
 */
export async function coupleSeenLastWeek(app: Pick<RekindleApp, 'call'>) {
  const t = toIsoDate(new Date());
  const couple = await app.call(
    'couples:create',
    fictionalCouple({ status: 'active', startDate: addDaysIso(t, -35) }),
  );
  await app.call('assessments:create', fictionalAssessment(couple.id, { assessedOn: addDaysIso(t, -28) }));
  const last = await app.call('sessions:create', fictionalSession(couple.id, { date: addDaysIso(t, -7) }));
  const note = await app.call('notes:saveDraft', { sessionId: last.id, content: fictionalDapNote() });
  await app.call('notes:sign', { id: note.id, signedBy: 'Dr. Robin Example (fictional)', attest: true });
  return { couple, last };
}
