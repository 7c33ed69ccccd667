import { z } from 'zod';
import { optionalText } from './fields';

/** Non-clinical preferences (never PHI): kept outside the encrypted database. */
export const AUTO_LOCK_DEFAULT_MINUTES = 10;

/** The practice's letterhead on every printed document. Practice details, never PHI. */
export const letterheadSchema = z.object({
  practiceName: optionalText(120, 'The practice name'),
  /** Several lines are kept as written. */
  address: optionalText(300, 'The address'),
  phone: optionalText(40, 'The phone number'),
  clinicianName: optionalText(120, 'The clinician name'),
  credentials: optionalText(80, 'The credentials'),
  licenceNumber: optionalText(60, 'The license number'),
});
export type Letterhead = z.output<typeof letterheadSchema>;
export const emptyLetterhead: Letterhead = {
  practiceName: null,
  address: null,
  phone: null,
  clinicianName: null,
  credentials: null,
  licenceNumber: null,
};

export const preferencesSchema = z.object({
  autoLockMinutes: z
    .number({ error: 'Auto-lock must be a number of minutes' })
    .int('Auto-lock must be a whole number of minutes')
    .min(1, 'Auto-lock must be at least 1 minute')
    .max(240, 'Auto-lock must be at most 240 minutes'),
  letterhead: letterheadSchema,
  /** Suggested file names carry the couple's initials (off by default: names travel further than files). */
  initialsInFileNames: z.boolean({ error: 'Choose whether file names carry initials' }),
});
export type Preferences = z.infer<typeof preferencesSchema>;

/**
 * Whether the shell can tell when the computer's screen locks (macOS and Windows report it;
 * on Linux it is logind's session, where there is one). When it cannot, the idle lock is
 * the only safeguard, and Settings says so.
 */
export const screenLockWatchSchema = z.object({
  state: z.enum(['watched', 'checking', 'unavailable']),
  /** Why the lock cannot be seen, in plain words; null unless `unavailable`. */
  reason: z.string().max(300).nullable(),
});
export type ScreenLockWatch = z.infer<typeof screenLockWatchSchema>;

export const settingsContract = {
  'settings:get': {
    input: z.object({}).strict(),
    output: preferencesSchema,
  },
  'settings:update': {
    input: preferencesSchema.partial().strict(),
    output: preferencesSchema,
  },
  'settings:screenLock': {
    input: z.object({}).strict(),
    output: screenLockWatchSchema,
  },
} as const;
