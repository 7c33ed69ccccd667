import { disclosureScopes } from '@shared/domain/consent';
import { isIsoDate } from '@shared/domain/dates';
import { reportRecipients } from '@shared/domain/reports/options';
import { z } from 'zod';
import { idSchema, optionalText, requiredText } from './fields';

/**
 * 42 CFR Part 2 consents, one partner each: to whom (the same kinds of recipient a report
 * goes to), for what purpose, what may be disclosed, signed when, until when (a date or an
 * event), and when revoked. Reports, notes and plans printed for a recipient check them
 * (`shared/domain/consent.ts`).
 */

const isoDate = (label: string) =>
  z
    .string({ error: `Enter ${label.toLowerCase()}` })
    .trim()
    .min(1, `Enter ${label.toLowerCase()}`)
    .refine(isIsoDate, `${label} must be a real date (YYYY-MM-DD)`);

export const consentSchema = z.object({
  id: idSchema,
  coupleId: idSchema,
  partner: z.enum(['A', 'B']),
  recipientKind: z.enum(reportRecipients),
  recipientName: z.string().nullable(),
  purpose: z.string(),
  scope: z.array(z.enum(disclosureScopes)),
  signedOn: z.string(),
  expiresOn: z.string().nullable(),
  expiryEvent: z.string().nullable(),
  revokedOn: z.string().nullable(),
  createdAt: z.string(),
});
export type Consent = z.infer<typeof consentSchema>;

export const recordConsentSchema = z
  .object({
    coupleId: idSchema,
    partner: z.enum(['A', 'B'], { error: 'Choose whose consent this is' }),
    recipientKind: z.enum(reportRecipients, { error: 'Choose who may receive the information' }),
    /** Required for every recipient but the couple: 42 CFR 2.31 asks for the recipient's name. */
    recipientName: optionalText(200, 'The recipient’s name'),
    purpose: requiredText(500, 'The purpose'),
    scope: z
      .array(z.enum(disclosureScopes), { error: 'Choose what may be disclosed' })
      .min(1, 'Choose at least one kind of information that may be disclosed')
      .transform((scope) => disclosureScopes.filter((s) => scope.includes(s))),
    signedOn: isoDate('The date signed'),
    /** The last day it is valid; or leave it empty and describe the ending event. */
    expiresOn: optionalText(10, 'The expiry date').refine(
      (value) => value === null || isIsoDate(value),
      'The expiry date must be a real date (YYYY-MM-DD)',
    ),
    expiryEvent: optionalText(200, 'The ending event'),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.recipientKind !== 'couple' && input.recipientName === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['recipientName'],
        message: 'Enter the recipient’s name as the consent form gives it',
      });
    }
    if (input.expiresOn === null && input.expiryEvent === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['expiresOn'],
        message: 'Enter when the consent expires: a date, or the event that ends it',
      });
    }
    if (input.expiresOn !== null && input.expiryEvent !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['expiryEvent'],
        message: 'Give either an expiry date or an ending event, not both',
      });
    }
    if (input.expiresOn !== null && input.expiresOn <= input.signedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['expiresOn'],
        message: 'The expiry date must be after the date signed',
      });
    }
  });
export type RecordConsentInput = z.input<typeof recordConsentSchema>;

export const revokeConsentSchema = z
  .object({
    id: idSchema,
    revokedOn: isoDate('The date revoked'),
  })
  .strict();

export const consentsContract = {
  /** Records a signed consent (the date signed and the revocation may not be in the future). */
  'consents:record': { input: recordConsentSchema, output: consentSchema },
  /** Records that the partner revoked the consent on a date (not before it was signed). */
  'consents:revoke': { input: revokeConsentSchema, output: consentSchema },
  /** The couple's consents, both partners, newest signed first (revoked and expired included). */
  'consents:list': {
    input: z.object({ coupleId: idSchema }).strict(),
    output: z.object({ items: z.array(consentSchema) }),
  },
} as const;
