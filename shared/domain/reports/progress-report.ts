/**
 * Builds a progress report as data (`ProgressReportModel`) from the couple, the clinician's
 * options and the couple's whole record as the core gathers it for the dashboard. Every rule
 * about what a recipient may see is applied here, in pure code: the period, initials instead
 * of names, substance-use details and their redisclosure notice, and the chosen sections. The
 * PDF layer only lays the model out.
 */
import type { Partner } from '../../contract/couples';
import type { ProgressReportOptions } from '../../contract/reports';
import { buildDashboard } from '../dashboard';
import type { DashboardInput } from '../dashboard/types';
import { formatIsoDate } from '../dates';
import {
  partnersWithSubstanceUse,
  reportSubstanceUsePartners,
  withoutUnshownSubstanceUse,
} from './disclosure';
import { nameScreen, reportCoupleLabel, reportPartnerName } from './identifiers';
import type { ProgressReportModel, ReportPartner } from './model';
import { reportRecipientLabels } from './options';
import { periodDashboardInput, reportPeriod } from './period';
import { reportPlanGoals } from './plan-items';
import { redisclosureNoticeFor } from './redisclosure';
import {
  attendanceSection,
  calendarSection,
  chartsSection,
  goalsSection,
  milestonesSection,
  type Redact,
} from './sections';
import { substanceUseScreen } from './substance-use';

export type PartnerLike = Pick<
  Partner,
  'firstName' | 'lastName' | 'preferredName' | 'inRecovery' | 'substances' | 'severity' | 'sobrietyDate'
>;

export interface ProgressReportInput {
  couple: { displayName: string; partnerA: PartnerLike; partnerB: PartnerLike };
  /** Parsed with `progressReportOptionsSchema`. */
  options: ProgressReportOptions;
  /** The couple's whole record as the core gathers it for the dashboard (every date). */
  dashboardInput: DashboardInput;
  /** Today, ISO `YYYY-MM-DD`: the signature date, and the latest day the report can speak for. */
  generatedOn: string;
}

export const progressReportTitle = 'Progress report';

/**
 * "In recovery: alcohol; severity moderate; sober since Feb 1, 2026", leaving out what is not
 * recorded; null for a partner who is not in recovery.
 */
export function recoveryLine(partner: PartnerLike): string | null {
  if (!partner.inRecovery) return null;
  const substances = partner.substances.map((s) => s.trim()).filter(Boolean);
  const parts = [substances.length > 0 ? `In recovery: ${substances.join(', ')}` : 'In recovery'];
  if (partner.severity) parts.push(`severity ${partner.severity}`);
  // The documents' one date style ("Feb 1, 2026"), not the stored ISO date.
  if (partner.sobrietyDate) parts.push(`sober since ${formatIsoDate(partner.sobrietyDate, 'en-US')}`);
  return parts.join('; ');
}

export function buildProgressReport(input: ProgressReportInput): ProgressReportModel {
  const { couple, options, generatedOn } = input;
  const { identifiers, sections } = options;
  // Per partner (42 CFR part 2: each partner's details need that partner's consent): a partner
  // left out loses their abstinence and relapses, and what cannot be told apart by partner goes too.
  const withSubstanceUse = partnersWithSubstanceUse(couple, input.dashboardInput);
  const shown = reportSubstanceUsePartners(couple, options, input.dashboardInput);
  const includeSubstanceUse = shown.length > 0;
  const allShown = withSubstanceUse.every((p) => shown.includes(p));
  const record = withoutUnshownSubstanceUse(input.dashboardInput, shown, withSubstanceUse);
  const period = reportPeriod(options.from, options.to, generatedOn);
  const periodInput = periodDashboardInput(record, period, includeSubstanceUse);
  const dashboard = buildDashboard(periodInput);

  const labels = {
    A: reportPartnerName(couple.partnerA, 'A', identifiers),
    B: reportPartnerName(couple.partnerB, 'B', identifiers),
    couple: reportCoupleLabel(couple, identifiers),
  };
  const redact: Redact = identifiers === 'initials' ? nameScreen(couple, labels).redact : (text) => text;
  const partner = (position: 'A' | 'B', p: PartnerLike): ReportPartner => ({
    position,
    name: labels[position],
    recovery: shown.includes(position) ? recoveryLine(p) : null,
  });

  const screen =
    includeSubstanceUse && allShown
      ? null
      : substanceUseScreen([...couple.partnerA.substances, ...couple.partnerB.substances]);
  const goals = reportPlanGoals(input.dashboardInput.plan?.document, screen);
  const planned = new Set(goals.flatMap((goal) => goal.milestoneKeys));
  const milestones = dashboard.milestones.filter((m) => planned.has(m.key));

  return {
    title: progressReportTitle,
    coupleLabel: labels.couple,
    partners: { A: partner('A', couple.partnerA), B: partner('B', couple.partnerB) },
    recipient: {
      kind: options.recipient,
      label: reportRecipientLabels[options.recipient],
      name: options.recipientName === null ? null : redact(options.recipientName),
    },
    period: { from: options.from, to: options.to },
    generatedOn,
    sections: { ...sections },
    attendance: sections.attendance ? attendanceSection(periodInput.sessions, dashboard.attendance) : null,
    goals: sections.goals ? goalsSection(goals, new Map(milestones.map((m) => [m.key, m])), redact) : null,
    milestones: sections.milestones ? milestonesSection(milestones, redact) : null,
    charts: sections.charts ? chartsSection(dashboard, includeSubstanceUse) : null,
    calendar: sections.calendar
      ? calendarSection(dashboard.adherence, includeSubstanceUse).map((month) =>
          // Meetings and screens are the couple's day, not a partner's: shown only with everyone's.
          allShown ? month : { ...month, supportMeetings: null, screens: null },
        )
      : null,
    // The clinician's own words, with names turned into initials when the report uses them
    // (substance use in them is refused earlier, by `freeTextProblems`).
    narrative: options.narrative === null ? null : redact(options.narrative),
    recommendations: options.recommendations === null ? null : redact(options.recommendations),
    redisclosureNotice: redisclosureNoticeFor(includeSubstanceUse),
  };
}

const FREE_TEXT_LABELS = { narrative: 'The summary', recommendations: 'The recommendations' } as const;

/**
 * The clinician's summary and recommendations are printed as written, so the one rule the
 * builder cannot enforce on them by rewriting is substance use: with those details left out, a
 * sentence like "has stayed sober since March" would reach an insurer or a court without the
 * 42 CFR Part 2 notice. Such text is refused, per field, with what to do instead.
 */
export function freeTextProblems(
  couple: { partnerA: Pick<PartnerLike, 'substances'>; partnerB: Pick<PartnerLike, 'substances'> },
  options: Pick<ProgressReportOptions, 'includeSubstanceUse' | 'narrative' | 'recommendations'>,
): Partial<Record<keyof typeof FREE_TEXT_LABELS, string>> {
  if (options.includeSubstanceUse) return {};
  const screen = substanceUseScreen([...couple.partnerA.substances, ...couple.partnerB.substances]);
  const problems: Partial<Record<keyof typeof FREE_TEXT_LABELS, string>> = {};
  for (const field of ['narrative', 'recommendations'] as const) {
    const text = options[field];
    if (text !== null && screen.mentions(text)) {
      problems[field] =
        `${FREE_TEXT_LABELS[field]} mentions substance use, which this report leaves out. Reword it, or include substance-use details (the report then carries the 42 CFR Part 2 notice).`;
    }
  }
  return problems;
}
