/**
 * The intervention library: exercises a clinician can put in a plan and hand to the couple.
 * The seed content lives in `resources/library/interventions.json`; the plan engine reads
 * entries by id, so ids are stable kebab-case slugs that never change once published.
 */
import { z } from 'zod';

/** The four intimacy types plus the cross-cutting areas every plan touches (docs/DOMAIN.md). */
export const libraryAreas = [
  'emotional',
  'physical',
  'intellectual',
  'experiential',
  'trust',
  'communication',
  'codependency',
  'sexualHealth',
  'triggers',
  'aftercare',
  'safety',
] as const;
export type LibraryArea = (typeof libraryAreas)[number];

export const libraryAreaLabels: Record<LibraryArea, string> = {
  emotional: 'Emotional intimacy',
  physical: 'Physical intimacy',
  intellectual: 'Intellectual intimacy',
  experiential: 'Experiential intimacy',
  trust: 'Trust',
  communication: 'Communication',
  codependency: 'Co-dependency and boundaries',
  sexualHealth: 'Sexual health',
  triggers: 'Relapse and coping with triggers',
  aftercare: 'Aftercare',
  safety: 'Safety',
};

/**
 * Who does the exercise. `eitherPartner` is an individual exercise the plan assigns to
 * partner A, partner B or each of them; `inSession` is done with the therapist.
 */
export const libraryWho = ['both', 'partnerA', 'partnerB', 'inSession', 'eitherPartner'] as const;
export type LibraryWho = (typeof libraryWho)[number];

export const frequencyPeriods = ['day', 'week', 'fortnight', 'month', 'session'] as const;
export const frequencySchema = z.union([
  z.object({
    times: z.number().int().min(1).max(14),
    per: z.enum(frequencyPeriods),
  }),
  z.literal('asNeeded'),
]);
export type Frequency = z.infer<typeof frequencySchema>;

/**
 * How a period reads after a count, in US English: "a week", "every two weeks" (the stored
 * key stays `fortnight`, a word US readers do not use).
 */
export function perPeriod(per: (typeof frequencyPeriods)[number]): string {
  return per === 'fortnight' ? 'every two weeks' : `a ${per}`;
}

export function formatFrequency(frequency: Frequency): string {
  if (frequency === 'asNeeded') return 'as needed';
  const times = frequency.times === 1 ? 'once' : frequency.times === 2 ? 'twice' : `${frequency.times} times`;
  return `${times} ${perPeriod(frequency.per)}`;
}

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use a kebab-case id (lower-case letters, digits and hyphens)')
  .max(80);
const text = (max: number) => z.string().trim().min(1).max(max);

export const libraryEntrySchema = z
  .object({
    id: slug,
    name: text(120),
    areas: z.array(z.enum(libraryAreas)).min(1, 'Choose at least one area'),
    purpose: text(600),
    /** Ordered instructions for the couple: plain language, second person. */
    steps: z.array(text(600)).min(2, 'Give at least two steps'),
    who: z.enum(libraryWho),
    frequency: frequencySchema,
    /** Rung on the touch-reintroduction ladder (1 holding hands, 2 hugging, 3 gentle touch, 4+ consent-based); null off the ladder. */
    stage: z.number().int().min(1).max(12).nullable(),
    involvesTouch: z.boolean(),
    /** Needs both partners together (at home or in session). */
    conjoint: z.boolean(),
    /** Works through conflict or past hurts. */
    involvesConflict: z.boolean(),
    /** Usually takes place where alcohol is served or central (bars, parties, many restaurants). */
    alcoholSetting: z.boolean().default(false),
    contraindications: z.array(text(400)),
  })
  .superRefine((entry, ctx) => {
    if (entry.stage !== null && !entry.involvesTouch) {
      ctx.addIssue({ code: 'custom', path: ['stage'], message: 'Only touch exercises sit on the ladder' });
    }
    if (entry.involvesTouch) {
      if (!entry.contraindications.some((c) => /consent/i.test(c))) {
        ctx.addIssue({
          code: 'custom',
          path: ['contraindications'],
          message: 'A touch exercise must state that it needs the consent of both partners',
        });
      }
      if (!entry.contraindications.some((c) => /safety|violence|fear/i.test(c))) {
        ctx.addIssue({
          code: 'custom',
          path: ['contraindications'],
          message: 'A touch exercise must state that it is not used where safety is in doubt',
        });
      }
    }
  });
export type LibraryEntryInput = z.input<typeof libraryEntrySchema>;
export type LibraryEntry = z.output<typeof libraryEntrySchema>;

export const librarySchema = z.array(libraryEntrySchema).superRefine((entries, ctx) => {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (seen.has(entry.id)) {
      ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `Duplicate id ${entry.id}` });
    }
    seen.add(entry.id);
  });
});

/** Touch and conflict exercises are never proposed while the safety screen is positive. */
export function isSafetySensitive(entry: Pick<LibraryEntry, 'involvesTouch' | 'involvesConflict'>): boolean {
  return entry.involvesTouch || entry.involvesConflict;
}
