import { z } from 'zod';

/** Non-clinical preferences (never PHI): kept outside the encrypted database. */
export const AUTO_LOCK_DEFAULT_MINUTES = 10;

export const preferencesSchema = z.object({
  autoLockMinutes: z
    .number({ error: 'Auto-lock must be a number of minutes' })
    .int('Auto-lock must be a whole number of minutes')
    .min(1, 'Auto-lock must be at least 1 minute')
    .max(240, 'Auto-lock must be at most 240 minutes'),
});
export type Preferences = z.infer<typeof preferencesSchema>;

export const settingsContract = {
  'settings:get': {
    input: z.object({}).strict(),
    output: preferencesSchema,
  },
  'settings:update': {
    input: preferencesSchema.partial().strict(),
    output: preferencesSchema,
  },
} as const;
