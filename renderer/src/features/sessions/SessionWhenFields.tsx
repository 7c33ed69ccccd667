import type { FieldErrors } from '@renderer/ui/fieldErrors';
import { SelectField } from '@renderer/ui/SelectField';
import { TextField } from '@renderer/ui/TextField';
import { sessionTypeLabels, sessionTypes } from '@shared/contract/sessions';
import { placeLabels } from './labels';

/** When and where a session is: what a booking and a recorded session both ask first. */
export interface SessionWhen {
  date: string;
  startTime: string;
  durationMinutes: string;
  type: (typeof sessionTypes)[number];
  place: 'office' | 'telehealth';
}

const TYPE_OPTIONS = sessionTypes.map((type) => ({ value: type, label: sessionTypeLabels[type] }));
const PLACE_OPTIONS = (['office', 'telehealth'] as const).map((place) => ({
  value: place,
  label: placeLabels[place],
}));

/**
 * Date, start time, duration, type and place, as fields of the caller's grid. A booking needs its start
 * time (clashes are found by it); a session recorded afterwards may leave it out.
 */
export function SessionWhenFields({
  values,
  errors,
  startTimeOptional,
  change,
}: {
  values: SessionWhen;
  errors: FieldErrors;
  startTimeOptional: boolean;
  change(patch: Partial<SessionWhen>, path: keyof SessionWhen): void;
}) {
  return (
    <>
      <TextField
        name="date"
        label="Date"
        type="date"
        value={values.date}
        error={errors.date}
        onValueChange={(date) => change({ date }, 'date')}
      />
      <TextField
        name="startTime"
        label="Start time"
        optional={startTimeOptional}
        type="time"
        value={values.startTime}
        error={errors.startTime}
        onValueChange={(startTime) => change({ startTime }, 'startTime')}
      />
      <TextField
        name="durationMinutes"
        label="Duration (minutes)"
        inputMode="numeric"
        value={values.durationMinutes}
        error={errors.durationMinutes}
        onValueChange={(durationMinutes) => change({ durationMinutes }, 'durationMinutes')}
      />
      <SelectField
        name="type"
        label="Type"
        value={values.type}
        options={TYPE_OPTIONS}
        error={errors.type}
        onValueChange={(type) => change({ type }, 'type')}
      />
      <SelectField
        name="place"
        label="Place"
        value={values.place}
        options={PLACE_OPTIONS}
        error={errors.place}
        onValueChange={(place) => change({ place }, 'place')}
      />
    </>
  );
}
