/**
 * What a client handout may carry. A worksheet and the couple's copy of a note go home with the
 * couple, so nothing written for the clinician reaches them: a library entry's
 * contraindications are screening rules for the clinician ("not while the safety screen is
 * positive"), and a note's risk review is a clinical disclosure one partner may have made
 * without the other knowing. Pure: the core strips, the renderer prints what is left, and
 * the note screen asks the same question the PDF does.
 */
import type { LibraryEntry } from '@shared/domain/library';
import type { RiskReview } from '@shared/domain/notes';

/** A library exercise as a handout prints it: everything but the clinician's contraindications. */
export type HandoutExercise = Omit<LibraryEntry, 'contraindications'>;

/** The exercise without its clinician-only fields (a copy: the entry itself is untouched). */
export function handoutExercise(entry: LibraryEntry): HandoutExercise {
  const { contraindications: _clinicianOnly, ...forClients } = entry;
  return forClients;
}

/**
 * The cautions a couple reads before an exercise, written for them from what the exercise
 * involves. Fixed wording rather than the entry's contraindications: those are the
 * clinician's screening rules, and a clinician who edits the library writes them for
 * themselves.
 */
export function handoutCautions(
  exercise: Pick<LibraryEntry, 'involvesTouch' | 'involvesConflict'>,
): string[] {
  return [
    ...(exercise.involvesTouch
      ? [
          'Only when you both want to, every time: either of you may say no or stop at any moment, without giving a reason.',
        ]
      : []),
    ...(exercise.involvesConflict
      ? [
          'If a conversation becomes heated, either of you may call a time-out; bring it to your next session.',
        ]
      : []),
    'If this brings on strong cravings or distress, stop, use your coping plan and tell your therapist.',
  ];
}

/**
 * What a note's risk review discloses, in words for the warning ("safety concerns, suicidal
 * thoughts"); empty when it discloses nothing. A "yes" to use since the last session is a
 * disclosure too: it is one partner's substance use, which the other may not know of.
 */
export function riskDisclosures(risk: RiskReview): string[] {
  return [
    risk.safetyConcerns ? 'safety concerns' : null,
    risk.suicidalThoughts ? 'suicidal thoughts' : null,
    risk.useSinceLastSession.A === 'yes' || risk.useSinceLastSession.B === 'yes'
      ? 'use since the last session'
      : null,
    risk.details?.trim() ? 'written risk details' : null,
  ].filter((part) => part !== null);
}

/** The title a note's couple copy is printed and recorded under (the reports history says which copy went out). */
export const NOTE_COUPLE_COPY_TITLE = 'Session note (copy for the couple, without the risk review)';
