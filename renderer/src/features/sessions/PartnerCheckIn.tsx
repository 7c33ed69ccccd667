import { CheckboxField } from '@renderer/ui/CheckboxField';
import type { FieldErrors } from '@renderer/ui/fieldErrors';
import { SelectField } from '@renderer/ui/SelectField';
import { TextField } from '@renderer/ui/TextField';
import { attendanceValues } from '@shared/contract/sessions';
import { type RatingArea, ratingAreaLabels, ratingAreas } from '@shared/domain/assessment';
import { attendanceLabels } from './labels';
import type { SessionFormValues } from './sessionValues';

type Position = 'A' | 'B';
type CheckInValues = Pick<SessionFormValues, 'attendance' | 'checkInOn' | 'checkIn'>;

/**
 * One partner's attendance and quick check-in (six ratings, 0–10): the part of a held session
 * that the session form and the session workspace both ask.
 */
function PartnerCheckIn({
  position,
  name,
  values,
  held,
  errors,
  change,
}: {
  position: Position;
  name: string;
  values: CheckInValues;
  /** Ratings are asked only of a session that took place. */
  held: boolean;
  errors: FieldErrors;
  change(patch: Partial<CheckInValues>, ...paths: string[]): void;
}) {
  const attendance = values.attendance[position];
  const rates = held && attendance !== 'absent' && attendance !== 'notExpected';
  const setRating = (area: RatingArea, text: string) =>
    change(
      { checkIn: { ...values.checkIn, [position]: { ...values.checkIn[position], [area]: text } } },
      `checkIn.${position}.${area}`,
    );
  return (
    <fieldset className="partner-fieldset">
      <legend className="partner-fieldset__legend">
        <span className="partner-fieldset__position">Partner {position}</span> {name}
      </legend>
      <SelectField
        name={`attendance.${position}`}
        label="Attendance"
        value={attendance}
        options={attendanceValues.map((value) => ({ value, label: attendanceLabels[value] }))}
        error={errors[`attendance.${position}`]}
        onValueChange={(value) =>
          change({ attendance: { ...values.attendance, [position]: value } }, `attendance.${position}`)
        }
      />
      {rates ? (
        <>
          <CheckboxField
            name={`checkIn.${position}`}
            label="Record a quick check-in (six ratings, 0–10)"
            value={values.checkInOn[position]}
            error={errors[`checkIn.${position}`]}
            onValueChange={(on) =>
              change({ checkInOn: { ...values.checkInOn, [position]: on } }, `checkIn.${position}`)
            }
          />
          {values.checkInOn[position] ? (
            <div className="rating-grid">
              {ratingAreas.map((area) => (
                <TextField
                  key={area}
                  name={`checkIn.${position}.${area}`}
                  label={ratingAreaLabels[area]}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={10}
                  className="input--short"
                  value={values.checkIn[position][area]}
                  error={errors[`checkIn.${position}.${area}`]}
                  onValueChange={(text) => setRating(area, text)}
                />
              ))}
            </div>
          ) : null}
        </>
      ) : null}
    </fieldset>
  );
}

/** Both partners' attendance and check-in, side by side. */
export function PartnerCheckIns({
  names,
  ...rest
}: {
  names: { A: string; B: string };
  values: CheckInValues;
  held: boolean;
  errors: FieldErrors;
  change(patch: Partial<CheckInValues>, ...paths: string[]): void;
}) {
  return (
    <div className="partners-grid">
      {(['A', 'B'] as const).map((position) => (
        <PartnerCheckIn key={position} position={position} name={names[position]} {...rest} />
      ))}
    </div>
  );
}
