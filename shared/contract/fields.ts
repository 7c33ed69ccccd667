import { isIsoDate } from '@shared/domain/dates';
import { z } from 'zod';

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

/** A required calendar date as `YYYY-MM-DD`. */
export function requiredIsoDate(label: string) {
  return z
    .string({ error: `Enter ${label.toLowerCase()}` })
    .refine(isIsoDate, `${label} must be a real date (YYYY-MM-DD)`);
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

/** The clinician's name as it appears on a signature (notes, addenda, plans). */
export const clinicianNameSchema = z
  .string({ error: 'Enter your name as it should appear on the signature' })
  .trim()
  .min(2, 'Enter your name as it should appear on the signature')
  .max(200);

/** Signing a record: who signs, and the attestation ticked. */
export const signRequestSchema = z
  .object({
    id: idSchema,
    signedBy: clinicianNameSchema,
    attest: z.literal(true, { error: 'Tick the attestation to sign' }),
  })
  .strict();
