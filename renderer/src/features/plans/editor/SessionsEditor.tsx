import { Reasons } from '@renderer/features/plans/Reasons';
import { SelectField } from '@renderer/ui/SelectField';
import type { SessionPlan } from '@shared/domain/plan';
import { NumberField } from './NumberField';

const MIX_FIELDS = [
  ['joint', 'Joint sessions'],
  ['individualA', 'Individual, partner A'],
  ['individualB', 'Individual, partner B'],
  ['workshop', 'Workshops'],
] as const;

/** How often the couple is seen, and the mix of session types over four weeks. */
export function SessionsEditor({
  sessions,
  partnerNames,
  onChange,
}: {
  sessions: SessionPlan;
  partnerNames: { A: string; B: string };
  onChange(sessions: SessionPlan): void;
}) {
  const mixLabel = (field: (typeof MIX_FIELDS)[number][0], label: string) => {
    if (field === 'individualA' && partnerNames.A) return `Individual, partner A (${partnerNames.A})`;
    if (field === 'individualB' && partnerNames.B) return `Individual, partner B (${partnerNames.B})`;
    return label;
  };
  return (
    <section className="plan-section" aria-labelledby="plan-sessions-heading">
      <h2 id="plan-sessions-heading" className="plan-section__title">
        Sessions
      </h2>
      <Reasons reasons={sessions.reasons} />
      <div className="field-grid field-grid--sessions">
        <NumberField
          name="plan.sessions.frequency.sessions"
          label="Sessions"
          integer
          min={1}
          max={7}
          value={sessions.frequency.sessions}
          onValueChange={(count) =>
            onChange({ ...sessions, frequency: { ...sessions.frequency, sessions: count ?? 1 } })
          }
        />
        <SelectField
          name="plan.sessions.frequency.per"
          label="Every"
          value={sessions.frequency.per}
          options={[
            { value: 'week', label: 'Week' },
            { value: 'fortnight', label: 'Every two weeks' },
          ]}
          onValueChange={(per) => onChange({ ...sessions, frequency: { ...sessions.frequency, per } })}
        />
      </div>
      <fieldset className="plan-section__fieldset">
        <legend className="field__label">Mix over four weeks</legend>
        <div className="field-grid field-grid--mix">
          {MIX_FIELDS.map(([field, label]) => (
            <NumberField
              key={field}
              name={`plan.sessions.mixPerFourWeeks.${field}`}
              label={mixLabel(field, label)}
              integer
              min={0}
              max={28}
              value={sessions.mixPerFourWeeks[field]}
              onValueChange={(count) =>
                onChange({
                  ...sessions,
                  mixPerFourWeeks: { ...sessions.mixPerFourWeeks, [field]: count ?? 0 },
                })
              }
            />
          ))}
        </div>
      </fieldset>
    </section>
  );
}
