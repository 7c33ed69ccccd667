/**
 * Whose substance-use information a progress report shows, and what kinds: the input to the
 * consent rule (`shared/domain/consent.ts`) and to the report builder, so the report shows
 * exactly what the consents were checked for.
 *
 * Per partner: the clinician includes substance-use details and may leave out either partner's
 * (`substanceUseOf`), typically because that partner has not consented. A partner has such
 * information when in recovery, when the record holds their abstinence marks or use events, or
 * when the report's questionnaires table would print their AUDIT-C scores.
 * What cannot be told apart by partner (support meetings and screens are recorded for the
 * couple's day, an event may name no partner, plan goals on triggers and aftercare speak of the
 * recovery as a whole) is shown only when every partner with such information is shown.
 */
import type { ProgressReportOptions } from '@shared/contract/reports';
import type { ConsentPartner, DisclosureScope } from '@shared/domain/consent';
import type { DashboardInput } from '@shared/domain/dashboard/types';

const PARTNERS = ['A', 'B'] as const;

type Couple = { partnerA: { inRecovery: boolean }; partnerB: { inRecovery: boolean } };

/** What a report's substance-use information is read from. */
export type SubstanceUseRecord = Pick<DashboardInput, 'calendar' | 'events'> & {
  /** Partners whose AUDIT-C scores the questionnaires table would print (`auditCRespondents`). */
  auditC?: readonly ConsentPartner[];
};

/** Partners whose record holds substance-use information at all. */
export function partnersWithSubstanceUse(couple: Couple, record: SubstanceUseRecord): ConsentPartner[] {
  return PARTNERS.filter(
    (p) =>
      (p === 'A' ? couple.partnerA : couple.partnerB).inRecovery ||
      record.calendar.some((day) => day.abstinence[p] !== null) ||
      record.events.some((event) => event.kind === 'relapse' && event.partner === p) ||
      (record.auditC?.includes(p) ?? false),
  );
}

/** The partners whose substance-use information this report shows. */
export function reportSubstanceUsePartners(
  couple: Couple,
  options: Pick<ProgressReportOptions, 'includeSubstanceUse' | 'substanceUseOf'>,
  record: SubstanceUseRecord,
): ConsentPartner[] {
  if (!options.includeSubstanceUse) return [];
  return partnersWithSubstanceUse(couple, record).filter((p) => options.substanceUseOf?.[p] ?? true);
}

/** What a partner's consent must allow for this report, from the sections chosen. */
export function reportDisclosureScopes(options: Pick<ProgressReportOptions, 'sections'>): DisclosureScope[] {
  const { sections } = options;
  const scopes: DisclosureScope[] = ['diagnosis'];
  // AUDIT-C scores in the questionnaires table are use data, as the calendar's and charts' are.
  if (sections.calendar || sections.charts || sections.questionnaires) scopes.push('useData');
  if (sections.attendance) scopes.push('attendance');
  if (sections.goals || sections.milestones) scopes.push('treatment');
  return scopes;
}

/**
 * The record without the substance-use information of partners not shown: their abstinence
 * marks and relapses, and the couple-level meetings, screens and unattributed events unless every
 * partner with such information is shown.
 */
export function withoutUnshownSubstanceUse(
  record: DashboardInput,
  shown: readonly ConsentPartner[],
  withSubstanceUse: readonly ConsentPartner[],
): DashboardInput {
  const hidden = withSubstanceUse.filter((p) => !shown.includes(p));
  if (hidden.length === 0) return record;
  return {
    ...record,
    calendar: record.calendar.map((day) => ({
      ...day,
      abstinence: {
        A: hidden.includes('A') ? null : day.abstinence.A,
        B: hidden.includes('B') ? null : day.abstinence.B,
      },
      supportMeeting: null,
      screen: null,
    })),
    events: record.events.filter(
      (event) => event.kind !== 'relapse' || (event.partner !== null && shown.includes(event.partner)),
    ),
  };
}
