import { today } from '@renderer/features/couples/format';
import { coupleQuery } from '@renderer/features/couples/queries';
import { ErrorSummary } from '@renderer/ui/ErrorSummary';
import { FormSection } from '@renderer/ui/FormSection';
import { PageHeading } from '@renderer/ui/PageHeading';
import { SelectField } from '@renderer/ui/SelectField';
import { pageFrame, QueryView } from '@renderer/ui/states';
import { TextField } from '@renderer/ui/TextField';
import { useForm } from '@renderer/ui/useForm';
import type { BookingInput } from '@shared/contract/sessions';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  BOOKING_FIELD_ORDER,
  type BookingFormValues,
  clashWarning,
  emptyBookingForm,
  validateBookingForm,
} from './bookingForm';
import { useBookSessions } from './queries';
import { SessionWhenFields } from './SessionWhenFields';

const REPEAT_OPTIONS = [
  { value: 'none' as const, label: 'Does not repeat' },
  { value: 'week' as const, label: 'Every week' },
  { value: 'fortnight' as const, label: 'Every two weeks' },
];

/** Book one session ahead, or a weekly or fortnightly series. */
export function BookSessionPage() {
  const { id: coupleId = '' } = useParams();
  const navigate = useNavigate();
  const couple = useQuery(coupleQuery(coupleId));
  const book = useBookSessions();
  const [initial] = useState(() => emptyBookingForm(today()));
  const form = useForm<BookingFormValues, BookingInput>({
    initial,
    validate: (values) => {
      const { input, errors } = validateBookingForm(coupleId, values);
      return input ? { ok: true, input } : { ok: false, errors };
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
    fields: BOOKING_FIELD_ORDER,
    failureMessage: 'The booking could not be saved. Try again.',
  });

  const back = (
    <p className="back-link">
      <Link to={`/couples/${coupleId}?tab=sessions`}>
        <span aria-hidden="true">← </span>Back to the couple
      </Link>
    </p>
  );
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
          <form className="form form--wide" onSubmit={form.submit} noValidate aria-busy={form.saving}>
            <ErrorSummary {...form.summary()} />
            <FormSection headingId="booking-when-heading" heading="When and where">
              <div className="field-grid field-grid--panel">
                <SessionWhenFields fields={form.part()} startTimeOptional={false} />
              </div>
            </FormSection>
            <FormSection headingId="booking-repeat-heading" heading="Repeating series">
              <div className="field-grid field-grid--panel">
                <SelectField
                  {...form.bind('repeat', { path: 'repeat.every', clears: ['repeat.count'] })}
                  label="Repeat"
                  options={REPEAT_OPTIONS}
                />
                {form.values.repeat === 'none' ? null : (
                  <TextField
                    {...form.bind('count', { path: 'repeat.count' })}
                    label="Number of sessions"
                    inputMode="numeric"
                    hint="Including the first one"
                  />
                )}
              </div>
            </FormSection>
            <div className="form__actions form__actions--bar">
              <button type="submit" className="button button--primary" disabled={form.saving}>
                {form.saving ? 'Booking…' : 'Book'}
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => navigate(`/couples/${coupleId}?tab=sessions`)}
                disabled={form.saving}
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
