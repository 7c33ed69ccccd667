import { z } from 'zod';
import { idSchema } from './fields';

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

/** Full-text search over notes, addenda, process notes (when asked) and couples. */
export const searchContract = {
  'search:query': {
    input: z
      .object({
        query: z
          .string()
          .trim()
          .min(1, 'Type something to search for')
          .max(200)
          // A pasted NUL or other control character cannot be typed and would reach the
          // full-text index as a character it cannot tokenize; refuse it by name instead.
          .refine((value) => !/\p{Cc}/u.test(value), 'Search text cannot contain control characters'),
        includeProcessNotes: z.boolean().default(false),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    output: z.object({ items: z.array(searchResultSchema) }),
  },
} as const;
