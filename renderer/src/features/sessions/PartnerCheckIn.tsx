import { CheckboxField } from '@renderer/ui/CheckboxField';
import type { FieldBinder } from '@renderer/ui/formController';
import { SelectField } from '@renderer/ui/SelectField';
import { TextField } from '@renderer/ui/TextField';
import { attendanceValues, type CheckInGiver, type Session } from '@shared/contract/sessions';
import { ratingAreaLabels, ratingAreas } from '@shared/domain/assessment';
import { attendanceLabels } from './labels';
import type { SessionFormValues } from './sessionValues';

type Position = 'A' | 'B';
type CheckInValues = Pick<SessionFormValues, 'attendance' | 'checkInOn' | 'checkIn'>;

const ATTENDANCE_OPTIONS = attendanceValues.map((value) => ({ value, label: attendanceLabels[value] }));

/**
 * One partner's attendance and quick check-in (six ratings, 0–10): the part of a held session
 * that the session form and the session workspace both ask.
 */
function PartnerCheckIn({
  position,
  name,
  fields,
  held,
  givenBy,
}: {
  position: Position;
  name: string;
  /** Who gave the saved check-in; a partner's own (private) rating is labeled as such. */
  givenBy?: CheckInGiver | null;
  fields: FieldBinder<CheckInValues>;
  /** Ratings are asked only of a session that took place. */
  held: boolean;
}) {
  const { values } = fields;
  const attendance = values.attendance[position];
  const rates = held && attendance !== 'absent' && attendance !== 'notExpected';
  return (
    <fieldset className="partner-fieldset">
      <legend className="partner-fieldset__legend">
        <span className="partner-fieldset__position">Partner {position}</span> {name}
      </legend>
      {givenBy === 'partner' ? (
        <p className="partner-fieldset__given-by">
          Answered privately by <bdi>{name}</bdi>
        </p>
      ) : null}
      <SelectField
        {...fields.bind(`attendance.${position}`)}
        label="Attendance"
        options={ATTENDANCE_OPTIONS}
      />
      {rates ? (
        <>
          <CheckboxField
            // The core names a partner's check-in `checkIn.A`: its problems are shown at this box.
            {...fields.bind(`checkInOn.${position}`, { path: `checkIn.${position}` })}
            label="Record a quick check-in (six ratings, 0–10)"
          />
          {values.checkInOn[position] ? (
            <div className="rating-grid">
              {ratingAreas.map((area) => (
                <TextField
                  key={area}
                  {...fields.bind(`checkIn.${position}.${area}`)}
                  label={ratingAreaLabels[area]}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={10}
                  className="input--short"
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
  fields,
  held,
  givenBy,
}: {
  names: { A: string; B: string };
  /** Who gave each saved check-in (the session workspace says when a partner answered privately). */
  givenBy?: Session['checkInBy'];
  /** The form's check-in fields (`form.part()`). */
  fields: FieldBinder<CheckInValues>;
  held: boolean;
}) {
  return (
    <div className="partners-grid">
      {(['A', 'B'] as const).map((position) => (
        <PartnerCheckIn
          key={position}
          position={position}
          name={names[position]}
          fields={fields}
          held={held}
          givenBy={givenBy?.[position] ?? null}
        />
      ))}
    </div>
  );
}
