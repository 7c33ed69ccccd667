import { today as todayIso } from '@renderer/features/couples/format';
import { ErrorSummary } from '@renderer/ui/ErrorSummary';
import { placeFieldErrors } from '@renderer/ui/fieldErrors';
import { RadioGroupField } from '@renderer/ui/RadioGroupField';
import { SaveOrDiscardActions } from '@renderer/ui/SaveOrDiscardActions';
import { SelectField } from '@renderer/ui/SelectField';
import { TextField } from '@renderer/ui/TextField';
import { useForm } from '@renderer/ui/useForm';
import type { Input } from '@shared/contract';
import type { Couple } from '@shared/contract/couples';
import { issuesToFieldErrors } from '@shared/contract/field-issues';
import { type QuestionnaireResponse, questionnairesContract } from '@shared/contract/questionnaires';
import { partnerFullName } from '@shared/domain/couple';
import { type InstrumentId, instruments } from '@shared/domain/questionnaires';
import { instrumentOrder, instrumentTitle } from './labels';
import { useRecordResponse } from './queries';
import {
  type AnswerChoices,
  answerField,
  answerValues,
  responseFieldOrder,
  unansweredErrors,
} from './responseValues';

const recordInput = questionnairesContract['questionnaires:record'].input;

interface ResponseFormValues {
  partner: '' | 'A' | 'B';
  instrument: '' | InstrumentId;
  answeredOn: string;
  choices: AnswerChoices;
}

/**
 * A questionnaire completed on paper (or answered aloud), entered by the clinician: whose,
 * which, when, and each item's answer as ticked. Saved as "entered by the clinician", apart
 * from what a partner answers privately.
 */
export function RecordResponseForm({
  couple,
  onSaved,
  onCancel,
}: {
  couple: Couple;
  onSaved(response: QuestionnaireResponse): void;
  onCancel(): void;
}) {
  const record = useRecordResponse(couple.id);
  const form = useForm<ResponseFormValues, Input<'questionnaires:record'>>({
    initial: { partner: '', instrument: '', answeredOn: todayIso(), choices: {} },
    validate: ({ partner, instrument, answeredOn, choices }) => {
      const parsed = recordInput.safeParse({
        coupleId: couple.id,
        partner: partner === '' ? undefined : partner,
        instrument: instrument === '' ? undefined : instrument,
        answeredOn,
        answers: instrument === '' ? {} : answerValues(instrument, choices),
      });
      // The contract's own message for a missing partner is zod's list of options: say it in words.
      const missing = {
        ...(partner === '' ? { partner: 'Choose whose answers these are' } : {}),
        ...(instrument === '' ? {} : unansweredErrors(instrument, choices)),
      };
      if (parsed.success && Object.keys(missing).length === 0) return { ok: true, input: parsed.data };
      return {
        ok: false,
        errors: {
          ...(parsed.success
            ? {}
            : placeFieldErrors(issuesToFieldErrors(parsed.error.issues), responseFieldOrder(instrument))),
          ...missing,
        },
      };
    },
    save: async (input) => onSaved(await record.mutateAsync(input)),
    placeErrors: (fields, values) => placeFieldErrors(fields, responseFieldOrder(values.instrument)),
    fields: (values) => responseFieldOrder(values.instrument),
    failureMessage: 'The questionnaire could not be saved. Try again.',
  });
  const { partner, instrument, choices } = form.values;

  const definition = instrument === '' ? null : instruments[instrument];
  return (
    <form
      className="form panel questionnaire-entry"
      onSubmit={form.submit}
      noValidate
      aria-busy={form.saving}
      aria-labelledby="questionnaire-entry-heading"
    >
      <h3 id="questionnaire-entry-heading">Enter a completed questionnaire</h3>
      <p className="muted">
        From a paper form, or answers given aloud: saved as entered by the clinician, not as the partner’s
        private answers.
      </p>
      <ErrorSummary {...form.summary()} />
      <div className="field-grid">
        <RadioGroupField<'' | 'A' | 'B'>
          {...form.bind('partner')}
          legend="Whose answers"
          options={(['A', 'B'] as const).map((p) => ({
            value: p,
            label: `${partnerFullName(p === 'A' ? couple.partnerA : couple.partnerB)} (partner ${p})`,
          }))}
        />
        <SelectField<'' | InstrumentId>
          {...form.bind('instrument', {
            // Another instrument has other questions: answers given to the first do not carry over.
            set: (values, next) => ({ ...values, instrument: next, choices: {} }),
            clears: Object.keys(form.errors).filter((path) => path.startsWith('answers.')),
          })}
          label="Questionnaire"
          options={[
            { value: '', label: 'Choose…' },
            ...instrumentOrder.map((id) => ({ value: id, label: instrumentTitle(id) })),
          ]}
        />
        <TextField {...form.bind('answeredOn')} label="Date answered" type="date" />
      </div>
      {definition ? (
        <fieldset className="questionnaire-entry__items">
          <legend className="questionnaire-entry__legend">{definition.shortName} answers</legend>
          {definition.timeframe ? <p className="questionnaire-entry__stem">{definition.timeframe}</p> : null}
          {definition.items.map((item, index) => (
            <RadioGroupField
              key={item.id}
              {...form.bind(`choices.${item.id}` as 'answeredOn', {
                name: answerField(item.id),
                path: answerField(item.id),
              })}
              value={choices[item.id] ?? ''}
              legend={`${index + 1}. ${item.text}`}
              inline
              options={item.options.map((option) => ({
                value: String(option.value),
                label: `${option.label} (${option.value})`,
              }))}
            />
          ))}
          <p className="questionnaire-entry__attribution">{definition.attribution}</p>
        </fieldset>
      ) : (
        <p className="muted">Choose the questionnaire to see its questions.</p>
      )}
      <SaveOrDiscardActions
        submitLabel="Save questionnaire"
        saving={form.saving}
        dirty={partner !== '' || instrument !== '' || Object.keys(choices).length > 0}
        onCancel={onCancel}
      />
    </form>
  );
}
