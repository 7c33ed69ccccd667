import { ErrorSummary } from '@renderer/ui/ErrorSummary';
import { FormSection } from '@renderer/ui/FormSection';
import { SelectField } from '@renderer/ui/SelectField';
import { TextField } from '@renderer/ui/TextField';
import { useForm } from '@renderer/ui/useForm';
import {
  cancelledByLabels,
  cancelledByValues,
  type SessionInput,
  sessionOutcomes,
} from '@shared/contract/sessions';
import { outcomeLabels } from './labels';
import { PartnerCheckIns } from './PartnerCheckIn';
import { SessionWhenFields } from './SessionWhenFields';
import { SESSION_FIELD_ORDER, type SessionFormValues, validateSessionForm } from './sessionValues';

const OUTCOME_OPTIONS = sessionOutcomes.map((outcome) => ({ value: outcome, label: outcomeLabels[outcome] }));
const CANCELLED_BY_OPTIONS = [
  { value: '' as const, label: 'Not recorded' },
  ...cancelledByValues.map((by) => ({ value: by, label: cancelledByLabels[by] })),
];

/** A session that did not take place has no check-in: ticking one would only be refused. */
function withOutcome(values: SessionFormValues, outcome: SessionFormValues['outcome']): SessionFormValues {
  return outcome === 'held'
    ? { ...values, outcome }
    : { ...values, outcome, checkInOn: { A: false, B: false } };
}

/** Create or edit a session: when, what kind, where, whether it happened, who came, a quick check-in. */
export function SessionForm({
  coupleId,
  initial,
  partnerNames,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  coupleId: string;
  initial: SessionFormValues;
  partnerNames: { A: string; B: string };
  submitLabel: string;
  onSubmit(input: SessionInput): Promise<unknown>;
  onCancel(): void;
}) {
  const form = useForm<SessionFormValues, SessionInput>({
    initial,
    validate: (values) => {
      const { input, errors } = validateSessionForm(coupleId, values);
      return input ? { ok: true, input } : { ok: false, errors };
    },
    save: onSubmit,
    fields: SESSION_FIELD_ORDER,
    failureMessage: 'The session could not be saved. Try again.',
    notSavedTitle: 'Not saved',
  });
  const { values } = form;
  const held = values.outcome === 'held';
  const checkInError = form.error('checkIn');

  return (
    <form className="form form--wide" onSubmit={form.submit} noValidate aria-busy={form.saving}>
      <ErrorSummary {...form.summary()} />
      <FormSection headingId="session-when-heading" heading="Session">
        <div className="field-grid field-grid--panel">
          <SessionWhenFields fields={form.part()} startTimeOptional={true} />
          <SelectField
            {...form.bind('outcome', { set: withOutcome, clears: ['checkIn'] })}
            label="Outcome"
            options={OUTCOME_OPTIONS}
          />
          {held ? null : (
            <TextField
              {...form.bind('outcomeReason')}
              label="Reason"
              hint="Why the session was canceled or missed"
            />
          )}
          {values.outcome === 'cancelled' ? (
            <>
              <SelectField {...form.bind('cancelledBy')} label="Canceled by" options={CANCELLED_BY_OPTIONS} />
              <TextField
                {...form.bind('noticeHours')}
                label="Hours of notice"
                inputMode="numeric"
                hint="Under 24 hours from a partner counts as a late cancellation (missed)"
              />
            </>
          ) : null}
        </div>
      </FormSection>
      <FormSection headingId="session-partners-heading" heading="Attendance and check-in">
        {checkInError ? (
          <p className="field__error" id="field-checkIn">
            {checkInError}
          </p>
        ) : null}
        <PartnerCheckIns names={partnerNames} fields={form.part()} held={held} />
      </FormSection>
      <div className="form__actions form__actions--bar">
        <button type="submit" className="button button--primary" disabled={form.saving}>
          {form.saving ? 'Saving…' : submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={form.saving}>
          Cancel
        </button>
      </div>
    </form>
  );
}
