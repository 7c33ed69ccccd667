/**
 * A progress report as data: everything the PDF prints, already filtered by the clinician's
 * options (period, identifiers, substance use, sections). The PDF renderer only lays it out,
 * so every rule about what a recipient may see lives here, in pure code, and is tested here.
 */
import type { ChartMarker } from '@shared/domain/dashboard/types';
import type { TrendDirection } from '@shared/domain/progress/trend';
import type { DatedValue } from '@shared/domain/progress/values';
import type { InstrumentId } from '@shared/domain/questionnaires/types';
import type { ReportRecipient, ReportSection } from './options';
import type { ReportRecoveryStatus } from './recovery-status';

/** How a partner is named throughout the report: full name, or initials only. */
export interface ReportPartner {
  position: 'A' | 'B';
  /** "Alex Example" or "A. E." as the options say. */
  name: string;
  /**
   * Only with substance-use details included: the partner's recovery status over the period in
   * words (`recoveryStatusLine`), from `status` and nothing else.
   */
  recovery: string | null;
  /** The derived facts behind `recovery`; null for a partner not in recovery or without substance-use details. */
  status: ReportRecoveryStatus | null;
}

/** One rating area on the first page: intake rating, latest rating and the change, per partner. */
export interface ReportAreaChange {
  label: string;
  intake: { A: number | null; B: number | null };
  latest: { A: number | null; B: number | null };
  /** latest - intake; null when either is missing. */
  change: { A: number | null; B: number | null };
}

/** The first page every recipient gets: where the couple started, where they are, what comes next. */
export interface ReportSummary {
  areas: ReportAreaChange[];
  /** The plain-language paragraph: the clinician's edited text, or the draft when they left it as drafted. */
  paragraph: string;
  /** The paragraph as drafted from the data (what the dialog offers to edit). */
  draft: string;
  next: {
    reviewDate: string | null;
    /** "1 session a week". */
    frequency: string | null;
    /** Weeks left by the plan's revised estimate: the midpoint and its range. */
    weeksRemaining: { estimate: number; min: number; max: number } | null;
    /** Homework assigned and not yet reviewed as of the period's end. */
    homework: { title: string; who: string; dueDate: string }[];
  };
}

export type MilestoneRowStatus = 'met' | 'notMet' | 'notMeasured';

/** A milestone row of the compact table: whose it is, where it stands, and its trend. */
export interface ReportMilestoneRow {
  /** The partner named ("Alex Example", "Both"). */
  partner: string;
  description: string;
  baseline: number | null;
  latest: DatedValue | null;
  target: number | null;
  /** "Met" only when the latest value holds the target (not when it once reached it). */
  status: MilestoneRowStatus;
  /** From 3 or more measurements only; `insufficient` otherwise. */
  trend: TrendDirection;
  stalled: boolean;
}

export interface ReportMilestoneGroup {
  goal: string;
  /** Milestones with at least one measurement. */
  rows: ReportMilestoneRow[];
  /** Milestones with none, counted in one line rather than a row of dashes each. */
  unmeasured: number;
}

/** A line of outside-recipient details: "Date of birth", "Alex Example: Feb 3, 1985". */
export interface ReportDetail {
  label: string;
  value: string;
}

export type GoalStatus = 'met' | 'progressing' | 'stalled' | 'notMeasured';

export const goalStatusLabels: Record<GoalStatus, string> = {
  met: 'Met',
  progressing: 'In progress',
  stalled: 'Stalled',
  notMeasured: 'Not yet measured',
};

export interface ReportGoal {
  area: string;
  description: string;
  status: GoalStatus;
  /** One line on why: "2 of 3 milestones at target", "No improvement over the last 3 measurements". */
  detail: string;
}

export interface ReportMilestone {
  goal: string;
  description: string;
  baseline: number | null;
  /** Latest measurement on or before the end of the period. */
  latest: DatedValue | null;
  target: number | null;
  /** 0-1 toward the target; null when it cannot be said. */
  progress: number | null;
  trend: TrendDirection;
  stalled: boolean;
}

export interface ReportChart {
  /** "Trust", "Emotional intimacy"... */
  label: string;
  /** Both partners on one axis (0-10), points within the period only. */
  series: { A: DatedValue[]; B: DatedValue[] };
  target: { A: number | null; B: number | null };
  /** Within the period; relapse markers only with substance-use details included. */
  markers: ChartMarker[];
}

export interface ReportAttendance {
  /**
   * Sessions due (`wasDue`): held, no-show, or a partner's late cancellation. Bookings and
   * excused cancellations do not count against the couple.
   */
  due: number;
  attended: number;
  /** Due but not attended by every expected partner: no-shows, late cancellations, sessions a partner missed. */
  missed: number;
  /** attended / due; null with none due. */
  rate: number | null;
  byMonth: { month: string; due: number; attended: number; rate: number | null }[];
}

