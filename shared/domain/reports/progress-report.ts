/**
 * Builds a progress report as data (`ProgressReportModel`) from the couple, the clinician's
 * options and the couple's whole record as the core gathers it for the dashboard. Every rule
 * about what a recipient may see is applied here, in pure code: the period, initials instead
 * of names, substance-use details and their redisclosure notice, and the chosen sections. The
 * PDF layer only lays the model out.
 */
import type { Partner } from '@shared/contract/couples';
import type { ProgressReportOptions } from '@shared/contract/reports';
import { buildDashboard } from '@shared/domain/dashboard';
import { ratingsOf } from '@shared/domain/dashboard/areas';
import type { DashboardInput } from '@shared/domain/dashboard/types';
import type { ScoredResponse } from '@shared/domain/questionnaires';
import { type ReportRecordExtras, recipientDetails } from './details';
import {
  partnersWithSubstanceUse,
  reportSubstanceUsePartners,
  type SubstanceUseRecord,
  withoutUnshownSubstanceUse,
} from './disclosure';
import { nameScreen, reportCoupleLabel, reportPartnerName } from './identifiers';
import { milestoneGroups } from './milestone-table';
import type { ProgressReportModel, ReportPartner, ReportSummary } from './model';
import { recipientPresets, reportRecipientLabels } from './options';
import { periodDashboardInput, reportPeriod } from './period';
import { reportPlanGoals } from './plan-items';
import { auditCRespondents, questionnaireTable } from './questionnaire-table';
import { recoveryStatus } from './recovery-status';
import { lapseStatement, recoveryStatusLine } from './recovery-text';
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
import { areaChanges, draftOverview, frequencyText, weeksRemaining } from './summary';

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
  /** What the outside-recipient details and the first page read beside the dashboard input. */
  extras?: ReportRecordExtras | undefined;
  /**
   * The couple's questionnaire scores, every date, as `questionnaireTrajectories` takes them
   * (totals only: item answers never reach the report). Absent: none recorded.
   */
  questionnaires?: readonly ScoredResponse[] | undefined;
}

/**
 * What the report's substance-use information is read from: the record, and the partners whose
 * AUDIT-C scores its questionnaires table would print. The builder and the core's consent check
 * (`reportSubstanceUsePartners`) both read this, so consents are checked for what prints.
 */
export function reportSubstanceUseRecord(
  input: Pick<ProgressReportInput, 'options' | 'dashboardInput' | 'generatedOn' | 'questionnaires'>,
): SubstanceUseRecord {
  const { options } = input;
  const period = reportPeriod(options.from, options.to, input.generatedOn);
  return {
    calendar: input.dashboardInput.calendar,
    events: input.dashboardInput.events,
    auditC: auditCRespondents(options.sections.questionnaires, input.questionnaires ?? [], period),
  };
}

export const progressReportTitle = 'Progress report';

