import type { Deterioration, DueQuestionnaire } from '@shared/contract/questionnaires';
import { formatIsoDate } from '@shared/domain/dates';
import { cadenceLabels, type InstrumentId, instrumentIds, instruments } from '@shared/domain/questionnaires';

/**
 * How the questionnaires read wherever the record mentions them (the tab, Today, the plan
 * review, the workspace brief, the dashboard): one wording, so "PHQ-9 for Zoë (every session)"
 * on Today is the line the brief prints.
 */

type Partner = 'A' | 'B';
export type PartnerNames = Readonly<Record<Partner, string>>;

/**
 * A sentence about one partner, kept in three parts so a screen can isolate the name
 * (`<bdi>`): a right-to-left name followed by numbers ("דנה: 18 → 9") would otherwise carry the
 * numbers into its own direction and print them reversed.
 */
export interface NamedPhrase {
  before: string;
  name: string;
  after: string;
}

/** The phrase as plain text: for accessible names, where reading order is logical anyway. */
export function phraseText(phrase: NamedPhrase): string {
  return `${phrase.before}${phrase.name}${phrase.after}`;
}

/** The instruments in the order every list and chart uses. */
export const instrumentOrder: readonly InstrumentId[] = instrumentIds;

/** "PHQ-9 (Patient Health Questionnaire-9)": the short name leads, as clinicians say it. */
export function instrumentTitle(id: InstrumentId): string {
  const definition = instruments[id];
  return `${definition.shortName} (${definition.name})`;
}

export function shortName(id: InstrumentId): string {
  return instruments[id].shortName;
}

/** A partner as the lists name them: the call name, or "partner A" before the names are known. */
export function partnerWord(partner: Partner, names: Partial<PartnerNames> | undefined): string {
  const name = names?.[partner]?.trim();
  return name ? name : `partner ${partner}`;
}

/** "PHQ-9 for Zoë (every session)". */
export function duePhrase(
  item: Pick<DueQuestionnaire, 'instrument' | 'partner' | 'cadence'>,
  names: Partial<PartnerNames> | undefined,
): NamedPhrase {
  return {
    before: `${shortName(item.instrument)} for `,
    name: partnerWord(item.partner, names),
    after: ` (${cadenceLabels[item.cadence]})`,
  };
}

/** "PHQ-9 (every session), GAD-7 (every 2 weeks)": one partner's due questionnaires on one line. */
export function dueListText(items: readonly Pick<DueQuestionnaire, 'instrument' | 'cadence'>[]): string {
  return items.map((item) => `${shortName(item.instrument)} (${cadenceLabels[item.cadence]})`).join(', ');
}

/** "Zoë’s PHQ-9 rose from 8 to 15: a reliable deterioration". */
export function deteriorationPhrase(
  item: Pick<Deterioration, 'partner' | 'shortName' | 'first' | 'latest'>,
  names: Partial<PartnerNames> | undefined,
): NamedPhrase {
  // Every instrument here is a symptom scale, where a deterioration is a rise; the wording
  // follows the numbers so a scale where higher is better would still read true.
  const moved = item.latest.total >= item.first.total ? 'rose' : 'fell';
  return {
    before: '',
    name: partnerWord(item.partner, names),
    after: `’s ${item.shortName} ${moved} from ${item.first.total} to ${item.latest.total}: a reliable deterioration`,
  };
}

/** "First score Oct 1, 2026, latest Dec 7, 2026": when the two compared scores were given. */
export function scoreDates(item: Pick<Deterioration, 'first' | 'latest'>): string {
  return `First score ${formatIsoDate(item.first.date)}, latest ${formatIsoDate(item.latest.date)}`;
}
