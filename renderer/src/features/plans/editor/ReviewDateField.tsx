import { planFieldNames } from '@renderer/features/plans/planErrors';
import { TextField } from '@renderer/ui/TextField';
import { addDaysIso } from '@shared/domain/dates';
import { usePlanErrors } from './editorContext';

/** When the plan is next reviewed: from today to a year ahead. */
export function ReviewDateField({
  value,
  today,
  onChange,
}: {
  value: string;
  today: string;
  onChange(value: string): void;
}) {
  const error = usePlanErrors()[planFieldNames.reviewDate];
  return (
    <div className="plan-review-date">
      <TextField
        name={planFieldNames.reviewDate}
        label="Review date"
        type="date"
        min={today}
        max={addDaysIso(today, 366)}
        hint="When you will review this plan with the couple: from today to a year ahead. It appears on the Today view a week before."
        value={value}
        error={error}
        className="input--date"
        onValueChange={onChange}
      />
    </div>
  );
}
