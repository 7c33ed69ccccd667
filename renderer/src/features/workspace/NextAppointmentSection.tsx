import { today } from '@renderer/features/couples/format';
import { BookingWarnings } from '@renderer/features/sessions/BookingWarnings';
import {
  BOOKING_FIELD_ORDER,
  type BookingFormValues,
  clashWarning,
  placeBookingErrors,
  validateBookingForm,
} from '@renderer/features/sessions/bookingForm';
import { placeLabels, sessionTitle } from '@renderer/features/sessions/labels';
import { useBookSessions } from '@renderer/features/sessions/queries';
import { SessionWhenFields } from '@renderer/features/sessions/SessionWhenFields';
import { ErrorSummary } from '@renderer/ui/ErrorSummary';
import { errorSummaryItems } from '@renderer/ui/errorSummaryItems';
import { useFormSubmission } from '@renderer/ui/useFormSubmission';
import type { BookingInput, Session } from '@shared/contract/sessions';
import { useState } from 'react';
import { Link } from 'react-router';
import { WorkspaceSection } from './WorkspaceSection';
import { nextSlot } from './workspaceRules';

function BookNext({ session, onBooked }: { session: Session; onBooked(warnings: string[]): void }) {
  const [values, setValues] = useState(() => nextSlot(session, today()));
  const book = useBookSessions();
  const { errors, formError, attempt, saving, submit, clearErrors } = useFormSubmission<BookingInput>({
    validate: () => {
      const { input, errors: found } = validateBookingForm(session.coupleId, values);
      return input ? { ok: true, input } : { ok: false, errors: found };
    },
    save: async (input) => {
      const result = await book.mutateAsync(input);
      // A clash is the clinician's call: booked, and said.
      onBooked(result.clashes.map(clashWarning));
    },
    placeErrors: placeBookingErrors,
    failureMessage: 'The booking could not be saved. Try again.',
  });
  function change(patch: Partial<BookingFormValues>, ...paths: string[]) {
    setValues((before) => ({ ...before, ...patch }));
    clearErrors(...paths);
  }
  return (
    <form className="book-next" onSubmit={submit} noValidate aria-busy={saving}>
      <ErrorSummary
        items={errorSummaryItems(errors, formError, BOOKING_FIELD_ORDER)}
        attempt={attempt}
        title="There is a problem"
      />
      <p className="field__hint">Nothing is booked after this session yet.</p>
      <div className="field-grid book-next__fields">
        <SessionWhenFields values={values} errors={errors} startTimeOptional={false} change={change} />
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Booking…' : 'Book next session'}
        </button>
      </div>
    </form>
  );
}

/** The couple's next booking after this session, or a compact form to book it from here. */
export function NextAppointmentSection({
  session,
  next,
  onBooked,
}: {
  session: Session;
  next: Session | null;
  onBooked(): void;
}) {
  const [warnings, setWarnings] = useState<string[]>([]);
  return (
    <WorkspaceSection id="workspace-next" title="Next appointment">
      {next ? (
        <p className="next-booking" role="status">
          <span className="badge badge--booked">Booked</span>{' '}
          <Link to={`/sessions/${next.id}/workspace`}>{sessionTitle(next)}</Link>
          <span className="muted">
            {' '}
            · {next.durationMinutes} min · {placeLabels[next.place]}
          </span>
        </p>
      ) : (
        <BookNext
          session={session}
          onBooked={(found) => {
            setWarnings(found);
            onBooked();
          }}
        />
      )}
      <BookingWarnings warnings={warnings} />
    </WorkspaceSection>
  );
}
