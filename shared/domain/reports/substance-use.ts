/**
 * What counts as a substance-use detail when a report leaves them out.
 *
 * Privacy why: under 42 CFR Part 2, anything that identifies a partner as having a
 * substance-use disorder needs the patient's specific consent to disclose. Leaving out the
 * recovery line and the abstinence columns is not enough: the plan carries it too. The plan
 * engine puts relapse prevention and coping with triggers in the 'triggers' area and the
 * post-program plan in 'aftercare' (aftercare in this field means continuing care after an
 * addiction program), so both areas go as a whole. Elsewhere the engine writes, for example,
 * "how use has affected your sex life" (sexual health), and a clinician may type "sobriety"
 * into any goal, so every text the report would print is screened for the vocabulary of use,
 * and for the substances recorded for either partner. When in doubt the item is left out: a
 * goal missing from an insurer's copy is a smaller harm than an unconsented disclosure, and
 * the clinician sees the preview before sending.
 */

import type { LibraryArea } from '@shared/domain/library';
import { foldForSearch } from '@shared/domain/text';

/** Problem areas that are about substance use as a whole. */
export const substanceUseAreas: readonly LibraryArea[] = ['triggers', 'aftercare'];

export function isSubstanceUseArea(area: LibraryArea): boolean {
  return substanceUseAreas.includes(area);
}

/**
 * Word beginnings (matched at the start of a word, in accent- and case-folded text). Chosen to
 * catch inflections ("relapsed", "sobriety", "drinking") without catching everyday words:
 * "withdrawal", "trigger", "recover" and "clean" are left out on purpose, because couples
 * work uses them for emotional withdrawal, emotional triggers and recovering from a quarrel.
 */
const STEMS = [
  'relaps',
  'sober',
  'sobri',
  'abstin',
  'abstain',
  'addict',
  'alcohol',
  'drunk',
  'drink',
  'drank',
  'booze',
  'liquor',
  'beer',
  'wine',
  'vodka',
  'whisk',
  'hangover',
  'drug',
  'narcotic',
  'substance',
  'intoxica',
  'detox',
  'rehab',
  'overdos',
  'craving',
  'opioid',
  'opiate',
  'heroin',
  'fentanyl',
  'oxycod',
  'oxycontin',
  'morphine',
  'methadone',
  'buprenorph',
  'suboxone',
  'naltrexone',
  'disulfiram',
  'antabuse',
  'benzo',
  'xanax',
  'cannabis',
  'marijuana',
  'cocaine',
  'amphetamine',
  'methamphetamine',
  'ketamine',
  'mdma',
  'ecstasy',
  'kratom',
  'nicotin',
  'tobacco',
  'cigarett',
  'vaping',
  'smok',
  'gambl',
  'breathaly',
  'urinaly',
  'toxicolog',
  'aftercare',
  '12-step',
  'twelve-step',
  'twelve step',
] as const;

/** Whole words only: short or common enough that a prefix match would catch innocent words. */
const WORDS = ['recovery', 'recoveries', 'meth', 'weed', 'vape', 'aa', 'sponsor'] as const;

const LETTER_OR_DIGIT = '[\\p{L}\\p{N}]';

/**
 * "use" as a noun ("how use has affected", "no use since March") is about substances; as an
 * instruction it is not ("Use I-statements", "Partner A will use the time-out"). So "use" counts
 * except at the start of a sentence or right after a modal verb. "to use" still counts: "the urge
 * to use" is the commoner meaning in this record.
 */
const USE_AS_NOUN = `(?<!(?:^|[.!?;:])\\s*)(?<!(?:will|can|could|should|would|must|shall|please)\\s)use(?!${LETTER_OR_DIGIT})`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface SubstanceUseScreen {
  /** Whether `text` mentions substance use (or one of the couple's recorded substances). */
  mentions(text: string): boolean;
}

/**
 * A screen for this couple: the general vocabulary plus the substances recorded for either
 * partner ("kratom", "pills", "gaming"), each matched as a word beginning.
 */
export function substanceUseScreen(recordedSubstances: readonly string[]): SubstanceUseScreen {
  const own = recordedSubstances.map(foldForSearch).filter((s) => s.length >= 2);
  const stems = [...STEMS, ...own].map(escapeRegExp).join('|');
  const whole = WORDS.map(escapeRegExp).join('|');
  const pattern = new RegExp(
    `(?<!${LETTER_OR_DIGIT})(?:(?:${stems})|(?:${whole})(?!${LETTER_OR_DIGIT})|${USE_AS_NOUN})`,
    'u',
  );
  return { mentions: (text) => pattern.test(foldForSearch(text)) };
}
