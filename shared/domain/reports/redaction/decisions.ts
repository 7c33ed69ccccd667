/**
 * What the clinician decided about each finding of the scan, and the text the report then
 * prints. A finding is resolved by replacing it with the partner's initials (names only),
 * removing it, or keeping it with a one-line reason ("'time-out' is a de-escalation skill"),
 * which the report's history record keeps. A report whose options leave names or substance
 * use out is not made while a finding of that kind is unresolved (see services/reports.ts).
 */
import type { RedactionFinding } from './scan';

export const redactionActions = ['initials', 'remove', 'keep'] as const;
export type RedactionAction = (typeof redactionActions)[number];

export const redactionActionLabels: Record<RedactionAction, string> = {
  initials: 'Replace with initials',
  remove: 'Remove',
  keep: 'Keep',
};

export interface RedactionDecision {
  findingId: string;
  action: RedactionAction;
  /** Required for "keep": why this text may stay. One line. */
  reason: string | null;
}

/** The longest reason kept: one line in the history. */
export const KEEP_REASON_MAX = 200;

/** Why a decision does not resolve its finding; null when it does. */
export function decisionProblem(
  finding: RedactionFinding,
  decision: RedactionDecision | undefined,
): string | null {
  if (!decision) return 'Choose what to do with it.';
  if (decision.action === 'initials' && finding.initials === null)
    return 'Only a name can be replaced with initials: remove it, or keep it with a reason.';
  if (decision.action === 'keep') {
    const reason = decision.reason?.trim() ?? '';
    if (reason === '') return 'Say in one line why it can stay.';
    if (/[\r\n]/u.test(reason) || reason.length > KEEP_REASON_MAX)
      return `Keep the reason to one line of at most ${KEEP_REASON_MAX} characters.`;
  }
  return null;
}

function decisionsById(decisions: readonly RedactionDecision[]): Map<string, RedactionDecision> {
  return new Map(decisions.map((decision) => [decision.findingId, decision]));
}

/** Findings without a decision that resolves them, in scan order. */
export function unresolvedFindings(
  findings: readonly RedactionFinding[],
  decisions: readonly RedactionDecision[],
): RedactionFinding[] {
  const byId = decisionsById(decisions);
  return findings.filter((finding) => decisionProblem(finding, byId.get(finding.id)) !== null);
}

const CLOSES = /^[\s,.;:!?)\]]|^$/u;

/** Deletes [start, end) and the space it leaves doubled ("Attends  meetings" -> "Attends meetings"). */
function removeSpan(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const after = text.slice(end);
  if (/\s$/u.test(before) && CLOSES.test(after)) return before.replace(/\s+$/u, '') + after;
  if ((before === '' || /[(\s]$/u.test(before)) && /^\s/u.test(after))
    return before + after.replace(/^\s+/u, '');
  return before + after;
}

/**
 * One field's text with its decided replacements and removals applied (from the end, so the
 * offsets of earlier findings still hold). Findings never overlap (see `scanFreeText`).
 */
export function applyDecisionsToText(
  text: string,
  findings: readonly RedactionFinding[],
  decisions: readonly RedactionDecision[],
): string {
  const byId = decisionsById(decisions);
  let out = text;
  for (const finding of [...findings].sort((x, y) => y.start - x.start)) {
    const decision = byId.get(finding.id);
    if (!decision || decisionProblem(finding, decision) !== null) continue;
    if (decision.action === 'initials' && finding.initials !== null)
      out = out.slice(0, finding.start) + finding.initials + out.slice(finding.end);
    else if (decision.action === 'remove') out = removeSpan(out, finding.start, finding.end);
  }
  return out;
}

/** The rewritten text of every field a decision changes, by field id. */
export function applyDecisions(
  fields: readonly { id: string; text: string }[],
  findings: readonly RedactionFinding[],
  decisions: readonly RedactionDecision[],
): Map<string, string> {
  const rewrites = new Map<string, string>();
  for (const field of fields) {
    const own = findings.filter((finding) => finding.field === field.id);
    if (own.length === 0) continue;
    const next = applyDecisionsToText(field.text, own, decisions);
    if (next !== field.text) rewrites.set(field.id, next);
  }
  return rewrites;
}

/**
 * What the report's history keeps of the decisions: kind, field, action and the reason for a
 * "keep", never the matched text (it may be a name or a date of birth).
 */
export function decisionsForRecord(
  findings: readonly RedactionFinding[],
  decisions: readonly RedactionDecision[],
): { field: string; kind: RedactionFinding['kind']; action: RedactionAction; reason?: string }[] {
  const byId = decisionsById(decisions);
  return findings.flatMap((finding) => {
    const decision = byId.get(finding.id);
    if (!decision) return [];
    const reason = decision.action === 'keep' ? decision.reason?.trim() : undefined;
    return [
      {
        field: finding.field,
        kind: finding.kind,
        action: decision.action,
        ...(reason ? { reason } : {}),
      },
    ];
  });
}
