/**
 * Progress-note formats and the canonical form that a signature covers. Pure, so the
 * screen can show exactly what will be hashed and the core can verify it.
 */

export const noteFormats = ['SOAP', 'DAP', 'BIRP'] as const;
export type NoteFormat = (typeof noteFormats)[number];

/** Each format's sections, in order, with the label and hint the clinician sees. */
export const noteSections = {
  SOAP: [
    { id: 'subjective', label: 'Subjective', hint: 'What each partner reported, in their words' },
    { id: 'objective', label: 'Objective', hint: 'What you observed: affect, interaction, attendance' },
    { id: 'assessment', label: 'Assessment', hint: 'Your clinical impression and progress toward goals' },
    { id: 'plan', label: 'Plan', hint: 'Next steps, homework, next session' },
  ],
  DAP: [
    { id: 'data', label: 'Data', hint: 'What was said and observed in the session' },
    { id: 'assessment', label: 'Assessment', hint: 'Your interpretation and progress toward goals' },
    { id: 'plan', label: 'Plan', hint: 'Next steps, homework, next session' },
  ],
  BIRP: [
    { id: 'behavior', label: 'Behavior', hint: 'Presenting behavior and what each partner reported' },
    { id: 'intervention', label: 'Intervention', hint: 'What you did in the session' },
    { id: 'response', label: 'Response', hint: 'How each partner responded' },
    { id: 'plan', label: 'Plan', hint: 'Next steps, homework, next session' },
  ],
} as const satisfies Record<NoteFormat, readonly { id: string; label: string; hint: string }[]>;

export type NoteSectionId = (typeof noteSections)[NoteFormat][number]['id'];

/** How an objective moved since the last session, as the note's "Progress toward the plan" says. */
export const objectiveStatuses = ['progressing', 'noChange', 'worse', 'met'] as const;
export type ObjectiveStatus = (typeof objectiveStatuses)[number];
export const objectiveStatusLabels: Record<ObjectiveStatus, string> = {
  progressing: 'Progressing',
  noChange: 'No change',
  worse: 'Worse',
  met: 'Met',
};

export const useSinceLastSession = ['no', 'yes', 'unknown'] as const;
export type UseSinceLastSession = (typeof useSinceLastSession)[number];

export interface RiskReview {
  useSinceLastSession: { A: UseSinceLastSession; B: UseSinceLastSession };
  safetyConcerns: boolean;
  suicidalThoughts: boolean;
  details: string | null;
}

/** An active objective's progress in a note; the wording is kept as it was when written. */
export interface ObjectiveProgressEntry {
  planVersionId: string;
  objectiveKey: string;
  objective: string;
  status: ObjectiveStatus;
  sentence: string;
}

export interface NoteContent {
  format: NoteFormat;
  sections: Partial<Record<NoteSectionId, string>>;
  interventions: string[];
  planInterventions: { planVersionId: string; key: string; name: string }[];
  progress: ObjectiveProgressEntry[];
  homework: string | null;
  risk: RiskReview;
}

/** Risk answers that should raise the couple's safety flag. */
export function riskFlags(risk: RiskReview): string[] {
  const flags: string[] = [];
  if (risk.safetyConcerns) flags.push('note.safetyConcerns');
  if (risk.suicidalThoughts) flags.push('note.suicidalThoughts');
  return flags;
}

/** What the risk review still lacks: a partner's use answer, or the written details. */
export type RiskReviewGap = { kind: 'use'; partner: 'A' | 'B' } | { kind: 'details' };

/**
 * What a note's risk review must hold before it is signed while the couple has an open safety
 * flag: whether each partner who was in the session (present or late) used since the last
 * session, answered yes or no rather than "not known", and the risk details written out. A
 * partner who was absent or not expected could not be asked, so nothing is required for them.
 */
export function riskReviewGaps(risk: RiskReview, attendance: { A: string; B: string }): RiskReviewGap[] {
  const gaps: RiskReviewGap[] = [];
  for (const partner of ['A', 'B'] as const) {
    const attended = attendance[partner] === 'present' || attendance[partner] === 'late';
    if (attended && risk.useSinceLastSession[partner] === 'unknown') gaps.push({ kind: 'use', partner });
  }
  if (!risk.details?.trim()) gaps.push({ kind: 'details' });
  return gaps;
}

