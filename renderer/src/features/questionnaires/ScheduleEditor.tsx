import { ErrorSummary } from '@renderer/ui/ErrorSummary';
import type { FieldBinding, FieldPath } from '@renderer/ui/formController';
import { SaveWithStatus } from '@renderer/ui/SaveWithStatus';
import { SelectField } from '@renderer/ui/SelectField';
import { useForm } from '@renderer/ui/useForm';
import type { Input } from '@shared/contract';
import type { Couple } from '@shared/contract/couples';
import { issuesToFieldErrors } from '@shared/contract/field-issues';
import { type QuestionnaireScheduleEntry, questionnairesContract } from '@shared/contract/questionnaires';
import { partnerFullName } from '@shared/domain/couple';
import { useState } from 'react';
import { instrumentOrder, instrumentTitle } from './labels';
import { useSetSchedule } from './queries';
import {
  type CadenceChoice,
  cadenceOptions,
  placeScheduleErrors,
  type ScheduleGrid,
  scheduleEntries,
  scheduleField,
  scheduleGrid,
} from './scheduleValues';

const setScheduleInput = questionnairesContract['questionnaires:setSchedule'].input;
const FIELD_ORDER = (['A', 'B'] as const).flatMap((p) => instrumentOrder.map((id) => scheduleField(p, id)));

/**
 * Which questionnaire each partner answers, and how often. Saved as a whole: the core replaces
 * the couple's schedule, and Today, the workspace brief and the private check-in follow it.
 */
export function ScheduleEditor({
  couple,
  entries,
}: {
  couple: Couple;
  entries: readonly QuestionnaireScheduleEntry[];
}) {
  const [status, setStatus] = useState<string | null>(null);
  const save = useSetSchedule(couple.id);
  const form = useForm<ScheduleGrid, Input<'questionnaires:setSchedule'>>({
    initial: scheduleGrid(entries),
    validate: (grid) => {
      const sent = scheduleEntries(grid);
      const parsed = setScheduleInput.safeParse({ coupleId: couple.id, entries: sent });
      return parsed.success
        ? { ok: true, input: parsed.data }
        : { ok: false, errors: placeScheduleErrors(issuesToFieldErrors(parsed.error.issues), sent) };
    },
    save: async (input) => {
      const saved = await save.mutateAsync(input);
      form.setValues(scheduleGrid(saved.entries));
      setStatus(
        saved.entries.length === 0
          ? 'Schedule saved: no questionnaire is scheduled.'
          : `Schedule saved: ${saved.entries.length} scheduled.`,
      );
    },
    // The core names rows of what was sent (`entries.2.cadence`): placed on their select.
    placeErrors: (fields, grid) => placeScheduleErrors(fields, scheduleEntries(grid)),
    onChange: () => setStatus(null),
    fields: FIELD_ORDER,
    failureMessage: 'The schedule could not be saved. Try again.',
  });

  return (
    <form className="questionnaire-schedule" onSubmit={form.submit} noValidate aria-busy={form.saving}>
      <ErrorSummary {...form.summary()} />
      <div className="questionnaire-schedule__partners">
        {(['A', 'B'] as const).map((partner) => (
          <fieldset key={partner} className="questionnaire-schedule__partner">
            <legend className="questionnaire-schedule__legend">
              <bdi>{partnerFullName(partner === 'A' ? couple.partnerA : couple.partnerB)}</bdi> (partner{' '}
              {partner})
            </legend>
            {instrumentOrder.map((instrument) => (
              <SelectField<CadenceChoice>
                key={instrument}
                // One select per cell of the grid; the core's errors come back at `schedule.A.phq9`.
                {...(form.bind(`${partner}.${instrument}` as FieldPath<ScheduleGrid>, {
                  name: scheduleField(partner, instrument),
                  path: scheduleField(partner, instrument),
                }) as FieldBinding<CadenceChoice>)}
                label={instrumentTitle(instrument)}
                options={cadenceOptions}
              />
            ))}
          </fieldset>
        ))}
      </div>
      <SaveWithStatus label="Save schedule" saving={form.saving} status={status} />
    </form>
  );
}
