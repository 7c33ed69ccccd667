/**
 * Validated measures: instrument definitions with their published wording and numbers,
 * scoring, reliable change and caseness, and the per-couple schedule. Pure: no I/O, no clock.
 */

export { auditC } from '@shared/domain/questionnaires/instruments/audit-c';
export { gad7 } from '@shared/domain/questionnaires/instruments/gad7';
export { pcl5 } from '@shared/domain/questionnaires/instruments/pcl5';
export { phq9 } from '@shared/domain/questionnaires/instruments/phq9';
export * from './change';
export * from './registry';
export * from './schedule';
export * from './scoring';
export * from './trajectories';
export * from './types';
