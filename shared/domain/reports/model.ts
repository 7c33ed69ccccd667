/**
 * A progress report as data: everything the PDF prints, already filtered by the clinician's
 * options (period, identifiers, substance use, sections). The PDF renderer only lays it out,
 * so every rule about what a recipient may see lives here, in pure code, and is tested here.
 */
import type { ChartMarker } from '../dashboard/types';
import type { TrendDirection } from '../progress/trend';
import type { DatedValue } from '../progress/values';
import type { ReportRecipient, ReportSection } from './options';

/** How a partner is named throughout the report: full name, or initials only. */
export interface ReportPartner {
  position: 'A' | 'B';
  /** "Alex Example" or "A. E." as the options say. */
  name: string;
  /** Only with substance-use details included: "In recovery (alcohol), severity moderate, sober since Feb 1, 2026". */
  recovery: string | null;
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
  abstinenceRate: { A: number | null; B: number | null } | null;
  /** Null unless substance-use details are included: meetings reveal recovery. */
  supportMeetings: number | null;
  /** Null unless substance-use details are included. */
  screens: { taken: number; positive: number } | null;
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
  charts: ReportChart[] | null;
  calendar: ReportCalendarMonth[] | null;
  narrative: string | null;
  recommendations: string | null;
  /** The 42 CFR Part 2 notice: present exactly when substance-use details are included. */
  redisclosureNotice: string | null;
}
