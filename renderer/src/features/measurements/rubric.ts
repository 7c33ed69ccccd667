/**
 * The anchors of the therapist's 0-10 rating rubric, shown beside the rating so two evaluations
 * weeks apart (or by two clinicians) mean the same thing. They describe how established the
 * milestone's skill or pattern is in the couple's interaction, from absent to part of daily life.
 */
export interface RubricAnchor {
  value: number;
  title: string;
  description: string;
}

export const RATING_RUBRIC: readonly RubricAnchor[] = [
  { value: 0, title: 'Absent', description: 'Not seen at all, even when prompted.' },
  { value: 1, title: 'Barely there', description: 'A rare, fleeting attempt that does not land.' },
  { value: 2, title: 'Emerging', description: 'Appears only with strong, step-by-step prompting.' },
  { value: 3, title: 'Tentative', description: 'Attempted with prompting; breaks down quickly.' },
  { value: 4, title: 'Prompted', description: 'Holds with prompting for part of the exchange.' },
  {
    value: 5,
    title: 'Developing',
    description: 'Sometimes happens unprompted; uneven between the partners.',
  },
  { value: 6, title: 'Frequent', description: 'Mostly unprompted; the couple recovers after slips.' },
  { value: 7, title: 'Consistent', description: 'Holds through mild tension, from both partners.' },
  {
    value: 8,
    title: 'Reliable',
    description: 'Holds through disagreement; the partners repair on their own.',
  },
  { value: 9, title: 'Robust', description: 'Sustained under stress and reported outside sessions.' },
  {
    value: 10,
    title: 'Fully established',
    description: 'Spontaneous, mutual and stable over several weeks.',
  },
];

/** The anchor of a typed rating, or null while the text is not one of 0-10. */
export function anchorFor(text: string): RubricAnchor | null {
  const trimmed = text.trim();
  if (!/^\d{1,2}$/.test(trimmed)) return null;
  return RATING_RUBRIC.find((anchor) => anchor.value === Number(trimmed)) ?? null;
}
