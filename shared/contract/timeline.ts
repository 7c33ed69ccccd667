import { isIsoDate } from '@shared/domain/dates';
import { z } from 'zod';
import { idSchema } from './fields';

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

/** The couple's record in date order, and the events the clinician adds to it by hand. */
export const timelineContract = {
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
} as const;
