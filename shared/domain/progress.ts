/**
 * Progress logic for milestones, measurements and the recovery calendar: progress from
 * baseline toward target, the recent trend, stalls, partner discrepancies, attendance and
 * homework consistency, streaks and adherence, a revised timeline, and chart series that the
 * screen and the PDF report share. Pure functions: no clock (pass `today`), no I/O.
 */
export * from './progress/calendar';
export * from './progress/chart-series';
export * from './progress/consistency';
export * from './progress/discrepancy';
export * from './progress/progress-toward';
export * from './progress/stall';
export * from './progress/timeline';
export * from './progress/trend';
export * from './progress/values';
