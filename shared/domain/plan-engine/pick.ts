/** Shared helpers of the plan engine: labels, rating bands and picking library entries. */
import {
  legacyDsm5Assessed,
  positiveSafetyItems,
  type RatingArea,
  ratingAreaLabels,
  substanceUseSeverity,
  unaskedSafetyItems,
} from '@shared/domain/assessment';
import type { LibraryEntry } from '@shared/domain/library';
import { type Priority, ratingBands } from './rules';
import type { Assignee, EnginePartner, PartnerKey, PartnerSummary, ProposedIntervention } from './types';

export const partnerKeys: readonly PartnerKey[] = ['A', 'B'];
export const priorityRank: Record<Priority, number> = { safety: 0, high: 1, medium: 2, maintenance: 3 };
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
export function areaLabel(area: RatingArea): string {
  return lowerFirst(ratingAreaLabels[area]);
}
export function labelOf(items: readonly { id: string; label: string }[], id: string): string {
  return lowerFirst(items.find((item) => item.id === id)?.label ?? id);
}
export function bandFor(rating: number) {
  const band = ratingBands.find((b) => rating <= b.maxRating) ?? ratingBands[ratingBands.length - 1];
  if (!band) throw new Error('ratingBands is empty');
  return band;
}

export function summarizePartner(partner: EnginePartner): PartnerSummary {
  const criteriaMet = new Set(partner.dsm5Criteria).size;
  const severity = substanceUseSeverity(criteriaMet);
  return {
    criteriaMet,
    severity,
    inRecovery: severity !== 'none' || partner.substances.length > 0,
    positiveSafety: positiveSafetyItems(partner.safety),
    unaskedSafety: unaskedSafetyItems(partner.safety),
    // A caller that predates the switch gets the same reading as a stored legacy assessment.
    dsm5Assessed: partner.dsm5Assessed ?? legacyDsm5Assessed(partner),
  };
}

export interface Candidate {
  id: string;
  reasons: readonly string[];
}

export interface Context {
  byId: ReadonlyMap<string, LibraryEntry>;
  safetyFirst: boolean;
  safetyReasons: string[];
  /** Safety items nobody asked yet ("fear of partner, partner A"): the screen is not done. */
  unaskedSafety: string[];
  anyInRecovery: boolean;
  recoveryReasons: string[];
  used: Set<string>;
  withheld: Map<string, { key: string; libraryId: string; reasons: string[] }>;
}

export function withhold(ctx: Context, entry: LibraryEntry, reason: string): void {
  const existing = ctx.withheld.get(entry.id);
  if (existing) {
    if (!existing.reasons.includes(reason)) existing.reasons.push(reason);
    return;
  }
  ctx.withheld.set(entry.id, { key: `withheld:${entry.id}`, libraryId: entry.id, reasons: [reason] });
}

/** Why an entry may not be proposed in this plan, or null when it may. */
export function exclusion(ctx: Context, entry: LibraryEntry): string | null {
  if (ctx.safetyFirst) {
    const screen = ctx.safetyReasons.join('; ');
    if (entry.involvesTouch) {
      return `Touch exercise held back while the safety screen is positive (${screen})`;
    }
    if (entry.involvesConflict) {
      return `Conflict and past-hurt work held back while the safety screen is positive (${screen})`;
    }
    if (entry.conjoint) return `Joint exercise held back while the safety screen is positive (${screen})`;
  }
  if (!ctx.safetyFirst && ctx.unaskedSafety.length > 0) {
    // An unasked screen is not a negative one: touch and conflict work wait until it is done.
    const unasked = ctx.unaskedSafety.join('; ');
    if (entry.involvesTouch)
      return `Touch exercise held back until the safety screen is complete (not asked: ${unasked})`;
    if (entry.involvesConflict)
      return `Conflict and past-hurt work held back until the safety screen is complete (not asked: ${unasked})`;
  }
  if (entry.alcoholSetting && ctx.anyInRecovery) {
    return `Activity usually centered on alcohol, not proposed while ${ctx.recoveryReasons.join(' and ')}`;
  }
  return null;
}

export function assignees(entry: LibraryEntry, partner: PartnerKey | 'both'): Assignee[] {
  switch (entry.who) {
    case 'eitherPartner':
      return partner === 'both' ? ['partnerA', 'partnerB'] : [`partner${partner}`];
    default:
      return [entry.who];
  }
}

/**
 * Takes up to `count` library entries from `candidates`, in order: skips ids missing from the
 * library, entries another rule holds back (recorded in `withheld`) and anything already in
 * the plan for the same person.
 */
export function pick(
  ctx: Context,
  candidates: readonly Candidate[],
  count: number,
  partner: PartnerKey | 'both',
): ProposedIntervention[] {
  const picked: ProposedIntervention[] = [];
  let taken = 0;
  for (const candidate of candidates) {
    if (taken >= count) break;
    const entry = ctx.byId.get(candidate.id);
    if (!entry) continue;
    const excluded = exclusion(ctx, entry);
    if (excluded) {
      withhold(ctx, entry, excluded);
      continue;
    }
    const fresh = assignees(entry, partner).filter((who) => !ctx.used.has(`${entry.id}:${who}`));
    if (fresh.length === 0) continue;
    for (const who of fresh) {
      ctx.used.add(`${entry.id}:${who}`);
      picked.push({
        key: `intervention:${entry.id}:${who}`,
        libraryId: entry.id,
        name: entry.name,
        who,
        frequency: entry.frequency,
        reasons: [...candidate.reasons],
      });
    }
    taken += 1;
  }
  return picked;
}

export function withReasons(ids: readonly string[], reasons: readonly string[]): Candidate[] {
  return ids.map((id) => ({ id, reasons }));
}

export function onHoldReason(ctx: Context, interventions: readonly ProposedIntervention[]): string[] {
  if (interventions.length > 0) return [];
  return ctx.safetyFirst
    ? ['Joint exercises for this area are on hold until the safety concern is resolved']
    : ['Shares the exercises already proposed for this area'];
}
