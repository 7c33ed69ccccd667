import type { QuestionnaireScheduleEntry } from '@shared/contract/questionnaires';
import { type Cadence, cadenceLabels, cadences, type InstrumentId } from '@shared/domain/questionnaires';
import { instrumentOrder } from './labels';

/**
 * The schedule editor's values: one cadence (or none) per partner and instrument, turned into
 * the contract's list of entries and back. Pure, so the round trip is tested without a screen.
 */

type Partner = 'A' | 'B';
export type CadenceChoice = Cadence | '';
export type ScheduleGrid = Record<Partner, Record<InstrumentId, CadenceChoice>>;

const PARTNERS: readonly Partner[] = ['A', 'B'];

/** The cadence select's options: "Not scheduled" first, then the cadences in the domain's order. */
export const cadenceOptions: readonly { value: CadenceChoice; label: string }[] = [
  { value: '', label: 'Not scheduled' },
  ...cadences.map((cadence) => ({
    value: cadence,
    label: cadenceLabels[cadence].charAt(0).toUpperCase() + cadenceLabels[cadence].slice(1),
  })),
];

function emptyRow(): Record<InstrumentId, CadenceChoice> {
  return Object.fromEntries(instrumentOrder.map((id) => [id, ''])) as Record<InstrumentId, CadenceChoice>;
}

export function scheduleGrid(entries: readonly QuestionnaireScheduleEntry[]): ScheduleGrid {
  const grid: ScheduleGrid = { A: emptyRow(), B: emptyRow() };
  for (const entry of entries) grid[entry.partner][entry.instrument] = entry.cadence;
  return grid;
}

/** The scheduled pairs, partner A's first, each partner's in instrument order; "Not scheduled" left out. */
export function scheduleEntries(grid: ScheduleGrid): QuestionnaireScheduleEntry[] {
  const entries: QuestionnaireScheduleEntry[] = [];
  for (const partner of PARTNERS) {
    for (const instrument of instrumentOrder) {
      const cadence = grid[partner][instrument];
      if (cadence !== '') entries.push({ partner, instrument, cadence });
    }
  }
  return entries;
}

/** The form field that shows a choice: `schedule.A.phq9`. */
export function scheduleField(partner: Partner, instrument: InstrumentId): string {
  return `schedule.${partner}.${instrument}`;
}

/**
 * Where the core's errors about `entries.3.cadence` go: the field of the fourth entry sent;
 * anything else (the list as a whole) goes to the form.
 */
export function placeScheduleErrors(
  fields: Readonly<Record<string, string>>,
  sent: readonly QuestionnaireScheduleEntry[],
): Record<string, string> {
  const placed: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    const index = /^entries\.(\d+)(\.|$)/.exec(path)?.[1];
    const entry = index === undefined ? undefined : sent[Number(index)];
    const field = entry ? scheduleField(entry.partner, entry.instrument) : '';
    if (!(field in placed)) placed[field] = message;
  }
  return placed;
}
