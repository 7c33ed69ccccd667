import type { FieldErrors } from '@renderer/ui/fieldErrors';
import { TextAreaField } from '@renderer/ui/TextAreaField';
import { TextField } from '@renderer/ui/TextField';
import type { Session } from '@shared/contract/sessions';
import type { MeasureScale } from './milestones';
import { RubricField } from './RubricField';
import { SessionPicker } from './SessionPicker';

/** The part of a measurement these fields edit; both the entry and the correction forms hold it as text. */
export interface MeasurementValueParts {
  sessionId: string;
  measuredOn: string;
  value: string;
  comment: string;
}

/**
 * When a measurement was taken and what it was: the session (for an observation in session),
 * the date, the value typed as a number or rated on the therapist's rubric, and a comment. Shared by the
 * entry form and the in-place correction so the two ask the same way; the correction prefixes
 * its field names ("edit.") so its ids do not clash with the entry form on the same screen.
 */
export function MeasurementValueFields({
  namePrefix = '',
  values,
  errors,
  sessions,
  withSession,
  valueInput,
  scale,
  valueHint,
  maxDate,
  dateHint,
  onChange,
}: {
  namePrefix?: '' | 'edit.';
  values: MeasurementValueParts;
  errors: FieldErrors;
  sessions: readonly Session[];
  withSession: boolean;
  /** "none" where the value and comment are asked elsewhere (each partner's feedback). */
  valueInput: 'typed' | 'rubric' | 'none';
  scale: MeasureScale;
  valueHint: string;
  maxDate?: string;
  dateHint?: string | undefined;
  /** The changed parts, and the error paths the change answers. */
  onChange(patch: Partial<MeasurementValueParts>, ...paths: string[]): void;
}) {
  return (
    <>
      {withSession ? (
        <SessionPicker
          name={`${namePrefix}sessionId`}
          sessions={sessions}
          value={values.sessionId}
          error={errors.sessionId}
          onChange={(sessionId, date) =>
            onChange(date ? { sessionId, measuredOn: date } : { sessionId }, 'sessionId', 'measuredOn')
          }
        />
      ) : null}
      <div className="field-grid measure-entry__grid">
        <TextField
          name={`${namePrefix}measuredOn`}
          label="Date"
          type="date"
          max={maxDate}
          className="input--date"
          value={values.measuredOn}
          error={errors.measuredOn}
          hint={dateHint}
          onValueChange={(measuredOn) => onChange({ measuredOn }, 'measuredOn')}
        />
        {valueInput === 'typed' ? (
          <TextField
            name={`${namePrefix}value`}
            label={scale.noun === 'rating' ? 'Rating' : 'Value'}
            inputMode="decimal"
            autoComplete="off"
            className="input--number"
            value={values.value}
            error={errors.value}
            hint={valueHint}
            onValueChange={(value) => onChange({ value }, 'value')}
          />
        ) : null}
      </div>
      {valueInput === 'rubric' ? (
        <RubricField
          name={`${namePrefix}value`}
          value={values.value}
          error={errors.value}
          onChange={(value) => onChange({ value }, 'value')}
        />
      ) : null}
      {valueInput === 'none' ? null : (
        <TextAreaField
          name={`${namePrefix}comment`}
          label="Comment"
          optional
          rows={2}
          value={values.comment}
          error={errors.comment}
          onValueChange={(comment) => onChange({ comment }, 'comment')}
        />
      )}
    </>
  );
}
