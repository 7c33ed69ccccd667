import { SelectField } from '@renderer/ui/SelectField';
import { type Frequency, frequencyPeriods } from '@shared/domain/library';
import { NumberField } from './NumberField';

type Period = (typeof frequencyPeriods)[number] | 'asNeeded';

const PERIOD_LABELS: Record<Period, string> = {
  day: 'A day',
  week: 'A week',
  fortnight: 'Every two weeks',
  month: 'A month',
  session: 'Per session',
  asNeeded: 'As needed',
};
const PERIOD_OPTIONS = ([...frequencyPeriods, 'asNeeded'] as const).map((value) => ({
  value,
  label: PERIOD_LABELS[value],
}));

/** How often: a number of times per period, or "as needed". */
export function FrequencyField({
  name,
  value,
  onValueChange,
}: {
  name: string;
  value: Frequency;
  onValueChange(value: Frequency): void;
}) {
  const period: Period = value === 'asNeeded' ? 'asNeeded' : value.per;
  return (
    <fieldset className="frequency-field">
      <legend className="field__label">How often</legend>
      <div className="frequency-field__row">
        {value === 'asNeeded' ? null : (
          <NumberField
            name={`${name}.times`}
            label="Times"
            integer
            min={1}
            max={14}
            value={value.times}
            onValueChange={(times) => onValueChange({ times: times ?? 1, per: value.per })}
          />
        )}
        <SelectField
          name={`${name}.per`}
          label="Per"
          value={period}
          options={PERIOD_OPTIONS}
          onValueChange={(per) =>
            onValueChange(
              per === 'asNeeded' ? 'asNeeded' : { times: value === 'asNeeded' ? 1 : value.times, per },
            )
          }
        />
      </div>
    </fieldset>
  );
}
