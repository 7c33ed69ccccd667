import type { FieldBinder } from '@renderer/ui/formController';
import { TextAreaField } from '@renderer/ui/TextAreaField';
import { TextField } from '@renderer/ui/TextField';
import type { Session } from '@shared/contract/sessions';
import type { MeasureScale } from './milestones';
import { RubricField } from './RubricField';
import { SessionPicker, sessionDate } from './SessionPicker';

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
 * entry form and the in-place correction so the two ask the same way; the correction's form
 * prefixes its field names ("edit.") so its ids do not clash with the entry form on the same screen.
 */
export function MeasurementValueFields({
  fields,
  sessions,
  withSession,
  valueInput,
  scale,
  valueHint,
  maxDate,
  dateHint,
}: {
  /** The form's own fields (`form.part()`). */
  fields: FieldBinder<MeasurementValueParts>;
  sessions: readonly Session[];
  withSession: boolean;
  /** "none" where the value and comment are asked elsewhere (each partner's feedback). */
  valueInput: 'typed' | 'rubric' | 'none';
  scale: MeasureScale;
  valueHint: string;
  maxDate?: string;
  dateHint?: string | undefined;
}) {
  return (
    <>
      {withSession ? (
        <SessionPicker
          {...fields.bind('sessionId', {
            // An observation takes the date of the session it was made in.
            set: (parts, sessionId) => {
              const date = sessionDate(sessions, sessionId);
              return date ? { ...parts, sessionId, measuredOn: date } : { ...parts, sessionId };
            },
            clears: ['measuredOn'],
          })}
          sessions={sessions}
        />
      ) : null}
      <div className="field-grid measure-entry__grid">
        <TextField
          {...fields.bind('measuredOn')}
          label="Date"
          type="date"
          max={maxDate}
          className="input--date"
          hint={dateHint}
        />
        {valueInput === 'typed' ? (
          <TextField
            {...fields.bind('value')}
            label={scale.noun === 'rating' ? 'Rating' : 'Value'}
            inputMode="decimal"
            autoComplete="off"
            className="input--number"
            hint={valueHint}
          />
        ) : null}
      </div>
      {valueInput === 'rubric' ? <RubricField {...fields.bind('value')} /> : null}
      {valueInput === 'none' ? null : (
        <TextAreaField {...fields.bind('comment')} label="Comment" optional rows={2} />
      )}
    </>
  );
}