export function buildProgressReport(input: ProgressReportInput): ProgressReportModel {
  const { couple, options, generatedOn } = input;
  const extras = input.extras ?? {};
  const { identifiers, sections } = options;
  // Per partner (42 CFR part 2: each partner's details need that partner's consent): a partner
  // left out loses their abstinence and relapses, and what cannot be told apart by partner goes
  // too. Everything below reads this cut record, never the whole input.
  const substanceUse = reportSubstanceUseRecord(input);
  const withSubstanceUse = partnersWithSubstanceUse(couple, substanceUse);
  const shown = reportSubstanceUsePartners(couple, options, substanceUse);
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
  const names = { A: labels.A, B: labels.B };
  const redact: Redact = identifiers === 'initials' ? nameScreen(couple, labels).redact : (text) => text;

  // Recovery is derived from the whole record (every use day the core holds), as of the period's end.
  const status = (p: PartnerLike, position: 'A' | 'B') =>
    shown.includes(position) ? recoveryStatus(p, position, record, period) : null;
  const statuses = { A: status(couple.partnerA, 'A'), B: status(couple.partnerB, 'B') };
  const partner = (position: 'A' | 'B'): ReportPartner => {
    const own = statuses[position];
    return { position, name: labels[position], recovery: own ? recoveryStatusLine(own) : null, status: own };
  };

  const screen =
    includeSubstanceUse && allShown
      ? null
      : substanceUseScreen([...couple.partnerA.substances, ...couple.partnerB.substances]);
  const goals = reportPlanGoals(record.plan?.document, screen);
  const planned = new Set(goals.flatMap((goal) => goal.milestoneKeys));
  const milestones = dashboard.milestones.filter((m) => planned.has(m.key));
  const byKey = new Map(milestones.map((m) => [m.key, m]));

  // Ratings as of the period's end: what the charts, the goal fallback and the first page share.
  const ratingsRecord = {
    assessments: record.assessments.filter((a) => a.assessedOn <= period.asOf),
    sessions: record.sessions.filter((x) => x.date <= period.asOf),
    plan: record.plan,
    maxPoints: record.maxPoints,
  };
  const goalRows = goalsSection(goals, byKey, redact, (area, p) => ratingsOf(ratingsRecord, area, p));
  const attendance = attendanceSection(periodInput.sessions, dashboard.attendance);

  const next: ReportSummary['next'] = {
    reviewDate: extras.reviewDate ?? null,
    frequency: record.plan ? frequencyText(record.plan.document.sessions.frequency) : null,
    weeksRemaining: weeksRemaining(dashboard.timeline),
    homework: (extras.homework ?? [])
      // Homework whose title mentions use goes with the other substance-use details.
      .filter(
        (h) =>
          h.assignedOn <= period.asOf &&
          (h.status === 'assigned' || h.reviewedOn === null || h.reviewedOn > period.asOf) &&
          !(screen?.mentions(h.title) ?? false),
      )
      .map((h) => ({ title: redact(h.title), who: h.who, dueDate: h.dueDate })),
  };
  const areas = areaChanges(ratingsRecord);
  const draft = draftOverview({
    names,
    period: { from: options.from, to: period.asOf },
    areas,
    attendance,
    goals: goalRows,
    recovery: includeSubstanceUse ? statuses : null,
    next,
  });
  const details = options.details ?? recipientPresets[options.recipient].details;
  const anyStatus = statuses.A !== null || statuses.B !== null;

  return {
    title: progressReportTitle,
    coupleLabel: labels.couple,
    partners: { A: partner('A'), B: partner('B') },
    recipient: {
      kind: options.recipient,
      label: reportRecipientLabels[options.recipient],
      name: options.recipientName === null ? null : redact(options.recipientName),
    },
    period: { from: options.from, to: options.to },
    generatedOn,
    sections: { ...sections },
    attendance: sections.attendance ? attendance : null,
    goals: sections.goals ? goalRows : null,
    milestones: sections.milestones ? milestonesSection(milestones, redact) : null,
    milestoneGroups: sections.milestones ? milestoneGroups(goals, byKey, names, redact) : null,
    summary: {
      areas,
      // The clinician's edited paragraph prints as written (names to initials, as the summary).
      paragraph: options.overview === null ? draft : redact(options.overview),
      draft,
      next,
    },
    details: recipientDetails({
      switches: details,
      identifiers,
      includeSubstanceUse,
      substanceUsePartners: shown,
      names,
      period,
      referenceNumber: options.referenceNumber,
      extras,
    }),
    lapseStatements:
      details.lapseStatement && includeSubstanceUse && anyStatus
        ? (['A', 'B'] as const).flatMap((p) => {
            const own = statuses[p];
            return own ? [lapseStatement(names[p], own)] : [];
          })
        : null,
    charts: sections.charts ? chartsSection(dashboard, includeSubstanceUse) : null,
    calendar: sections.calendar
      ? calendarSection(dashboard.adherence, includeSubstanceUse).map((month) =>
          // Meetings and screens are the couple's day, not a partner's: shown only with everyone's.
          allShown ? month : { ...month, supportMeetings: null, screens: null },
        )
      : null,
    // Scores as of the period's end, by the trajectories the screens read; AUDIT-C only for the
    // partners whose substance-use details are shown.
    questionnaires: sections.questionnaires
      ? questionnaireTable(input.questionnaires ?? [], period, names, shown)
      : null,
    // The clinician's own words, with names turned into initials when the report uses them
    // (what else they hold that the options leave out is resolved first, in the redaction
    // review: see redaction/ and `reports:scan`).
    narrative: options.narrative === null ? null : redact(options.narrative),
    recommendations: options.recommendations === null ? null : redact(options.recommendations),
    redisclosureNotice: redisclosureNoticeFor(includeSubstanceUse),
  };
}
