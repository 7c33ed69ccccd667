/**
 * Progress logic for milestones, measurements and the recovery calendar: progress from
 * baseline toward target, the recent trend, stalls, partner discrepancies, attendance and
 * homework consistency, streaks and adherence, a revised timeline, and chart series that the
 * screen and the PDF report share. Pure functions: no clock (pass `today`), no I/O.
 */
export * from './calendar';
export * from './chart-series';
export * from './consistency';
export * from './discrepancy';
export * from './progress-toward';
export * from './stall';
export * from './timeline';
export * from './trend';
export * from './values';
