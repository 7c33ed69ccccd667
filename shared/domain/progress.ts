/**
 * Progress logic for milestones, measurements and the recovery calendar: progress from
 * baseline toward target, the recent trend, stalls, partner discrepancies, attendance and
 * homework consistency, streaks and adherence, a revised timeline, and chart series that the
 * screen and the PDF report share. Pure functions: no clock (pass `today`), no I/O.
 */
export * from '@shared/domain/progress/calendar';
export * from '@shared/domain/progress/chart-series';
export * from '@shared/domain/progress/consistency';
export * from '@shared/domain/progress/discrepancy';
export * from '@shared/domain/progress/progress-toward';
export * from '@shared/domain/progress/stall';
export * from '@shared/domain/progress/timeline';
export * from '@shared/domain/progress/trend';
export * from '@shared/domain/progress/values';
