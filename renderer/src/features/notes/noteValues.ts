import type { Note, NoteContentInput } from '../../../../shared/contract/notes';
import { type NoteFormat, noteSections, type UseSinceLastSession } from '../../../../shared/domain/notes';

/** What the editor holds: every field as typed, so nothing is reshaped while the clinician writes. */
export interface NoteValues {
  format: NoteFormat;
  sections: Record<string, string>;
  interventions: string[];
  homework: string;
  risk: {
    useSinceLastSession: { A: UseSinceLastSession; B: UseSinceLastSession };
    safetyConcerns: boolean;
    suicidalThoughts: boolean;
    details: string;
  };
}

export function emptyNoteValues(format: NoteFormat = 'DAP'): NoteValues {
  return {
    format,
    sections: {},
    interventions: [],
    homework: '',
    risk: {
      useSinceLastSession: { A: 'unknown', B: 'unknown' },
      safetyConcerns: false,
      suicidalThoughts: false,
      details: '',
    },
  };
}

export function noteValuesFromNote(note: Note): NoteValues {
  const { content } = note;
  return {
    format: content.format,
    sections: Object.fromEntries(
      Object.entries(content.sections).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    ),
    interventions: content.interventions,
    homework: content.homework ?? '',
    risk: {
      useSinceLastSession: content.risk.useSinceLastSession,
      safetyConcerns: content.risk.safetyConcerns,
      suicidalThoughts: content.risk.suicidalThoughts,
      details: content.risk.details ?? '',
    },
  };
}

/** The content the core stores; blank homework and details become null in the schema. */
export function toNoteContent(values: NoteValues): NoteContentInput {
  return {
    format: values.format,
    sections: values.sections,
    interventions: values.interventions,
    homework: values.homework,
    risk: values.risk,
  };
}

/** True when at least one section of the chosen format has text (signing an empty note is refused). */
export function hasWriting(values: NoteValues): boolean {
  return noteSections[values.format].some((section) => (values.sections[section.id] ?? '').trim() !== '');
}
