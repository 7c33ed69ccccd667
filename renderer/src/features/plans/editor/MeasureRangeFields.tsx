import { itemFieldName } from '@renderer/features/plans/planErrors';
import { TextField } from '@renderer/ui/TextField';
import { usePlanErrors } from './editorContext';
import { NumberField } from './NumberField';

/** What objectives and milestones both measure: where the couple starts and where they aim to be. */
export interface MeasureRange {
  baseline: number | null;
  target: number | null;
}

const RANGE_FIELDS: readonly { field: keyof MeasureRange; label: string }[] = [
  { field: 'baseline', label: 'Baseline' },
  { field: 'target', label: 'Target' },
];

/**
 * Baseline, target and the date to reach it, for an objective or a milestone. The date has a
 * different field and label on each ("Target date", "Due date"), so it is named by the caller.
 */
export function MeasureRangeFields({
  itemKey,
  range,
  date,
  onRangeChange,
  onDateChange,
}: {
  itemKey: string;
  range: MeasureRange;
  date: { field: string; label: string; value: string };
  onRangeChange(patch: Partial<MeasureRange>): void;
  onDateChange(value: string): void;
}) {
  const errors = usePlanErrors();
  const name = (field: string) => itemFieldName(itemKey, field);
  return (
    <>
      {RANGE_FIELDS.map(({ field, label }) => (
        <NumberField
          key={field}
          name={name(field)}
          label={label}
          min={0}
          max={1000}
          allowEmpty
          value={range[field]}
          error={errors[name(field)]}
          onValueChange={(value) => onRangeChange({ [field]: value })}
        />
      ))}
      <TextField
        name={name(date.field)}
        label={date.label}
        type="date"
        className="input--date"
        value={date.value}
        error={errors[name(date.field)]}
        onValueChange={onDateChange}
      />
    </>
  );
}
