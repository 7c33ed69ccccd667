import { coupleStatuses, severities } from '@shared/domain/couple';
import { z } from 'zod';
import { idSchema, optionalIsoDate, optionalText, requiredText } from './fields';

const PHONE = /^[+()\d][\d\s().-]{4,29}$/;

export const partnerInputSchema = z.object({
  firstName: requiredText(100, 'First name'),
  lastName: requiredText(100, 'Last name'),
  preferredName: optionalText(100, 'Preferred name'),
  pronouns: optionalText(40, 'Pronouns'),
  dateOfBirth: optionalIsoDate('Date of birth'),
  phone: optionalText(30, 'Phone').refine(
    (value) => value === null || PHONE.test(value),
    'Phone may contain digits, spaces, +, ( ), - and . only',
  ),
  email: optionalText(254, 'Email').refine(
    (value) => value === null || z.email().safeParse(value).success,
    'Enter an email address like name@example.org',
  ),
  inRecovery: z.boolean({ error: 'Say whether this partner is in recovery' }),
  substances: z
    .array(z.string().trim().min(1).max(60, 'Each substance must be at most 60 characters'))
    .max(20, 'List at most 20 substances')
    .default([]),
  severity: z.enum(severities, { error: 'Choose mild, moderate or severe' }).nullable().default(null),
  yearsOfUse: z
    .number({ error: 'Years of use must be a number' })
    .min(0, 'Years of use cannot be negative')
    .max(80, 'Years of use must be at most 80')
    .nullable()
    .default(null),
  sobrietyDate: optionalIsoDate('Sobriety date'),
});

export type PartnerInput = z.input<typeof partnerInputSchema>;
export type PartnerFields = z.output<typeof partnerInputSchema>;

export const coupleInputSchema = z.object({
  displayName: requiredText(120, 'A display name'),
  status: z.enum(coupleStatuses, { error: 'Choose a status' }),
  referralSource: optionalText(200, 'Referral source'),
  startDate: optionalIsoDate('Start date'),
  partnerA: partnerInputSchema,
  partnerB: partnerInputSchema,
});

export type CoupleInput = z.input<typeof coupleInputSchema>;
export type CoupleFields = z.output<typeof coupleInputSchema>;

const partnerSchema = partnerInputSchema.extend({
  id: idSchema,
  position: z.enum(['A', 'B']),
  substances: z.array(z.string()),
  severity: z.enum(severities).nullable(),
  yearsOfUse: z.number().nullable(),
});
export type Partner = z.output<typeof partnerSchema>;

export const coupleSchema = z.object({
  id: idSchema,
  displayName: z.string(),
  status: z.enum(coupleStatuses),
  referralSource: z.string().nullable(),
  startDate: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  archivedAt: z.string().nullable(),
  /** Unresolved safety flags: shown on the couple everywhere until addressed. */
  openSafetyFlags: z.number().int().min(0),
  partnerA: partnerSchema,
  partnerB: partnerSchema,
});
export type Couple = z.output<typeof coupleSchema>;

export const coupleSummarySchema = z.object({
  id: idSchema,
  displayName: z.string(),
  status: z.enum(coupleStatuses),
  startDate: z.string().nullable(),
  updatedAt: z.string(),
  openSafetyFlags: z.number().int().min(0),
  partnerNames: z.tuple([z.string(), z.string()]),
});
export type CoupleSummary = z.output<typeof coupleSummarySchema>;

/** `open` means every status but archived: the default view of a caseload. */
export const coupleStatusFilterSchema = z.enum([...coupleStatuses, 'open', 'all']);
export type CoupleStatusFilter = z.infer<typeof coupleStatusFilterSchema>;

export const couplesContract = {
  'couples:create': {
    input: coupleInputSchema.strict(),
    output: coupleSchema,
  },
  'couples:list': {
    input: z
      .object({
        query: z.string().trim().max(200, 'Search at most 200 characters').optional(),
        status: coupleStatusFilterSchema.default('open'),
        limit: z.number().int().min(1).max(10_000).default(200),
      })
      .strict(),
    output: z.object({ items: z.array(coupleSummarySchema), total: z.number().int() }),
  },
  'couples:get': {
    input: z.object({ id: idSchema }).strict(),
    output: coupleSchema,
  },
  'couples:update': {
    input: coupleInputSchema.extend({ id: idSchema }).strict(),
    output: coupleSchema,
  },
  'couples:archive': {
    input: z.object({ id: idSchema }).strict(),
    output: coupleSchema,
  },
} as const;
