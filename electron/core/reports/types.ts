import type { HomeworkWho } from '@shared/contract/homework';
import type { Note } from '@shared/contract/notes';
import type { Session } from '@shared/contract/sessions';
import type { PlanDocument } from '@shared/domain/plan/document';
import type { HandoutExercise } from '@shared/domain/reports/handouts';
import type { FrameOptions } from './frame';

/** What each renderer receives besides its content: everything the frame needs but the title. */
export type DocumentFrame = Omit<FrameOptions, 'title' | 'subject'>;

export interface RenderedDocument {
  bytes: Buffer;
  pageCount: number;
}

/** How the two partners are named on a document (the documents below always use full names). */
export interface DocumentPartners {
  A: { name: string; inRecovery: boolean };
  B: { name: string; inRecovery: boolean };
}

export interface PlanDocumentInput {
  coupleLabel: string;
  partners: DocumentPartners;
  document: PlanDocument;
  version: number;
  status: 'draft' | 'active' | 'superseded';
  signedAt: string | null;
  signedBy: string | null;
  /** ISO date the plan is due for review; null when none is set. */
  reviewDate: string | null;
  /** Library entry names by id, so interventions print their names. */
  libraryNames: ReadonlyMap<string, string>;
}

export interface NoteDocumentInput {
  coupleLabel: string;
  partners: DocumentPartners;
  /** Signed only: drafts are not printed. Process notes never reach a renderer. */
  note: Note;
  /** The couple's copy: the risk review left out (see `renderNote`). */
  forCouple?: boolean;
  session: Pick<
    Session,
    'date' | 'startTime' | 'durationMinutes' | 'type' | 'place' | 'outcome' | 'attendance'
  >;
}

/** A homework assignment the worksheet is printed for: to whom, by when, and how. */
export interface WorksheetAssignment {
  title: string;
  who: HomeworkWho;
  joint: boolean;
  dueDate: string;
  /** The clinician's tailoring for this couple; null when none was written. */
  instructions: string | null;
}

/**
 * A library exercise (a blank handout, or for a couple), or a homework assignment: of a library
 * exercise, or a custom task with no library entry (`entry` null). An assignment is always a
 * couple's.
 */
export type WorksheetInput =
  | {
      /** Without its contraindications: those are for the clinician, and a handout is the couple's. */
      entry: HandoutExercise;
      /** When printed for a couple: their names on the sheet; null for a blank handout. */
      couple: { label: string; partners: DocumentPartners } | null;
      assignment?: null;
    }
  | {
      entry: HandoutExercise | null;
      couple: { label: string; partners: DocumentPartners };
      assignment: WorksheetAssignment;
    };

export interface CalendarSheetInput {
  /** `YYYY-MM`. */
  month: string;
  coupleLabel: string;
  partners: DocumentPartners;
}

export interface EmergencySheetInput {
  recoveryKey: string;
  /** ISO date the vault was set up. */
  createdOn: string;
}
