import { today as todayIso } from '@renderer/features/couples/format';
import { ErrorSummary } from '@renderer/ui/ErrorSummary';
import { errorSummaryItems } from '@renderer/ui/errorSummaryItems';
import { issuesToFieldErrors, placeFieldErrors } from '@renderer/ui/fieldErrors';
import { RadioGroupField } from '@renderer/ui/RadioGroupField';
import { SaveOrDiscardActions } from '@renderer/ui/SaveOrDiscardActions';
import { SelectField } from '@renderer/ui/SelectField';
import { TextField } from '@renderer/ui/TextField';
import { useFormSubmission } from '@renderer/ui/useFormSubmission';
import type { Input } from '@shared/contract';
import type { Couple } from '@shared/contract/couples';
import { type QuestionnaireResponse, questionnairesContract } from '@shared/contract/questionnaires';
import { partnerFullName } from '@shared/domain/couple';
import { type InstrumentId, instruments } from '@shared/domain/questionnaires';
import { useState } from 'react';
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
  const [partner, setPartner] = useState<'' | 'A' | 'B'>('');
  const [instrument, setInstrument] = useState<'' | InstrumentId>('');
  const [answeredOn, setAnsweredOn] = useState(todayIso);
  const [choices, setChoices] = useState<AnswerChoices>({});
  const record = useRecordResponse(couple.id);
  const fieldOrder = responseFieldOrder(instrument);
  const placeErrors = (fields: Readonly<Record<string, string>>) => placeFieldErrors(fields, fieldOrder);
  const { errors, formError, attempt, saving, submit, clearErrors } = useFormSubmission<
    Input<'questionnaires:record'>
  >({
    validate: () => {
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
          ...(parsed.success ? {} : placeErrors(issuesToFieldErrors(parsed.error.issues))),
          ...missing,
        },
      };
    },
    save: async (input) => onSaved(await record.mutateAsync(input)),
    placeErrors,
    failureMessage: 'The questionnaire could not be saved. Try again.',
  });

  const definition = instrument === '' ? null : instruments[instrument];
  return (
    <form
      className="form panel questionnaire-entry"
      onSubmit={submit}
      noValidate
      aria-busy={saving}
      aria-labelledby="questionnaire-entry-heading"
    >
      <h3 id="questionnaire-entry-heading">Enter a completed questionnaire</h3>
      <p className="muted">
        From a paper form, or answers given aloud: saved as entered by the clinician, not as the partner’s
        private answers.
      </p>
      <ErrorSummary items={errorSummaryItems(errors, formError, fieldOrder)} attempt={attempt} />
      <div className="field-grid">
        <RadioGroupField<'' | 'A' | 'B'>
          name="partner"
          legend="Whose answers"
          value={partner}
          options={(['A', 'B'] as const).map((p) => ({
            value: p,
            label: `${partnerFullName(p === 'A' ? couple.partnerA : couple.partnerB)} (partner ${p})`,
          }))}
          error={errors.partner}
          onValueChange={(value) => {
            setPartner(value);
            clearErrors('partner');
          }}
        />
        <SelectField<'' | InstrumentId>
          name="instrument"
          label="Questionnaire"
          value={instrument}
          options={[
            { value: '', label: 'Choose…' },
            ...instrumentOrder.map((id) => ({ value: id, label: instrumentTitle(id) })),
          ]}
          error={errors.instrument}
          onValueChange={(value) => {
            // Another instrument has other questions: answers given to the first do not carry over.
            setInstrument(value);
            setChoices({});
            clearErrors('instrument', ...Object.keys(errors).filter((path) => path.startsWith('answers.')));
          }}
        />
        <TextField
          name="answeredOn"
          label="Date answered"
          type="date"
          value={answeredOn}
          error={errors.answeredOn}
          onValueChange={(value) => {
            setAnsweredOn(value);
            clearErrors('answeredOn');
          }}
        />
      </div>
      {definition ? (
        <fieldset className="questionnaire-entry__items">
          <legend className="questionnaire-entry__legend">{definition.shortName} answers</legend>
          {definition.timeframe ? <p className="questionnaire-entry__stem">{definition.timeframe}</p> : null}
          {definition.items.map((item, index) => (
            <RadioGroupField
              key={item.id}
              name={answerField(item.id)}
              legend={`${index + 1}. ${item.text}`}
              value={choices[item.id] ?? ''}
              inline
              options={item.options.map((option) => ({
                value: String(option.value),
                label: `${option.label} (${option.value})`,
              }))}
              error={errors[answerField(item.id)]}
              onValueChange={(value) => {
                setChoices((current) => ({ ...current, [item.id]: value }));
                clearErrors(answerField(item.id));
              }}
            />
          ))}
          <p className="questionnaire-entry__attribution">{definition.attribution}</p>
        </fieldset>
      ) : (
        <p className="muted">Choose the questionnaire to see its questions.</p>
      )}
      <SaveOrDiscardActions
        submitLabel="Save questionnaire"
        saving={saving}
        dirty={partner !== '' || instrument !== '' || Object.keys(choices).length > 0}
        onCancel={onCancel}
      />
    </form>
  );
}
