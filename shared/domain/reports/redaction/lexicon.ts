/**
 * The curated vocabulary of substance use (and gambling) that a report leaving substance use
 * out must not print: substances and slang, fellowships and programs, tests, medications for
 * use disorders, treatment levels, legal terms, recovery slang and gambling.
 *
 * Why curated patterns rather than a word list: the words that matter are also ordinary
 * English ("use", "clean", "chip", "slip", "drink", "meeting"), and couples work uses many of
 * them innocently ("Continue to use I-statements", "made good use of the time-out",
 * "smoke-free holiday", "chip in with chores"). Each entry therefore says in which phrasing a
 * word is about use, and the harmless phrasings are excluded in the pattern itself, so they are
 * never flagged. What still slips through as a false positive is resolved in the review with
 * "keep" and a reason (see `decisions.ts`); recall is measured on the corpus in
 * test/fixtures/redaction-corpus.ts.
 *
 * Patterns are matched against accent- and case-folded text (`foldText` in scan.ts), between
 * word boundaries, unless `caseSensitive` is set: then they are matched against the text as
 * typed, for acronyms that are only meaningful in capitals ("AA", "NA", "GA", "UA", "AUDIT").
 */

export type LexiconCategory =
  | 'substance'
  | 'fellowship'
  | 'test'
  | 'medication'
  | 'treatment'
  | 'legal'
  | 'recovery'
  | 'gambling';

export const lexiconCategoryLabels: Record<LexiconCategory, string> = {
  substance: 'a substance or its use',
  fellowship: 'a recovery fellowship or program',
  test: 'a substance-use test or screening tool',
  medication: 'a medication for a use disorder',
  treatment: 'a substance-use treatment setting',
  legal: 'a substance-related legal matter',
  recovery: 'recovery language',
  gambling: 'gambling',
};

export interface LexiconEntry {
  /** A regular expression source; word boundaries are added around it. */
  pattern: string;
  category: LexiconCategory;
  /** Said in the review when the clinician does not know the term ("Gamblers Anonymous"). */
  gloss?: string;
  caseSensitive?: boolean;
}

const e = (
  category: LexiconCategory,
  pattern: string,
  gloss?: string,
  caseSensitive = false,
): LexiconEntry => ({
  pattern,
  category,
  ...(gloss ? { gloss } : {}),
  ...(caseSensitive ? { caseSensitive } : {}),
});

/** What follows an innocent "using" or "use": a skill, a tool, a thing ("using the time-out"). */
const INNOCENT_OBJECT =
  '(?:the|a|an|his|her|their|its|this|that|these|those|i-|it|them|more|some|each|one|what|time|tools?|skills?|words?|notes?|[a-z]+-statements|humou?r|calm|of|arguing|trying|for|in)';

