import { ErrorSummary } from '@renderer/ui/ErrorSummary';
import { errorSummaryItems } from '@renderer/ui/errorSummaryItems';
import { FormSection } from '@renderer/ui/FormSection';
import { SelectField } from '@renderer/ui/SelectField';
import { TextField } from '@renderer/ui/TextField';
import { useFormSubmission } from '@renderer/ui/useFormSubmission';
import {
  cancelledByLabels,
  cancelledByValues,
  type SessionInput,
  sessionOutcomes,
} from '@shared/contract/sessions';
import { useState } from 'react';
import { outcomeLabels } from './labels';
import { PartnerCheckIns } from './PartnerCheckIn';
import { SessionWhenFields } from './SessionWhenFields';
import {
  placeSessionErrors,
  SESSION_FIELD_ORDER,
  type SessionFormValues,
  validateSessionForm,
} from './sessionValues';

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
  const [values, setValues] = useState(initial);
  const { errors, formError, attempt, saving, submit, clearErrors } = useFormSubmission<SessionInput>({
    validate: () => {
      const { input, errors: found } = validateSessionForm(coupleId, values);
      return input ? { ok: true, input } : { ok: false, errors: found };
    },
    save: onSubmit,
    placeErrors: placeSessionErrors,
    failureMessage: 'The session could not be saved. Try again.',
  });

  function change(patch: Partial<SessionFormValues>, ...paths: string[]) {
    setValues((current) => ({ ...current, ...patch }));
    clearErrors(...paths);
  }

  const held = values.outcome === 'held';
  const items = errorSummaryItems(errors, formError, SESSION_FIELD_ORDER);
  return (
    <form className="form form--wide" onSubmit={submit} noValidate aria-busy={saving}>
      <ErrorSummary
        items={items}
        attempt={attempt}
        title={formError && items.length === 1 ? 'Not saved' : 'There is a problem'}
      />
      <FormSection headingId="session-when-heading" heading="Session">
        <div className="field-grid field-grid--panel">
          <SessionWhenFields values={values} errors={errors} startTimeOptional={true} change={change} />
          <SelectField
            name="outcome"
            label="Outcome"
            value={values.outcome}
            options={sessionOutcomes.map((outcome) => ({ value: outcome, label: outcomeLabels[outcome] }))}
            error={errors.outcome}
            onValueChange={(outcome) =>
              change(
                outcome === 'held' ? { outcome } : { outcome, checkInOn: { A: false, B: false } },
                'outcome',
                'checkIn',
              )
            }
          />
          {held ? null : (
            <TextField
              name="outcomeReason"
              label="Reason"
              value={values.outcomeReason}
              error={errors.outcomeReason}
              hint="Why the session was canceled or missed"
              onValueChange={(outcomeReason) => change({ outcomeReason }, 'outcomeReason')}
            />
          )}
          {values.outcome === 'cancelled' ? (
            <>
              <SelectField
                name="cancelledBy"
                label="Canceled by"
                value={values.cancelledBy}
                options={[
                  { value: '', label: 'Not recorded' },
                  ...cancelledByValues.map((by) => ({ value: by, label: cancelledByLabels[by] })),
                ]}
                error={errors.cancelledBy}
                onValueChange={(cancelledBy) => change({ cancelledBy }, 'cancelledBy')}
              />
              <TextField
                name="noticeHours"
                label="Hours of notice"
                inputMode="numeric"
                value={values.noticeHours}
                error={errors.noticeHours}
                hint="Under 24 hours from a partner counts as a late cancellation (missed)"
                onValueChange={(noticeHours) => change({ noticeHours }, 'noticeHours')}
              />
            </>
          ) : null}
        </div>
      </FormSection>
      <FormSection headingId="session-partners-heading" heading="Attendance and check-in">
        {errors.checkIn ? (
          <p className="field__error" id="field-checkIn">
            {errors.checkIn}
          </p>
        ) : null}
        <PartnerCheckIns names={partnerNames} values={values} held={held} errors={errors} change={change} />
      </FormSection>
      <div className="form__actions form__actions--bar">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Saving…' : submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={saving}>
          Cancel
        </button>
      </div>
    </form>
  );
}
