import { z } from 'zod';

/**
 * Which practice the app has open: the clinician's own (the real vault) or the demo
 * practice, a separate vault of fictional couples in its own data folder. These channels
 * are answered by the practice host around the core, locked or not: choosing the demo is
 * possible before any vault exists.
 */

export const practiceKinds = ['real', 'demo'] as const;
export type PracticeKind = (typeof practiceKinds)[number];

/** A demo practice being built in the background (or that failed to build). */
export const demoBuildSchema = z.object({
  state: z.enum(['building', 'failed']),
  /** 0 to 1: how much of the practice's history has been written. */
  progress: z.number().min(0).max(1),
  /** How many fictional couples it will hold. */
  couples: z.number().int().min(1),
  /** Why it failed (no clinical data: the demo is fictional); null while building. */
  message: z.string().nullable(),
});
export type DemoBuild = z.output<typeof demoBuildSchema>;

export const practiceStatusSchema = z.object({
  practice: z.enum(practiceKinds),
  /** The demo vault's passphrase, shown on its unlock screen; null for the real practice. */
  demoPassphrase: z.string().nullable(),
  /** Set while a demo is built (or after it failed); the real practice stays open meanwhile. */
  demoBuild: demoBuildSchema.nullable(),
});
export type PracticeStatus = z.output<typeof practiceStatusSchema>;

const noInput = z.object({}).strict();

export const practiceContract = {
  'practice:status': { input: noInput, output: practiceStatusSchema },
  /**
   * Starts building a fresh demo practice (the real vault is locked first and never
   * touched); answers at once. Poll `practice:status` for progress: when the build is done,
   * `practice` is `demo` and the demo vault is open.
   */
  'practice:openDemo': { input: noInput, output: practiceStatusSchema },
  /** Closes and discards the demo practice (or stops a build) and goes back to the real one, locked. */
  'practice:leaveDemo': { input: noInput, output: practiceStatusSchema },
} as const;

export function isPracticeChannel(channel: string): channel is keyof typeof practiceContract {
  return Object.hasOwn(practiceContract, channel);
}
