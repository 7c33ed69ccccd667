import type { Dashboard } from '@shared/domain/dashboard';

/** What the dashboard has to show, to choose between the empty states and the charts. */
export interface DashboardContent {
  /** A signed plan is active (the core gives a timeline only then). */
  hasPlan: boolean;
  hasRatings: boolean;
  hasMeasurements: boolean;
  hasCalendar: boolean;
  hasAttendance: boolean;
  /** Nothing at all to draw. */
  isEmpty: boolean;
}

export function dashboardContent(d: Dashboard): DashboardContent {
  const hasPlan = d.timeline !== null;
  const hasRatings = d.areas.some((a) => a.series.A.length > 0 || a.series.B.length > 0);
  const hasMeasurements = d.milestones.some((m) => m.measurements > 0);
  const hasCalendar = d.heatmap.length > 0;
  const hasAttendance = d.attendance.length > 0;
  return {
    hasPlan,
    hasRatings,
    hasMeasurements,
    hasCalendar,
    hasAttendance,
    isEmpty: !hasPlan && !hasRatings && !hasMeasurements && !hasCalendar && !hasAttendance,
  };
}