export interface ReportCalendarMonth {
  month: string;
  daysRecorded: number;
  trustDiscussionRate: number | null;
  /** Null unless substance-use details are included (and the partner recorded any). */
  /** Abstinent days of the days with a known answer (`unknown` days left out); null without use details. */
  abstinenceRate: { A: number | null; B: number | null } | null;
  /** Days marked `unknown`, counted apart from the rate; null without use details. */
  abstinenceUnknown: { A: number; B: number } | null;
  /** Null unless substance-use details are included: meetings reveal recovery. */
  supportMeetings: number | null;
  /** Null unless substance-use details are included. */
  screens: { taken: number; positive: number } | null;
}

/** A questionnaire score as the table prints it: when, the total, and its published severity band. */
export interface ReportQuestionnaireScore {
  date: string;
  total: number;
  /** Null where the instrument publishes no bands (PCL-5, AUDIT-C). */
  band: string | null;
}

/**
 * The change from the first score to the latest, as `questionnaireTrajectories` classifies it;
 * `oneScore` while there is only one score (nothing has changed or stayed the same yet).
 */
export type ReportQuestionnaireChange =
  | 'reliableImprovement'
  | 'reliableDeterioration'
  | 'noReliableChange'
  | 'noPublishedThreshold'
  | 'oneScore';

export const questionnaireChangeLabels: Record<ReportQuestionnaireChange, string> = {
  reliableImprovement: 'Reliable improvement',
  reliableDeterioration: 'Reliable deterioration',
  noReliableChange: 'No reliable change',
  noPublishedThreshold: 'No published threshold',
  oneScore: 'One score only',
};

/** Where the latest score stands against the caseness cut-off, and where it moved from the first. */
export type ReportCaseness = 'atOrAbove' | 'below' | 'noLongerAtOrAbove' | 'newlyAtOrAbove';

export const casenessLabels: Record<ReportCaseness, string> = {
  atOrAbove: 'At or above the cut-off',
  below: 'Below the cut-off',
  noLongerAtOrAbove: 'No longer at or above the cut-off',
  newlyAtOrAbove: 'Newly at or above the cut-off',
};

/** Who gave the latest score: a reader weighs a private self-report and a clinician's entry differently. */
export type ReportResponseMode = 'privateSelfReport' | 'clinicianEntered';

export const reportResponseModeLabels: Record<ReportResponseMode, string> = {
  privateSelfReport: 'Answered privately by the partner',
  clinicianEntered: 'Entered by the clinician',
};

/** One instrument for one partner: first score, latest as of the period's end, and the change. */
export interface ReportQuestionnaireRow {
  instrument: InstrumentId;
  /** "PHQ-9". */
  shortName: string;
  /** The partner as the report names them (full name or initials). */
  partner: string;
  first: ReportQuestionnaireScore;
  latest: ReportQuestionnaireScore & { mode: ReportResponseMode };
  change: ReportQuestionnaireChange;
  /** latest - first; null with one score. */
  difference: number | null;
  caseness: ReportCaseness;
  /** The cut-off the caseness was judged against (at or above it is a case). */
  cutOff: number;
}

/**
 * The validated questionnaires section: the table, and under it what a reader needs to check
 * it, each instrument's reliable-change threshold and cut-off with their sources and the
 * attribution the instrument requires. Never an item's answer (PHQ-9 item 9 included).
 */
export interface ReportQuestionnaires {
  /** In the registry's order of instruments, partner A before B. Empty: the section says so. */
  rows: ReportQuestionnaireRow[];
  /** One line per instrument in the rows: the threshold and cut-off used, with their sources. */
  basis: { shortName: string; text: string }[];
  /** The required attributions of the instruments in the rows, each distinct text once. */
  attributions: { shortNames: string[]; text: string }[];
  /** AUDIT-C rows are substance-use information (42 CFR part 2): their page carries the marking. */
  showsSubstanceUse: boolean;
}

export interface ProgressReportModel {
  title: string;
  /** The couple as identified on the report: display name, or the partners' initials. */
  coupleLabel: string;
  partners: { A: ReportPartner; B: ReportPartner };
  recipient: { kind: ReportRecipient; label: string; name: string | null };
  period: { from: string; to: string };
  /** The date the report was generated (the signature date). */
  generatedOn: string;
  /** Which sections were chosen; a chosen section with nothing to show prints a plain sentence. */
  sections: Record<ReportSection, boolean>;
  attendance: ReportAttendance | null;
  goals: ReportGoal[] | null;
  milestones: ReportMilestone[] | null;
  /** The compact milestone table the PDF prints: grouped by goal. Null with the section off. */
  milestoneGroups: ReportMilestoneGroup[] | null;
  /** The first page's start, now and next; every recipient gets it. */
  summary: ReportSummary | null;
  /** Outside-recipient details as the options switch them on (identifiers, dates, diagnosis...). */
  details: ReportDetail[];
  /** The short lapse/relapse statements (one per partner in recovery); null when switched off or without use details. */
  lapseStatements: string[] | null;
  charts: ReportChart[] | null;
  calendar: ReportCalendarMonth[] | null;
  /** The validated questionnaires table; null with the section off. */
  questionnaires: ReportQuestionnaires | null;
  narrative: string | null;
  recommendations: string | null;
  /** The 42 CFR Part 2 notice: present exactly when substance-use details are included. */
  redisclosureNotice: string | null;
}