export const lexicon: readonly LexiconEntry[] = [
  // --- substances and slang
  e('substance', 'alcohol(?:ic|ics|ism)?'),
  e('substance', 'drink(?:s|ing|er|ers)?(?! (?:of )?(?:water|coffee|tea|juice|milk|soda))'),
  e(
    'substance',
    'drank|drunk(?:en|enness)?|tipsy|buzzed|hungover|hangovers?|intoxicat\\w*|wasted(?= (?:again|every|at|on weekends))',
  ),
  e('substance', 'booze|liquor|beers?|wines?|vodka|whiske?y|tequila|bourbon|shots? of \\w+|happy hours?'),
  e(
    'substance',
    'binge(?:s|d)?(?! (?:watch|watching|watched|eating|ate))(?: drink\\w*)?|blacked out|blackouts?(?! curtains?)',
  ),
  e('substance', 'drugs?|narcotics?|substances?|controlled substances?'),
  e(
    'substance',
    'cannabis|marijuana|weed(?! (?:the|out|garden))|thc|edibles?|dab(?:s|bing)?|(?:smok\\w*|roll\\w*|pass\\w*) a (?:joint|blunt)|stoned|(?:getting|got|get|gets) high|high again',
  ),
  e('substance', 'pot(?= (?:use|smoking|smoker))|smok\\w* (?:pot|crack|weed|meth|cigarettes?)'),
  e(
    'substance',
    'cocaine|coke(?! zero)|crack cocaine|heroin|fentanyl|fent|dope|meth(?:amphetamines?)?|crystal meth|amphetamines?|speedball\\w*',
  ),
  e(
    'substance',
    'opioids?|opiates?|oxy(?:codone|contin|s)?|percocets?|percs|vicodin|hydrocodone|morphine|pain ?pills?|pills? (?:misuse|abuse)|popping pills',
  ),
  e('substance', 'benzos?|benzodiazepines?|xanax|xanies|xans|valium|klonopin|ativan|adderall'),
  e('substance', 'mdma|ecstasy|lsd|shrooms|psilocybin|ketamine|kratom|inhalants?|huffing'),
  e(
    'substance',
    'nicotine|tobacco|cigarettes?|cigs|vap(?:e|es|ed|ing)(?! shops?)|juul\\w*|chewing tobacco|dip(?= (?:can|tobacco))',
  ),
  e('substance', 'smok(?:e|es|ed|ing|er|ers)(?!-free| (?:alarm|detector|and mirrors|signal)s?)'),
  e(
    'substance',
    'under the influence|(?:urges?|cravings?|crave|craved|craving|tempted|temptation|desire|wanted|want|need|needed) to (?:use|drink|smoke|gamble|bet)',
  ),
  e(
    'substance',
    'cravings?(?! (?:for )?(?:connection|closeness|attention|affection|time|touch|reassurance|intimacy))',
  ),
  e(
    'substance',
    '(?:substance|alcohol|drug|opioid|cannabis|stimulant|gambling)[- ]use(?: disorders?)?|use disorders?',
  ),
  e(
    'substance',
    `use (?:days?|episodes?|events?|history)|(?:no|any|recent|last|daily|heavy|continued|active|past|his|her|their) use(?! ${INNOCENT_OBJECT}(?![a-z]))|return(?:ed|s)? to use|(?:how|when|since) use (?:has|had|affects?|affected|started|began|stopped)`,
  ),
  e(
    'substance',
    `(?:was|were|is|are|been|started|stopped|resumed|began|begun|caught|quit|not) using(?! ${INNOCENT_OBJECT}(?![a-z]))|(?:using|used|drinking|drank|gambling|smoking) again`,
  ),
  e(
    'substance',
    "overdos\\w*|od['’]d|withdrawal symptoms?|(?:going through|went through|through|in|from) withdrawal(?! from)|dts|delirium tremens|addict(?:s|ed|ion|ions|ive)?",
  ),
  // --- fellowships and programs
  e(
    'fellowship',
    '(?:AA(?! batter)|NA|GA(?! \\d{5})|CMA|SAA)(?: (?:[Mm]eetings?|[Gg]roups?|[Ss]ponsors?))?',
    'an Anonymous fellowship: Alcoholics, Narcotics, Gamblers, Crystal Meth…',
    true,
  ),
  e(
    'fellowship',
    '(?:alcoholics|narcotics|gamblers|cocaine|marijuana|crystal meth|pills|heroin|debtors) anonymous(?: meetings?)?',
  ),
  e(
    'fellowship',
    '(?:al-?anon|alateen|nar-?anon|gam-?anon)(?: (?:meetings?|groups?))?|smart recovery|celebrate recovery|refuge recovery|recovery dharma|lifering|women for sobriety|adult children of alcoholics|acoa',
  ),
  e(
    'fellowship',
    '(?:12|twelve)[- ]steps?|step (?:work|study|meetings?)|working the (?:steps|program)|(?:fourth|4th|fifth|5th|eighth|8th|ninth|9th) step|big book|home group|sponsors?|sponsees?|90 in 90|serenity prayer',
  ),
  // --- tests and screening tools
  e(
    'test',
    'urine (?:screens?|tests?|drug screens?|samples?|toxicology)|urinalys[ie]s|drug (?:screens?|tests?|testing)|tox(?:icology)? screens?|toxicology|breathaly[sz]\\w*|breath tests?|hair (?:follicle )?tests?|etg|peth|blood alcohol|bac(?= (?:of|was|level|\\d))|(?:screens?|tests?) (?:came back )?(?:negative|positive|clean|dirty)|dirty (?:urines?|screens?|tests?|uas?)|(?:tested|screened|came back) positive for \\w+',
    'a substance-use test',
  ),
  e(
    'test',
    'AUDIT(?:-C)?|DAST(?:-10)?|CAGE(?:-AID)?|UDS|UAs?|CIWA(?:-Ar)?|COWS|ASI|SASSI|PGSI|SOGS|CRAFFT',
    'a substance-use or gambling screening tool',
    true,
  ),
  e('test', 'audit-c|dast-10|cage-aid|ciwa'),
  // --- medications for use disorders
  e(
    'medication',
    'naloxone|narcan|buprenorphine|suboxone|subutex|sublocade|zubsolv|methadone|naltrexone|vivitrol|disulfiram|antabuse|acamprosate|campral|varenicline|chantix|lofexidine|nicotine (?:patch|patches|gum|lozenges?)',
  ),
  e('medication', 'MAT|MOUD|MAUD', 'medication for a use disorder', true),
  e(
    'medication',
    'medications? for (?:opioid|alcohol) use(?: disorder)?|medication[- ]assisted treatment|opioid (?:agonist|antagonist|treatment)|methadone clinic|dosing clinic',
  ),
  // --- treatment levels and settings
  e(
    'treatment',
    'detox(?:ed|ing|ification)?|rehab(?:s|ilitation (?:center|facility|program))?|intensive outpatient|partial hospitali[sz]ation|residential (?:treatment|program|rehab)|inpatient (?:treatment|rehab|program)|sober living|halfway house|recovery (?:house|residence|home)|withdrawal management|dual diagnosis|aftercare|asam(?: level)?(?: \\d(?:\\.\\d)?)?|level [1-4]\\.\\d',
  ),
  e('treatment', 'IOP|PHP|SUDs?|AUD|OUD', 'a treatment level or use-disorder diagnosis', true),
  // --- legal
  e(
    'legal',
    'dui|dwi|owi|oui|duii|drunk driving|impaired driving|driving under the influence|driving while intoxicated|public intoxication|drug (?:court|charges?|possession|offen[cs]es?)|possession (?:charges?|of (?:a )?controlled substances?)|paraphernalia|ignition interlock|interlock device|scram(?: (?:bracelet|device|monitor))?|treatment court|sobriety court|recovery (?:docket|court)|drug docket',
    'a substance-related legal matter',
  ),
  e(
    'legal',
    '(?:probation|parole|pretrial|pre-trial) (?:officers?|agents?|terms?|conditions?|violations?|services?|department)|on (?:probation|parole)|probationer|parolee|court[- ](?:ordered|mandated) (?:treatment|testing|counseling|classes|program)',
    'court supervision, which often follows a substance-related charge',
  ),
  // --- recovery language and slang
  e(
    'recovery',
    'relaps\\w*|sober(?:ly|ness)?|sobri\\w*|abstinen(?:t|ce)|abstain\\w*|recovery(?! (?:from (?:the|an|this|that|her|his|their) )?(?:argument|quarrel|fight|conflict|surgery|injury|illness|flu|rupture))|recoveries|recovering (?:addict|alcoholic|gambler)s?',
  ),
  e(
    'recovery',
    '(?:clean|sober|dry) (?:for|since|time|date|and sober|days?|streak)|(?:stay(?:ed|ing|s)?|been|got|getting|kept|keeps|remain(?:ed|s)?) (?:clean|dry)(?! (?:the|up|out|house|kitchen|room|dishes))|clean (?:urines?|screens?|tests?|uas?)',
  ),
  e(
    'recovery',
    'chips?(?! (?:in (?:with|on|to|for|and|more|around|at home)|away|on (?:the|his|her|their) shoulders?))|medallions?|(?:one|1|two|2|five|5)[- ]year coins?',
  ),
  e(
    'recovery',
    'slip(?:s|ped|ping)?(?! (?:of the tongue|on|out|up on|off|into|through|away|past|under|by|back into|back to))|lapse[sd]?(?! (?:in|of) (?:judg\\w*|attention|concentration|memory|communication|focus))|lapsing',
  ),
  e(
    'recovery',
    'white[- ]knuckl\\w*|on the wagon|off the wagon|one day at a time|dry drunk|dry january|drinking days?|triggered to (?:use|drink|gamble)|high-risk situations? for (?:use|drinking)',
  ),
  // --- gambling
  e(
    'gambling',
    'gambl\\w*|betting|bets?(?= (?:on|at|online|with))|placed (?:a )?bets?|wager\\w*|sportsbooks?|casinos?|slot machines?|(?<!(?:time|appointment|session) )slots|poker|blackjack|roulette|craps|bookies?|lottery(?: tickets?)?|scratch[- ]?(?:offs?|cards?|tickets?)|scratchers|draftkings|fanduel|chasing (?:the |his |her |their )?losses|gaming debts?|racetrack|off-track betting|pull tabs?',
  ),
];

/**
 * Harmless look-alikes that must not be flagged even though a pattern could match part of
 * them: tested in test/shared/report-redaction.test.ts and the corpus. Removed from the text
 * (by position) before matching, so a word inside them is never a finding.
 */
export const harmlessPhrases: readonly string[] = [
  'time-out',
  'time-lapse',
  'made good use of',
  'smoke-free',
  'smoke alarm',
  'smoke detector',
  'chocolate chip',
  'potato chips',
  'slip of the tongue',
  'permission slip',
  'aa batteries',
];
