import { today } from '@renderer/features/couples/format';
import { coupleQuery } from '@renderer/features/couples/queries';
import { ErrorSummary } from '@renderer/ui/ErrorSummary';
import { errorSummaryItems } from '@renderer/ui/errorSummaryItems';
import { FormSection } from '@renderer/ui/FormSection';
import { PageHeading } from '@renderer/ui/PageHeading';
import { SelectField } from '@renderer/ui/SelectField';
import { pageFrame, QueryView } from '@renderer/ui/states';
import { TextField } from '@renderer/ui/TextField';
import { useFormSubmission } from '@renderer/ui/useFormSubmission';
import type { BookingInput } from '@shared/contract/sessions';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  BOOKING_FIELD_ORDER,
  type BookingFormValues,
  clashWarning,
  emptyBookingForm,
  placeBookingErrors,
  validateBookingForm,
} from './bookingForm';
import { useBookSessions } from './queries';
import { SessionWhenFields } from './SessionWhenFields';

/** Book one session ahead, or a weekly or fortnightly series. */
export function BookSessionPage() {
  const { id: coupleId = '' } = useParams();
  const navigate = useNavigate();
  const couple = useQuery(coupleQuery(coupleId));
  const book = useBookSessions();
  const [values, setValues] = useState<BookingFormValues>(() => emptyBookingForm(today()));
  const { errors, formError, attempt, saving, submit, clearErrors } = useFormSubmission<BookingInput>({
    validate: () => {
      const { input, errors: found } = validateBookingForm(coupleId, values);
      return input ? { ok: true, input } : { ok: false, errors: found };
    },
    save: async (input) => {
      const result = await book.mutateAsync(input);
      const count = result.items.length;
      navigate(`/couples/${coupleId}?tab=sessions`, {
        replace: true,
        state: {
          flash: count === 1 ? 'Session booked.' : `${count} sessions booked.`,
          // A clash is the clinician's call (a co-therapist, a room swap): booked, and said.
          bookingWarnings: result.clashes.map(clashWarning),
        },
      });
    },
    placeErrors: placeBookingErrors,
    failureMessage: 'The booking could not be saved. Try again.',
  });

  function change(patch: Partial<BookingFormValues>, ...paths: string[]) {
    setValues((current) => ({ ...current, ...patch }));
    clearErrors(...paths);
  }

  const back = (
    <p className="back-link">
      <Link to={`/couples/${coupleId}?tab=sessions`}>
        <span aria-hidden="true">← </span>Back to the couple
      </Link>
    </p>
  );
  const items = errorSummaryItems(errors, formError, BOOKING_FIELD_ORDER);
  return (
    <QueryView
      query={couple}
      loading="Loading the couple…"
      errorTitle="The booking form could not be opened"
      frame={pageFrame('Book a session', back)}
    >
      {(coupleData) => (
        <div className="page">
          {back}
          <PageHeading>{`Book a session: ${coupleData.displayName}`}</PageHeading>
          <form className="form form--wide" onSubmit={submit} noValidate aria-busy={saving}>
            <ErrorSummary items={items} attempt={attempt} title="There is a problem" />
            <FormSection headingId="booking-when-heading" heading="When and where">
              <div className="field-grid field-grid--panel">
                <SessionWhenFields
                  values={values}
                  errors={errors}
                  startTimeOptional={false}
                  change={change}
                />
              </div>
            </FormSection>
            <FormSection headingId="booking-repeat-heading" heading="Repeating series">
              <div className="field-grid field-grid--panel">
                <SelectField
                  name="repeat.every"
                  label="Repeat"
                  value={values.repeat}
                  options={[
                    { value: 'none', label: 'Does not repeat' },
                    { value: 'week', label: 'Every week' },
                    { value: 'fortnight', label: 'Every two weeks' },
                  ]}
                  error={errors['repeat.every']}
                  onValueChange={(repeat) => change({ repeat }, 'repeat.every', 'repeat.count')}
                />
                {values.repeat === 'none' ? null : (
                  <TextField
                    name="repeat.count"
                    label="Number of sessions"
                    inputMode="numeric"
                    value={values.count}
                    error={errors['repeat.count']}
                    hint="Including the first one"
                    onValueChange={(count) => change({ count }, 'repeat.count')}
                  />
                )}
              </div>
            </FormSection>
            <div className="form__actions form__actions--bar">
              <button type="submit" className="button button--primary" disabled={saving}>
                {saving ? 'Booking…' : 'Book'}
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => navigate(`/couples/${coupleId}?tab=sessions`)}
                disabled={saving}
              >
                Cancel
              </button>
            </div>
          </form>
        </div>
      )}
    </QueryView>
  );
}
