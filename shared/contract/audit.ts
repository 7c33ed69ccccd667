import { auditActions } from '@shared/domain/audit';
import { z } from 'zod';
import { idSchema, optionalIsoDate } from './fields';

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.enum(auditActions),
  entity: z.string().nullable(),
  entityId: z.string().nullable(),
  coupleId: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
});

/** The append-only audit log: who did what, when, to which record. */
export const auditContract = {
  'audit:list': {
    input: z
      .object({
        coupleId: idSchema.optional(),
        action: z.enum(auditActions).optional(),
        from: optionalIsoDate('From'),
        to: optionalIsoDate('To'),
        limit: z.number().int().min(1).max(2000).default(500),
      })
      .strict(),
    output: z.object({ items: z.array(auditEntrySchema) }),
  },
} as const;
