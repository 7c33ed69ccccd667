import { auditActions } from '@shared/domain/audit';
import { isIsoDate } from '@shared/domain/dates';
import { z } from 'zod';
import { idSchema, optionalIsoDate } from './fields';

export const eventKinds = ['relapse', 'disclosure', 'crisis', 'milestone', 'other'] as const;
export const eventKindLabels: Record<(typeof eventKinds)[number], string> = {
  relapse: 'Relapse',
  disclosure: 'Disclosure',
  crisis: 'Crisis',
  milestone: 'Milestone reached',
  other: 'Other event',
};

export const timelineItemSchema = z.object({
  kind: z.enum(['session', 'assessment', 'safetyFlag', 'safetyResolved', 'event', 'planSigned']),
  id: idSchema,
  date: z.string(),
  /** A short label built from record fields (type, kind, outcome), never note text. */
  label: z.string(),
  detail: z.string().nullable(),
  partner: z.enum(['A', 'B']).nullable(),
  flagged: z.boolean(),
});
export type TimelineItem = z.infer<typeof timelineItemSchema>;

/** Snippet text marks matches between these two characters, never with HTML. */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_END = '\u0003';

export const searchResultSchema = z.object({
  kind: z.enum(['note', 'addendum', 'process', 'couple']),
  refId: idSchema,
  coupleId: idSchema,
  /** The note the result opens (for addenda: their note). */
  noteId: idSchema.nullable(),
  title: z.string(),
  snippet: z.string(),
  rank: z.number(),
});
export type SearchResult = z.infer<typeof searchResultSchema>;

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

export const recordContract = {
  'timeline:addEvent': {
    input: z
      .object({
        coupleId: idSchema,
        occurredOn: z.string().refine(isIsoDate, 'The date must be a real date (YYYY-MM-DD)'),
        kind: z.enum(eventKinds, { error: 'Choose what happened' }),
        partner: z.enum(['A', 'B']).nullable().default(null),
        description: z.string().trim().min(1, 'Describe what happened').max(4000),
      })
      .strict(),
    output: z.object({ id: idSchema }),
  },
  'timeline:get': {
    input: z.object({ coupleId: idSchema }).strict(),
    output: z.object({ items: z.array(timelineItemSchema) }),
  },
  'search:query': {
    input: z
      .object({
        query: z
          .string()
          .trim()
          .min(1, 'Type something to search for')
          .max(200)
          // A pasted NUL or other control character cannot be typed and would reach the
          // full-text index as a character it cannot tokenise; refuse it by name instead.
          .refine((value) => !/\p{Cc}/u.test(value), 'Search text cannot contain control characters'),
        includeProcessNotes: z.boolean().default(false),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    output: z.object({ items: z.array(searchResultSchema) }),
  },
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
