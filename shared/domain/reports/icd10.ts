/**
 * A substance use disorder diagnosis as an ICD-10-CM code, from the DSM-5 severity recorded at
 * an assessment (only where the clinician went through the criteria: `dsm5Assessed`).
 *
 * Source of the mapping: DSM-5 (and DSM-5-TR) code each substance use disorder by severity
 * into ICD-10-CM as F1x.10 for mild and F1x.20 for moderate or severe (the codes ICD-10-CM
 * titles "abuse, uncomplicated" and "dependence, uncomplicated"), e.g. alcohol use disorder
 * F10.10 mild, F10.20 moderate/severe; opioid F11.10/F11.20; inhalant F18.10/F18.20 (as cited
 * by Clinical Tools, Inc. in https://www.reference.com/world-view/substance-abuse-codes-dsm-5-ebbee856e5eb462b
 * and https://www.novarecoverycenter.com/addiction/alcohol-use-disorder-dsm-5-criteria-codes,
 * "F10.10 (mild), F10.20 (moderate/severe)"). Tobacco use disorder follows DSM-5's own
 * exception (mild Z72.0, moderate/severe F17.200) and gambling disorder is F63.0 at every
 * severity. Remission specifiers (F1x.11/F1x.21) need a clinical judgment the record does not
 * hold, so they are never inferred; a clinician who codes remission writes it in the summary.
 */
import type { UseDisorderSeverity } from '@shared/domain/assessment';

interface SubstanceClass {
  /** Lower-case words in the substance as the clinician typed it. */
  words: readonly string[];
  label: string;
  mild: string;
  moderateOrSevere: string;
}

/** In order: the first class whose word appears in the substance wins. */
const classes: readonly SubstanceClass[] = [
  {
    words: ['alcohol', 'beer', 'wine', 'liquor', 'spirits', 'vodka', 'whisk'],
    label: 'Alcohol use disorder',
    mild: 'F10.10',
    moderateOrSevere: 'F10.20',
  },
  {
    words: [
      'opioid',
      'opiate',
      'heroin',
      'fentanyl',
      'oxycodone',
      'hydrocodone',
      'morphine',
      'methadone',
      'codeine',
      'painkiller',
    ],
    label: 'Opioid use disorder',
    mild: 'F11.10',
    moderateOrSevere: 'F11.20',
  },
  {
    words: ['cannabis', 'marijuana', 'weed', 'thc'],
    label: 'Cannabis use disorder',
    mild: 'F12.10',
    moderateOrSevere: 'F12.20',
  },
  {
    words: [
      'sedative',
      'hypnotic',
      'anxiolytic',
      'benzodiazepine',
      'benzo',
      'xanax',
      'valium',
      'klonopin',
      'ativan',
      'sleeping pill',
    ],
    label: 'Sedative, hypnotic, or anxiolytic use disorder',
    mild: 'F13.10',
    moderateOrSevere: 'F13.20',
  },
  {
    words: ['cocaine', 'crack'],
    label: 'Stimulant use disorder (cocaine)',
    mild: 'F14.10',
    moderateOrSevere: 'F14.20',
  },
  {
    words: ['stimulant', 'amphetamine', 'methamphetamine', 'meth', 'adderall', 'ritalin'],
    label: 'Stimulant use disorder (amphetamine-type or other)',
    mild: 'F15.10',
    moderateOrSevere: 'F15.20',
  },
  {
    words: ['hallucinogen', 'lsd', 'psilocybin', 'mushroom', 'mdma', 'ecstasy', 'pcp', 'phencyclidine'],
    label: 'Hallucinogen use disorder',
    mild: 'F16.10',
    moderateOrSevere: 'F16.20',
  },
  {
    words: ['tobacco', 'nicotine', 'cigarette', 'vape', 'vaping'],
    label: 'Tobacco use disorder',
    mild: 'Z72.0',
    moderateOrSevere: 'F17.200',
  },
  {
    words: ['inhalant', 'solvent', 'glue'],
    label: 'Inhalant use disorder',
    mild: 'F18.10',
    moderateOrSevere: 'F18.20',
  },
  {
    words: ['gambling', 'betting', 'casino'],
    label: 'Gambling disorder',
    mild: 'F63.0',
    moderateOrSevere: 'F63.0',
  },
];

const other: Omit<SubstanceClass, 'words'> = {
  label: 'Other (or unknown) substance use disorder',
  mild: 'F19.10',
  moderateOrSevere: 'F19.20',
};

export interface Diagnosis {
  /** "Alcohol use disorder, moderate". */
  label: string;
  code: string;
}

function classOf(substance: string): Omit<SubstanceClass, 'words'> {
  const text = substance.toLowerCase();
  return classes.find((c) => c.words.some((word) => new RegExp(`\\b${word}`).test(text))) ?? other;
}

/**
 * One diagnosis per class of the substances recorded (two substances of one class give one
 * line); none for "no use disorder" or when the criteria were not assessed.
 */
export function disorderDiagnoses(assessed: {
  dsm5Assessed: boolean;
  severity: UseDisorderSeverity;
  substances: readonly string[];
}): Diagnosis[] {
  if (!assessed.dsm5Assessed || assessed.severity === 'none') return [];
  const substances = assessed.substances.map((s) => s.trim()).filter(Boolean);
  const found = substances.length > 0 ? substances.map(classOf) : [other];
  const unique = [...new Map(found.map((c) => [c.label, c])).values()];
  return unique.map((c) => ({
    label: `${c.label}, ${assessed.severity}`,
    code: assessed.severity === 'mild' ? c.mild : c.moderateOrSevere,
  }));
}
