import { type PlanDocument, type PlanMilestone, walkPlan } from '../../../../shared/domain/plan';
import type { MilestoneMethod } from '../../../../shared/domain/plan-engine/types';

/** A milestone of the active plan as the measurement screens list it. */
export interface MilestoneEntry {
  milestone: PlanMilestone;
  /** Its number in the plan outline: "1.2.1.m2". */
  number: string;
  /** The problem area it sits under, for context in the list. */
  areaTitle: string;
  /** Whose objective it serves: one partner's milestones often mirror the other's word for word. */
  partner: 'A' | 'B' | 'both';
}

/** Every milestone of a plan document, in reading order, numbered as the plan outline numbers them. */
export function planMilestones(document: Pick<PlanDocument, 'problemAreas'>): MilestoneEntry[] {
  const entries: MilestoneEntry[] = [];
  for (const walked of walkPlan(document)) {
    if (walked.kind !== 'milestone') continue;
    const [, a, , g, , o] = walked.path;
    const area = document.problemAreas[Number(a)];
    const objective = area?.goals[Number(g)]?.objectives[Number(o)];
    entries.push({
      milestone: walked.item as PlanMilestone,
      number: `${Number(a) + 1}.${Number(g) + 1}.${Number(o) + 1}.m${walked.index + 1}`,
      areaTitle: area?.title ?? '',
      partner: objective?.partner ?? 'both',
    });
  }
  return entries;
}

/** The range a value must fall in, and how to say so. */
export interface MeasureScale {
  min: number;
  max: number;
  integer: boolean;
  /** "rating" for a 0-10 rating; "value" for counts and other measures. */
  noun: 'rating' | 'value';
}

export const RATING_SCALE: MeasureScale = { min: 0, max: 10, integer: true, noun: 'rating' };
/** The contract's bounds for any measure: counts, percentages. */
export const GENERAL_SCALE: MeasureScale = { min: 0, max: 1000, integer: false, noun: 'value' };

/** "(0-10)", "0–10", "0 to 10" in a milestone's description: it is rated on the 0-10 scale. */
const RATED_0_10 = /\b0\s*(?:-|–|to)\s*10\b/;

/**
 * A therapist evaluation is always scored on the 0-10 rubric; any other source uses the 0-10 scale
 * when the milestone says it is rated that way, and the contract's general bounds otherwise.
 */
export function measureScale(source: MilestoneMethod, milestone: Pick<PlanMilestone, 'description'>) {
  if (source === 'therapistEvaluation' || RATED_0_10.test(milestone.description)) return RATING_SCALE;
  return GENERAL_SCALE;
}

export function scaleText(scale: MeasureScale): string {
  return `${scale.integer ? 'a whole number' : 'a number'} from ${scale.min} to ${scale.max}`;
}

/**
 * Reads a typed value: blank is null; a comma is accepted as the decimal mark ("2,5"). Returns
 * the message to show when it is not a number on the scale.
 */
export function parseMeasure(
  text: string,
  scale: MeasureScale,
): { ok: true; value: number | null } | { ok: false; message: string } {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return { ok: true, value: null };
  const value = Number(trimmed);
  if (!/^[+]?\d*\.?\d+$/.test(trimmed) || !Number.isFinite(value))
    return { ok: false, message: `Enter ${scaleText(scale)}` };
  if (value < scale.min || value > scale.max || (scale.integer && !Number.isInteger(value))) {
    const noun = scale.noun === 'rating' ? 'The rating' : 'The value';
    return { ok: false, message: `${noun} must be ${scaleText(scale)}` };
  }
  return { ok: true, value };
}
