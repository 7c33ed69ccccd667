import { z } from 'zod';
import { isIsoDate } from '../domain/dates';

/**
 * Reusable field schemas. Forms send empty strings for blank optional fields; these turn
 * them into `null` so the database never stores '' for "not recorded".
 */
export function optionalText(max: number, label: string) {
  return z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters`)
    .nullable()
    .optional()
    .transform((value) => (value ? value : null));
}

export function requiredText(max: number, label: string) {
  return z
    .string({ error: `Enter ${label.toLowerCase()}` })
    .trim()
    .min(1, `Enter ${label.toLowerCase()}`)
    .max(max, `${label} must be at most ${max} characters`);
}

/** An optional calendar date as `YYYY-MM-DD`. */
export function optionalIsoDate(label: string) {
  return z
    .string()
    .trim()
    .nullable()
    .optional()
    .transform((value) => (value ? value : null))
    .refine((value) => value === null || isIsoDate(value), `${label} must be a real date (YYYY-MM-DD)`);
}

export const idSchema = z.string().uuid('Not a valid record id');
