import { CheckboxField } from '@renderer/ui/CheckboxField';
import { SelectField } from '@renderer/ui/SelectField';
import { TextAreaField } from '@renderer/ui/TextAreaField';
import { type UseSinceLastSession, useSinceLastSession } from '@shared/domain/notes';
import type { NoteValues } from './noteValues';

const USE_LABELS: Record<UseSinceLastSession, string> = { no: 'No', yes: 'Yes', unknown: 'Not known' };

/** Use since the last session per partner, safety concerns, suicidal thoughts and details. */
export function RiskReviewFields({
  risk,
  partnerNames,
  onChange,
  safetyFlagOpen = false,
}: {
  risk: NoteValues['risk'];
  partnerNames: { A: string; B: string };
  onChange(risk: NoteValues['risk']): void;
  /** The couple has an open safety flag: the review must be complete before signing (the core checks it). */
  safetyFlagOpen?: boolean;
}) {
  const flagged = risk.safetyConcerns || risk.suicidalThoughts;
  return (
    <fieldset className={`risk-review${flagged ? ' risk-review--flagged' : ''}`}>
      <legend className="risk-review__legend">Risk review</legend>
      {safetyFlagOpen ? (
        <p className="field__hint">
          This couple has an open safety flag: answer use since the last session for each partner who came,
          and write the risk details, before signing.
        </p>
      ) : null}
      <div className="field-grid">
        {(['A', 'B'] as const).map((position) => (
          <SelectField
            key={position}
            name={`risk.useSinceLastSession.${position}`}
            label={`Use since last session: partner ${position} (${partnerNames[position]})`}
            value={risk.useSinceLastSession[position]}
            options={useSinceLastSession.map((value) => ({ value, label: USE_LABELS[value] }))}
            onValueChange={(value) =>
              onChange({ ...risk, useSinceLastSession: { ...risk.useSinceLastSession, [position]: value } })
            }
          />
        ))}
      </div>
      <CheckboxField
        name="risk.safetyConcerns"
        label="Safety concerns (violence, fear, coercion)"
        value={risk.safetyConcerns}
        onValueChange={(safetyConcerns) => onChange({ ...risk, safetyConcerns })}
      />
      <CheckboxField
        name="risk.suicidalThoughts"
        label="Suicidal thoughts reported"
        value={risk.suicidalThoughts}
        onValueChange={(suicidalThoughts) => onChange({ ...risk, suicidalThoughts })}
      />
      {flagged ? (
        <p className="score score--positive">
          <span aria-hidden="true">⚠ </span>Saving raises a safety flag on this couple until you record how it
          was addressed.
        </p>
      ) : null}
      <TextAreaField
        name="risk.details"
        label="Risk details"
        optional={!safetyFlagOpen}
        rows={2}
        value={risk.details}
        onValueChange={(details) => onChange({ ...risk, details })}
      />
    </fieldset>
  );
}
