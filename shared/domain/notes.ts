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
 */
export function canonicalNote(input: {
  noteId: string;
  sessionId: string;
  signedBy: string;
  signedAt: string;
  content: NoteContent;
}): string {
  const { content } = input;
  return JSON.stringify([
    'rekindle-note-v1',
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
  ]);
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
    ...content.interventions,
    content.homework ?? '',
    content.risk.details ?? '',
  ]
    .filter((part) => part.trim().length > 0)
    .join('\n');
}
