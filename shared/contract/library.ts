import { libraryEntrySchema } from '@shared/domain/library';
import { z } from 'zod';

export const libraryItemSchema = z.object({
  entry: libraryEntrySchema,
  /** Shipped with Rekindle, or written by the clinician. */
  origin: z.enum(['seed', 'clinician']),
  /** A shipped entry the clinician changed: later seed updates leave it alone. */
  edited: z.boolean(),
  updatedAt: z.string(),
});
export type LibraryItem = z.infer<typeof libraryItemSchema>;

export const libraryContract = {
  'library:list': {
    input: z.object({}).strict(),
    output: z.object({ items: z.array(libraryItemSchema) }),
  },
  'library:create': {
    input: z.object({ entry: libraryEntrySchema }).strict(),
    output: libraryItemSchema,
  },
  'library:update': {
    input: z.object({ entry: libraryEntrySchema }).strict(),
    output: libraryItemSchema,
  },
} as const;
