import type { FieldBinder } from '@renderer/ui/formController';
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
  fields,
  startTimeOptional,
}: {
  /** The form's own fields (`form.part()`). */
  fields: FieldBinder<SessionWhen>;
  startTimeOptional: boolean;
}) {
  return (
    <>
      <TextField {...fields.bind('date')} label="Date" type="date" />
      <TextField {...fields.bind('startTime')} label="Start time" optional={startTimeOptional} type="time" />
      <TextField {...fields.bind('durationMinutes')} label="Duration (minutes)" inputMode="numeric" />
      <SelectField {...fields.bind('type')} label="Type" options={TYPE_OPTIONS} />
      <SelectField {...fields.bind('place')} label="Place" options={PLACE_OPTIONS} />
    </>
  );
}
