import { ErrorSummary } from '@renderer/ui/ErrorSummary';
import { errorSummaryItems } from '@renderer/ui/errorSummaryItems';
import { issuesToFieldErrors } from '@renderer/ui/fieldErrors';
import { SaveWithStatus } from '@renderer/ui/SaveWithStatus';
import { SelectField } from '@renderer/ui/SelectField';
import { useFormSubmission } from '@renderer/ui/useFormSubmission';
import type { Couple } from '@shared/contract/couples';
import { type QuestionnaireScheduleEntry, questionnairesContract } from '@shared/contract/questionnaires';
import { partnerFullName } from '@shared/domain/couple';
import type { InstrumentId } from '@shared/domain/questionnaires';
import { useRef, useState } from 'react';
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
  const [grid, setGrid] = useState<ScheduleGrid>(() => scheduleGrid(entries));
  const [status, setStatus] = useState<string | null>(null);
  const sent = useRef<QuestionnaireScheduleEntry[]>([]);
  const save = useSetSchedule(couple.id);
  const { errors, formError, attempt, saving, submit, clearErrors } = useFormSubmission({
    validate: () => {
      setStatus(null);
      sent.current = scheduleEntries(grid);
      const parsed = setScheduleInput.safeParse({ coupleId: couple.id, entries: sent.current });
      return parsed.success
        ? { ok: true, input: parsed.data }
        : { ok: false, errors: placeScheduleErrors(issuesToFieldErrors(parsed.error.issues), sent.current) };
    },
    save: async (input) => {
      const saved = await save.mutateAsync(input);
      setGrid(scheduleGrid(saved.entries));
      setStatus(
        saved.entries.length === 0
          ? 'Schedule saved: no questionnaire is scheduled.'
          : `Schedule saved: ${saved.entries.length} scheduled.`,
      );
    },
    placeErrors: (fields) => placeScheduleErrors(fields, sent.current),
    failureMessage: 'The schedule could not be saved. Try again.',
  });

  function choose(partner: 'A' | 'B', instrument: InstrumentId, cadence: CadenceChoice) {
    setGrid((current) => ({ ...current, [partner]: { ...current[partner], [instrument]: cadence } }));
    setStatus(null);
    clearErrors(scheduleField(partner, instrument));
  }

  const summary = errorSummaryItems(errors, formError, FIELD_ORDER);
  return (
    <form className="questionnaire-schedule" onSubmit={submit} noValidate aria-busy={saving}>
      <ErrorSummary items={summary} attempt={attempt} />
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
                name={scheduleField(partner, instrument)}
                label={instrumentTitle(instrument)}
                value={grid[partner][instrument]}
                options={cadenceOptions}
                error={errors[scheduleField(partner, instrument)]}
                onValueChange={(value) => choose(partner, instrument, value)}
              />
            ))}
          </fieldset>
        ))}
      </div>
      <SaveWithStatus label="Save schedule" saving={saving} status={status} />
    </form>
  );
}
