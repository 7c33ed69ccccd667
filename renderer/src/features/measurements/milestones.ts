import {
  type MeasuredMilestone,
  milestoneMeasure,
  type PlanDocument,
  type PlanMilestone,
  walkPlan,
} from '@shared/domain/plan';
import type { MilestoneMethod } from '@shared/domain/plan-engine/types';

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

/** Units whose values are whole numbers (a rating typed here is too: the rubric and check-ins are). */
const WHOLE_UNITS = new Set(['rating', 'daysPerWeek', 'yesNo', 'rung']);

/**
 * The milestone's own scale (stored in the plan, or inferred from its key for plans signed
 * before): the range the form says and checks, the same one the core refuses values outside of.
 */
export function measureScale(_source: MilestoneMethod, milestone: MeasuredMilestone): MeasureScale {
  const { scale } = milestoneMeasure(milestone);
  return {
    min: scale.min,
    max: scale.max,
    integer: WHOLE_UNITS.has(scale.unit),
    noun: scale.unit === 'rating' ? 'rating' : 'value',
  };
}

/** The therapist's 0-10 rubric fits a milestone rated 0 to 10; any other scale is typed. */
export function usesRubric(source: MilestoneMethod, milestone: MeasuredMilestone): boolean {
  const { scale } = milestoneMeasure(milestone);
  return source === 'therapistEvaluation' && scale.unit === 'rating' && scale.min === 0 && scale.max === 10;
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
    return { ok: false, message: `Enter ${scaleText(scale)}` };
  }
  return { ok: true, value };
}
