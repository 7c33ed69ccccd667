import type { QuestionnaireScheduleEntry } from '@shared/contract/questionnaires';
import { instruments } from '@shared/domain/questionnaires';
import type { InstrumentDefinition, InstrumentId } from '@shared/domain/questionnaires/types';
import { Rng } from './prng';
import type { Position } from './profile';

/**
 * The demo's questionnaires: PHQ-9 every 4 weeks for both partners, GAD-7 for a partner in
 * recovery, each answered on paper at a session and entered by the clinician (a private
 * check-in locks the vault, which a generated history cannot unlock). Scores follow the
 * couple's course: they fall as it progresses and rise after a relapse, so the dashboard shows
 * reliable improvement for most couples and a deterioration where a relapse is recent. The
 * demo never answers a risk item above zero: a demo must not read like a crisis it does not show.
 */

/** Weeks between administrations, as the schedule says (`every4Weeks`). */
export const QUESTIONNAIRE_EVERY_DAYS = 28;

export function demoSchedule(inRecovery: Record<Position, boolean>): QuestionnaireScheduleEntry[] {
  return (['A', 'B'] as const).flatMap((partner) => [
    { instrument: 'phq9' as const, partner, cadence: 'every4Weeks' as const },
    ...(inRecovery[partner]
      ? [{ instrument: 'gad7' as const, partner, cadence: 'every4Weeks' as const }]
      : []),
  ]);
}

/** Each partner's starting severity, drawn once per couple from its own stream. */
export interface QuestionnaireBaselines {
  rng: Rng;
  start: Record<Position, Record<'phq9' | 'gad7', number>>;
}

export function drawBaselines(seed: string | number, coupleIndex: number): QuestionnaireBaselines {
  const rng = Rng.for(seed, 'questionnaires', coupleIndex);
  const draw = () => ({ phq9: rng.int(8, 17), gad7: rng.int(6, 14) });
  return { rng, start: { A: draw(), B: draw() } };
}

/** A total for this administration: the baseline eased by progress, raised by a recent setback. */
export function demoTotal(
  definition: InstrumentDefinition,
  baseline: number,
  progress: number,
  setback: number,
  rng: Rng,
): number {
  const value = baseline * (1 - 0.65 * progress) + 9 * setback + rng.int(-1, 1);
  const riskFree = definition.max - 3 * definition.safetyItems.length;
  return Math.max(definition.min, Math.min(riskFree, Math.round(value)));
}

/** Answers that sum to `total`, spread over the items (risk items answered 0). */
export function answersFor(instrument: InstrumentId, total: number, rng: Rng): Record<string, number> {
  const definition = instruments[instrument];
  const risky = new Set(definition.safetyItems.map((item) => item.itemId));
  const answers: Record<string, number> = {};
  const open = definition.items.filter((item) => !risky.has(item.id));
  for (const item of definition.items) answers[item.id] = 0;
  let left = total;
  // Fill in a shuffled order so the same total is not always the same pattern.
  for (const item of rng.sample(open, open.length)) {
    const most = Math.max(...item.options.map((option) => option.value));
    const value = Math.min(most, left);
    answers[item.id] = value;
    left -= value;
  }
  return answers;
}
