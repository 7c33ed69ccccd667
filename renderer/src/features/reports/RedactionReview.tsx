import { RadioGroupField } from '@renderer/ui/RadioGroupField';
import { TextField } from '@renderer/ui/TextField';
import type { RedactionDecisionInput, RedactionFindingView } from '@shared/contract/reports';
import {
  decisionProblem,
  KEEP_REASON_MAX,
  type RedactionAction,
  type RedactionDecision,
} from '@shared/domain/reports/redaction/decisions';
import { findingKindLabels } from '@shared/domain/reports/redaction/scan';
import { useEffect, useId, useRef } from 'react';

/** The form keeps decisions as typed; the domain reads them with `reason` always present. */
function asDecision(input: RedactionDecisionInput | undefined): RedactionDecision | undefined {
  return input
    ? { findingId: input.findingId, action: input.action, reason: input.reason ?? null }
    : undefined;
}

export function openFindings(
  findings: readonly RedactionFindingView[],
  decisions: readonly RedactionDecisionInput[],
): RedactionFindingView[] {
  const byId = new Map(decisions.map((d) => [d.findingId, d]));
  return findings.filter((f) => decisionProblem(f, asDecision(byId.get(f.id))) !== null);
}

/**
 * The redaction review: each finding highlighted in its sentence, the word that triggered it
 * and why, and the three decisions (initials for a name, remove, keep with a reason). Plain
 * radio groups, so the whole review works from the keyboard: Tab from finding to finding,
 * arrow keys to choose. Generating is possible once every finding is resolved.
 */
export function RedactionReview({
  findings,
  decisions,
  onDecisionsChange,
  onBack,
  busy,
}: {
  findings: readonly RedactionFindingView[];
  decisions: readonly RedactionDecisionInput[];
  onDecisionsChange(decisions: RedactionDecisionInput[]): void;
  onBack(): void;
  busy: boolean;
}) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const byId = new Map(decisions.map((d) => [d.findingId, d]));
  const open = openFindings(findings, decisions);

  function decide(findingId: string, patch: Partial<RedactionDecisionInput>) {
    const current = byId.get(findingId);
    const next: RedactionDecisionInput = {
      findingId,
      action: patch.action ?? current?.action ?? 'keep',
      reason: patch.reason !== undefined ? patch.reason : (current?.reason ?? null),
    };
    onDecisionsChange([...decisions.filter((d) => d.findingId !== findingId), next]);
  }

  return (
    <section className="redaction-review" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className="redaction-review__title">
        Review before the report is made
      </h3>
      <p className="redaction-review__intro">
        This report leaves some details out, and the text below would print them. Decide for each: replace a
        name with initials, remove the words, or keep them with a one-line reason (kept in the report’s
        history).
      </p>
      <p className="redaction-review__count" role="status">
        {open.length === 0
          ? `All ${findings.length} findings resolved.`
          : `${findings.length - open.length} of ${findings.length} findings resolved.`}
      </p>
      <ol className="redaction-review__list">
        {findings.map((finding, index) => {
          const decision = byId.get(finding.id);
          const problem = decisionProblem(finding, asDecision(decision));
          const name = `redactions.${index}`;
          const actions: { value: RedactionAction; label: string }[] = [
            ...(finding.initials !== null
              ? [{ value: 'initials' as const, label: `Replace with “${finding.initials}”` }]
              : []),
            { value: 'remove', label: `Remove “${finding.text}”` },
            { value: 'keep', label: 'Keep, with a reason' },
          ];
          return (
            <li
              key={finding.id}
              className={`redaction-finding${problem ? '' : ' redaction-finding--resolved'}`}
              data-finding={finding.kind}
            >
              <p className="redaction-finding__where">
                <strong>{findingKindLabels[finding.kind]}</strong> in {finding.fieldLabel}
                {problem ? '' : ' (resolved)'}
              </p>
              <blockquote className="redaction-finding__context">
                {finding.before}
                <mark>{finding.text}</mark>
                {finding.after}
              </blockquote>
              <p className="redaction-finding__why">{finding.why}</p>
              <RadioGroupField<RedactionAction | ''>
                name={name}
                legend={`What to do with “${finding.text}”`}
                inline
                value={decision?.action ?? ''}
                options={actions}
                onValueChange={(action) => {
                  if (action !== '') decide(finding.id, { action });
                }}
              />
              {decision?.action === 'keep' ? (
                <TextField
                  name={`${name}.reason`}
                  label="Why it can stay"
                  hint={`One line, kept in the report’s history (at most ${KEEP_REASON_MAX} characters).`}
                  value={decision.reason ?? ''}
                  error={problem}
                  onValueChange={(reason) => decide(finding.id, { reason })}
                  autoComplete="off"
                />
              ) : null}
            </li>
          );
        })}
      </ol>
      <div className="form__actions form__actions--bar report-options__actions">
        {/* Submits the dialog's form: the core scans again and makes the report. */}
        <button type="submit" className="button button--primary" disabled={busy || open.length > 0}>
          {busy ? 'Making the report…' : 'Generate and preview'}
        </button>
        <button type="button" className="button button--secondary" onClick={onBack} disabled={busy}>
          Back to the options
        </button>
      </div>
    </section>
  );
}
