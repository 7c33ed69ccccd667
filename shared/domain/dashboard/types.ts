import type { RatingArea } from '@shared/domain/assessment';
import type { AttendanceRecord } from '@shared/domain/attendance';
import type { HomeworkOutcome } from '@shared/domain/homework';
import type { PlanDocument } from '@shared/domain/plan/document';
import type { MeasureScale, MilestoneSource } from '@shared/domain/plan/measure';
import type { MilestoneMethod, PartnerKey } from '@shared/domain/plan-engine/types';
import type {
  DatedValue,
  MonthAdherence,
  RecoveryDay,
  RevisedTimeline,
  Streaks,
  TrendDirection,
} from '@shared/domain/progress';
import type { Consistency } from '@shared/domain/progress/consistency';
import type { MilestoneRecord } from '@shared/domain/progress/milestone-series';
import type { Win } from '@shared/domain/workspace/wins';

type Ratings = Record<RatingArea, number>;

/** One measurement as the charts and progress rules need it. */
export interface MeasurementPoint {
  milestoneKey: string;
  source: MilestoneMethod;
  measuredOn: string;
  value: number;
}

/** What the dashboard is drawn from: the couple's record as the core stores it. */
export interface DashboardInput {
  today: string;
  /** Oldest first. The first is the baseline; each adds a point to the area charts. */
  assessments: { assessedOn: string; ratings: { A: Ratings; B: Ratings } }[];
  sessions: (AttendanceRecord & {
    id: string;
    date: string;
    checkIn: { A: Ratings | null; B: Ratings | null };
  })[];
  /** The active plan, or null before one is signed. */
  plan: { document: PlanDocument; signedAt: string } | null;
  /** Dates on which a plan version was signed (plan changes). */
  planSignings: string[];
  measurements: MeasurementPoint[];
  calendar: RecoveryDay[];
  events: { occurredOn: string; kind: string; partner: 'A' | 'B' | null }[];
  openSafetyFlags: number;
  /** The couple's homework assignments and how each was reviewed. */
  homework: (HomeworkOutcome & { title: string })[];
  /** How the couple is addressed, for the wins worded for them; "Partner A/B" when absent. */
  names?: Record<PartnerKey, string> | undefined;
  /** Most points a chart series keeps (downsampled beyond that). */
  maxPoints: number;
  /**
   * What milestones are judged from, when it differs from the rest of the input: a report cuts
   * its charts to the period but judges milestones on their whole history up to the period's end.
   */
  milestoneRecord?: MilestoneRecord | undefined;
}

export interface AreaChart {
  area: RatingArea;
  label: string;
  /** Each partner's ratings of this area over time: assessments and session check-ins. */
  series: { A: DatedValue[]; B: DatedValue[] };
  /** The plan's target for each partner in this area, when an objective sets one. */
  target: { A: number | null; B: number | null };
  /** Dates where the two partners' ratings differed by 3 or more (0-10 scale). */
  discrepancies: { date: string; A: number; B: number }[];
  /** The most recent pair of ratings is 3 or more apart. */
  discrepancyNow: boolean;
}

export interface ChartMarker {
  date: string;
  kind: 'relapse' | 'planChange' | 'missedSession';
  label: string;
}

export interface RadarPoint {
  area: RatingArea;
  label: string;
  baseline: { A: number | null; B: number | null };
  latest: { A: number | null; B: number | null };
}

export interface MilestoneProgress {
  key: string;
  description: string;
  goal: string;
  method: MilestoneMethod;
  baseline: number | null;
  target: number | null;
  dueDate: string;
  /** What the values are on, and where they come from (as stored, or inferred for older plans). */
  scale: MeasureScale;
  source: MilestoneSource;
  /** The source in plain words: "Partner A's check-in ratings in sessions and assessments". */
  sourceLabel: string;
  /** Values come from check-ins or the calendar: nothing needs entering. */
  derived: boolean;
  /** How many values the series holds in all: derived and entered. */
  measurements: number;
  /** How many came from the source (derived values; for an entered source, the entries). */
  fromSource: number;
  /** How many were entered by hand (for a derived source, entries beside it). */
  entered: number;
  /** Entered values outside the scale, kept as recorded and listed for the clinician. */
  outOfRange: DatedValue[];
  latest: DatedValue | null;
  /** The first date a value reached the target; null when none has (or without baseline and target). */
  reachedOn: string | null;
  /** 0-1 toward the target; null without a baseline, target or measurement. */
  progress: number | null;
  trend: TrendDirection;
  trendSummary: string;
  stalled: boolean;
  stallReason: string | null;
  /** For the milestone chart: measurements over time, downsampled. */
  series: DatedValue[];
}

export interface MonthAttendance {
  month: string;
  due: number;
  attended: number;
  rate: number | null;
}

export interface HeatmapDay {
  date: string;
  /** Worst abstinence mark of the day across partners in recovery; null when none was recorded. */
  abstinence: 'yes' | 'no' | 'unknown' | null;
  trustDiscussion: boolean | null;
}

export interface Dashboard {
  areas: AreaChart[];
  markers: ChartMarker[];
  radar: RadarPoint[];
  milestones: MilestoneProgress[];
  attendance: MonthAttendance[];
  adherence: MonthAdherence[];
  heatmap: HeatmapDay[];
  streaks: Streaks;
  /** Weeks left by the plan's estimate, revised by progress, stalls and attendance; null without a plan. */
  timeline: RevisedTimeline | null;
  /**
   * Attendance over every session due, and homework consistency over every assignment
   * reviewed or past due (`homeworkRecords`): a partly done one counts half toward the rate.
   */
  consistency: Consistency;
  /** Wins since the last session held before today, worded for the couple (`sessionWins`). */
  wins: Win[];
  /** Shown to the clinician only; the shareable view hides them. */
  flags: { openSafetyFlags: number; discrepancies: number; stalledMilestones: number };
}
