import { z } from 'zod';
import { idSchema } from './fields';

/** What raised a flag: an assessment's screen, a note's risk review, or a questionnaire's risk item. */
export const safetyFlagSources = ['assessment', 'note', 'questionnaire'] as const;

export const safetyFlagSchema = z.object({
  id: idSchema,
  coupleId: idSchema,
  raisedAt: z.string(),
  source: z.enum(safetyFlagSources),
  sourceId: idSchema,
  /** Which screen items or risk flags were positive, as ids (no free text). */
  reasons: z.array(z.string()),
  resolvedAt: z.string().nullable(),
  resolution: z.string().nullable(),
});
export type SafetyFlag = z.infer<typeof safetyFlagSchema>;

/**
 * Safety flags: raised by a positive assessment screen or a note's risk review, open until the
 * clinician records how the concern was addressed. An open flag blocks every joint exercise.
 */
export const safetyContract = {
  'safety:list': {
    input: z.object({ coupleId: idSchema.optional(), openOnly: z.boolean().default(true) }).strict(),
    output: z.object({ items: z.array(safetyFlagSchema) }),
  },
  'safety:resolve': {
    input: z
      .object({
        id: idSchema,
        resolution: z
          .string()
          .trim()
          .min(10, 'Describe how the safety concern was addressed (at least 10 characters)')
          .max(4000),
      })
      .strict(),
    output: safetyFlagSchema,
  },
} as const;
