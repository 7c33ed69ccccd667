/**
 * Validated measures: instrument definitions with their published wording and numbers,
 * scoring, reliable change and caseness, and the per-couple schedule. Pure: no I/O, no clock.
 */
export * from './change';
export { auditC } from './instruments/audit-c';
export { gad7 } from './instruments/gad7';
export { pcl5 } from './instruments/pcl5';
export { phq9 } from './instruments/phq9';
export * from './registry';
export * from './schedule';
export * from './scoring';
export * from './types';
