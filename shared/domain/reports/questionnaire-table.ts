/**
 * The validated questionnaires table of a progress report: per instrument and partner, the
 * first score, the latest as of the period's end, the change between them and where the latest
 * stands against the cut-off, and who gave it (the partner in private, or the clinician).
 *
 * The change comes from `questionnaireTrajectories` with `asOf` = the period's end, the one
 * function the dashboard's dyadic charts, Today and the plan review read: paper and screen
 * cannot disagree about a "reliable deterioration". Each instrument's threshold and cut-off are
 * stated under the table with their published sources, and its required attribution with them.
 *
 * Rules about what prints:
 * - a row only for an instrument the partner answered inside the period; its first score is
 *   still the partner's first ever (the baseline the change is judged against), as on screen;
 * - totals only: the input carries no item answers, so none can reach the paper (PHQ-9 item 9,
 *   the self-harm question, least of all);
 * - AUDIT-C is substance-use information (42 CFR part 2): its rows print only for a partner
 *   whose substance-use details the report shows, which needs that partner's consent, and its
 *   threshold line and attribution go with its rows.
 */
import type { ConsentPartner } from '@shared/domain/consent';
import {
  bandOf,
  casenessCutOff,
  type InstrumentDefinition,
  type InstrumentId,
  instruments,
  isCase,
  type PartnerTrajectory,
  questionnaireTrajectories,
  type ScoredResponse,
} from '@shared/domain/questionnaires';
import type {
  ReportCaseness,
  ReportQuestionnaireRow,
  ReportQuestionnaireScore,
  ReportQuestionnaires,
} from './model';
import type { ReportPeriod } from './period';

const PARTNERS = ['A', 'B'] as const;

/** The instruments whose scores are substance-use information. */
const SUBSTANCE_USE_INSTRUMENTS: ReadonlySet<InstrumentId> = new Set(['auditC']);

/** Whether a partner answered an instrument inside the period: the table has a row for it then. */
function answeredInPeriod(
  responses: readonly ScoredResponse[],
  period: ReportPeriod,
  instrument: InstrumentId,
  partner: ConsentPartner,
): boolean {
  return responses.some(
    (r) =>
      r.instrument === instrument &&
      r.partner === partner &&
      r.answeredOn >= period.from &&
      r.answeredOn <= period.asOf,
  );
}

/**
 * The partners whose AUDIT-C scores the table would print were their substance-use details
 * shown: part of what makes a partner's record hold substance-use information for this report
 * (`partnersWithSubstanceUse`), and so what their consent is checked for. None with the section off.
 */
export function auditCRespondents(
  sectionChosen: boolean,
  responses: readonly ScoredResponse[],
  period: ReportPeriod,
): ConsentPartner[] {
  if (!sectionChosen) return [];
  return PARTNERS.filter((p) => answeredInPeriod(responses, period, 'auditC', p));
}

function score(
  definition: InstrumentDefinition,
  point: { date: string; total: number },
): ReportQuestionnaireScore {
  return { date: point.date, total: point.total, band: bandOf(definition, point.total)?.label ?? null };
}

const casenessMoves: Record<NonNullable<PartnerTrajectory['change']>['casenessChange'], ReportCaseness> = {
  stayedCase: 'atOrAbove',
  stayedNonCase: 'below',
  recovered: 'noLongerAtOrAbove',
  becameCase: 'newlyAtOrAbove',
};

/** "reliable change: 6 points or more (source)"; or why none is called reliable. */
function thresholdText(definition: InstrumentDefinition): string {
  const { reliableChange } = definition;
  return reliableChange.points === null
    ? 'no published reliable-change threshold, so no change is called reliable'
    : `reliable change is a change of ${reliableChange.points} points or more (${reliableChange.source})`;
}

/** The cut-off the trajectories judge by (`casenessCutOff`), with its source. */
function cutOffText(definition: InstrumentDefinition): string {
  const { caseness } = definition;
  // Partners' sex is not recorded: a cut-off that depends on it is the lower one.
  const which =
    caseness.cutOff.kind === 'bySex' ? ', the lower published cut-off, as sex is not recorded' : '';
  return `cut-off ${casenessCutOff(definition)} or more${which} (${caseness.source})`;
}

/**
 * The table for a period. `names` as the report names the partners; `substanceUseShown` the
 * partners whose substance-use details it shows (`reportSubstanceUsePartners`).
 */
export function questionnaireTable(
  responses: readonly ScoredResponse[],
  period: ReportPeriod,
  names: { A: string; B: string },
  substanceUseShown: readonly ConsentPartner[],
): ReportQuestionnaires {
  const rows: ReportQuestionnaireRow[] = [];
  const shown = new Set<InstrumentId>();
  for (const trajectory of questionnaireTrajectories(responses, period.asOf)) {
    const definition = instruments[trajectory.instrument];
    const substanceUse = SUBSTANCE_USE_INSTRUMENTS.has(trajectory.instrument);
    for (const p of PARTNERS) {
      const mine = trajectory.partners[p];
      if (!mine || !answeredInPeriod(responses, period, trajectory.instrument, p)) continue;
      if (substanceUse && !substanceUseShown.includes(p)) continue;
      // `scores` is in the order `latest` was taken from (both sorted by date, stable), so its
      // last entry is the latest score and says who gave it.
      const mode = mine.scores.at(-1)?.mode ?? 'clinicianEntered';
      shown.add(trajectory.instrument);
      rows.push({
        instrument: trajectory.instrument,
        shortName: trajectory.shortName,
        partner: names[p],
        first: score(definition, mine.first),
        latest: { ...score(definition, mine.latest), mode },
        change: mine.change?.reliableChange ?? 'oneScore',
        difference: mine.change?.difference ?? null,
        caseness: mine.change
          ? casenessMoves[mine.change.casenessChange]
          : isCase(definition, mine.latest.total)
            ? 'atOrAbove'
            : 'below',
        cutOff: trajectory.cutOff[p],
      });
    }
  }
  const shownInstruments = [...shown].map((id) => instruments[id]);
  const attributions: ReportQuestionnaires['attributions'] = [];
  for (const definition of shownInstruments) {
    // The PHQ-9 and GAD-7 share one attribution: printed once, naming both.
    const same = attributions.find((a) => a.text === definition.attribution);
    if (same) same.shortNames.push(definition.shortName);
    else attributions.push({ shortNames: [definition.shortName], text: definition.attribution });
  }
  return {
    rows,
    basis: shownInstruments.map((definition) => ({
      shortName: definition.shortName,
      text: `${thresholdText(definition)}; ${cutOffText(definition)}.`,
    })),
    attributions,
    showsSubstanceUse: rows.some((row) => SUBSTANCE_USE_INSTRUMENTS.has(row.instrument)),
  };
}