/**
 * The interventions a note says were used, as the signed note shows them: those picked from
 * the plan first, then those written freely (one written with the same words as a picked one
 * is not listed twice).
 */
export function interventionsUsed(content: Pick<NoteContent, 'interventions' | 'planInterventions'>): {
  fromPlan: string[];
  written: string[];
} {
  const fromPlan = (content.planInterventions ?? []).map((item) => item.name.trim()).filter(Boolean);
  const seen = new Set(fromPlan.map((name) => name.normalize('NFC').toLocaleLowerCase('en-US')));
  const written = content.interventions.filter(
    (item) => !seen.has(item.trim().normalize('NFC').toLocaleLowerCase('en-US')),
  );
  return { fromPlan, written };
}

/** True when the note has something in at least one section. Signing an empty note is refused. */
export function hasContent(content: NoteContent): boolean {
  return noteSections[content.format].some(
    (section) => (content.sections[section.id] ?? '').trim().length > 0,
  );
}

/**
 * The exact text a signature covers: format, every section of that format in order (empty
 * ones included), interventions, homework and risk review, plus the note and session ids
 * and the signer. Keys are fixed and ordered, so the same note always hashes the same.
 *
 * Two forms. 'rekindle-note-v1' is the form every note was signed in before notes linked to
 * the plan; it stays byte-identical for a note with no progress and no plan interventions, so
 * those signatures keep verifying. A note that links to the plan is signed in
 * 'rekindle-note-v2', which appends the plan interventions and the progress entries.
 */
export function canonicalNote(input: {
  noteId: string;
  sessionId: string;
  signedBy: string;
  signedAt: string;
  content: NoteContent;
}): string {
  const { content } = input;
  // Notes stored before the plan links existed have neither field.
  const planInterventions = content.planInterventions ?? [];
  const progress = content.progress ?? [];
  const linked = planInterventions.length > 0 || progress.length > 0;
  const common = [
    input.noteId,
    input.sessionId,
    input.signedBy,
    input.signedAt,
    content.format,
    noteSections[content.format].map((section) => [
      section.id,
      (content.sections[section.id] ?? '').normalize('NFC'),
    ]),
    content.interventions.map((item) => item.normalize('NFC')),
    content.homework?.normalize('NFC') ?? null,
    [
      content.risk.useSinceLastSession.A,
      content.risk.useSinceLastSession.B,
      content.risk.safetyConcerns,
      content.risk.suicidalThoughts,
      content.risk.details?.normalize('NFC') ?? null,
    ],
  ];
  if (!linked) return JSON.stringify(['rekindle-note-v1', ...common]);
  return JSON.stringify([
    'rekindle-note-v2',
    ...common,
    planInterventions.map((item) => [item.planVersionId, item.key, item.name.normalize('NFC')]),
    progress.map((entry) => [
      entry.planVersionId,
      entry.objectiveKey,
      entry.objective.normalize('NFC'),
      entry.status,
      entry.sentence.normalize('NFC'),
    ]),
  ]);
}

/**
 * A note's content as stored, with the fields added since it was written filled in as empty
 * (the stored JSON itself is never rewritten: a signed note's hash covers it as it is).
 */
export function withNoteDefaults(stored: NoteContent): NoteContent {
  return { ...stored, planInterventions: stored.planInterventions ?? [], progress: stored.progress ?? [] };
}

/** The canonical text of an addendum: linked to its note and signed by its author. */
export function canonicalAddendum(input: {
  addendumId: string;
  noteId: string;
  signedBy: string;
  createdAt: string;
  body: string;
}): string {
  return JSON.stringify([
    'rekindle-addendum-v1',
    input.addendumId,
    input.noteId,
    input.signedBy,
    input.createdAt,
    input.body.normalize('NFC'),
  ]);
}

/** Plain text of a note for the search index and snippets. */
export function noteSearchText(content: NoteContent): string {
  return [
    ...noteSections[content.format].map((section) => content.sections[section.id] ?? ''),
    ...(content.progress ?? []).map((entry) => entry.sentence),
    ...(content.planInterventions ?? []).map((item) => item.name),
    ...content.interventions,
    content.homework ?? '',
    content.risk.details ?? '',
  ]
    .filter((part) => part.trim().length > 0)
    .join('\n');
}
