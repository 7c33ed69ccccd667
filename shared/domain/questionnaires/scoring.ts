/**
 * Scoring one completed questionnaire: check every answer, then the total, its severity band,
 * whether it is in the clinical range, and the safety items answered positively.
 *
 * Why answers are checked rather than trusted: a missing answer scored as 0 would lower the
 * total and could hide a case, and an answer filed under the wrong instrument would score
 * nonsense. Either is refused with the item named, so the screen can send the partner back to
 * it instead of storing a wrong score.
 */
import type {
  InstrumentDefinition,
  InstrumentId,
  MeasureItem,
  RespondentSex,
  SafetyItem,
  SeverityBand,
} from './types';

/** Answers by item id; a missing or null answer is an unanswered item. */
export type MeasureAnswers = Readonly<Record<string, number | null | undefined>>;

/** What scoring needs to know about who answered (AUDIT-C's cut-off depends on sex). */
export interface Respondent {
  sex?: RespondentSex;
}

export interface RiskAnswer {
  itemId: string;
  /** The item's number on the published form (1-based). */
  itemNumber: number;
  text: string;
  value: number;
  /** The answer as the respondent saw it ("Several days"). */
  answer: string;
  meaning: string;
}

export interface CasenessResult {
  cutOff: number;
  isCase: boolean;
  label: string;
}

export interface MeasureScore {
  instrument: InstrumentId;
  total: number;
  /** Null where the instrument has no published severity bands (PCL-5, AUDIT-C). */
  band: SeverityBand | null;
  caseness: CasenessResult;
  /** Safety items answered at or above their risk level, in the definition's order; empty when none. */
  riskItems: RiskAnswer[];
}

/**
 * The caseness cut-off for a respondent. Where sex is not recorded the lower cut-off applies
 * (AUDIT-C: 3), so nobody is screened out by a missing answer.
 */
export function casenessCutOff(definition: InstrumentDefinition, sex: RespondentSex = 'unspecified'): number {
  const { cutOff } = definition.caseness;
  return cutOff.kind === 'single' ? cutOff.atLeast : cutOff.atLeast(sex);
}

/** Whether a total is in the clinical range (at or above the cut-off; direction-aware). */
export function isCase(definition: InstrumentDefinition, total: number, sex?: RespondentSex): boolean {
  const cutOff = casenessCutOff(definition, sex);
  // Every instrument here is a symptom scale (higher is worse). A scale where higher is
  // better (a satisfaction scale) would be a case at or below its cut-off instead.
  return definition.lowerIsBetter ? total >= cutOff : total <= cutOff;
}

/** The published severity band a total falls in, or null where none are published. */
export function bandOf(definition: InstrumentDefinition, total: number): SeverityBand | null {
  const { bands } = definition.severity;
  if (bands === null) return null;
  return bands.find((band) => total >= band.from && total <= band.to) ?? null;
}

/** Throws a RangeError when `total` is not a whole number within the instrument's range. */
export function requireTotal(definition: InstrumentDefinition, total: number, name = 'total'): void {
  if (!Number.isInteger(total) || total < definition.min || total > definition.max) {
    throw new RangeError(
      `${definition.shortName} ${name} must be a whole number from ${definition.min} to ${definition.max}, got ${total}`,
    );
  }
}

function itemLabel(definition: InstrumentDefinition, item: MeasureItem, index: number): string {
  return `${definition.shortName} item ${index + 1} (${item.id})`;
}

/**
 * Every item answered with one of its allowed values, and no answer for an item the
 * instrument does not have; otherwise a RangeError naming the first offending item.
 */
export function checkAnswers(
  definition: InstrumentDefinition,
  answers: MeasureAnswers,
): Record<string, number> {
  const known = new Set(definition.items.map((item) => item.id));
  for (const key of Object.keys(answers)) {
    if (!known.has(key)) throw new RangeError(`${definition.shortName} has no item "${key}"`);
  }
  const checked: Record<string, number> = {};
  definition.items.forEach((item, index) => {
    const value = answers[item.id];
    if (value === undefined || value === null) {
      throw new RangeError(`${itemLabel(definition, item, index)} is not answered`);
    }
    if (!item.options.some((option) => option.value === value)) {
      const allowed = item.options.map((option) => option.value).join(', ');
      throw new RangeError(
        `${itemLabel(definition, item, index)} has answer ${value}, which is not one of ${allowed}`,
      );
    }
    checked[item.id] = value;
  });
  return checked;
}

function riskAnswer(definition: InstrumentDefinition, safety: SafetyItem, value: number): RiskAnswer {
  const index = definition.items.findIndex((item) => item.id === safety.itemId);
  const item = definition.items[index];
  return {
    itemId: safety.itemId,
    itemNumber: index + 1,
    text: safety.text,
    value,
    answer: item?.options.find((option) => option.value === value)?.label ?? String(value),
    meaning: safety.meaning,
  };
}

/**
 * Scores a completed questionnaire. Throws a RangeError naming the item when an answer is
 * missing, not allowed, or for an item the instrument does not have.
 */
export function scoreMeasure(
  definition: InstrumentDefinition,
  answers: MeasureAnswers,
  respondent: Respondent = {},
): MeasureScore {
  const checked = checkAnswers(definition, answers);
  const total = definition.total(checked);
  requireTotal(definition, total);
  const cutOff = casenessCutOff(definition, respondent.sex);
  const riskItems: RiskAnswer[] = [];
  for (const safety of definition.safetyItems) {
    const value = checked[safety.itemId];
    if (value !== undefined && value >= safety.riskAtOrAbove)
      riskItems.push(riskAnswer(definition, safety, value));
  }
  return {
    instrument: definition.id,
    total,
    band: bandOf(definition, total),
    caseness: { cutOff, isCase: isCase(definition, total, respondent.sex), label: definition.caseness.label },
    riskItems,
  };
}
