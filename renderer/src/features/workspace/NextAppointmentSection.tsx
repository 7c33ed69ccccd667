import { today } from '@renderer/features/couples/format';
import { BookingWarnings } from '@renderer/features/sessions/BookingWarnings';
import {
  BOOKING_FIELD_ORDER,
  type BookingFormValues,
  clashWarning,
  validateBookingForm,
} from '@renderer/features/sessions/bookingForm';
import { placeLabels, sessionTitle } from '@renderer/features/sessions/labels';
import { useBookSessions } from '@renderer/features/sessions/queries';
import { SessionWhenFields } from '@renderer/features/sessions/SessionWhenFields';
import { ErrorSummary } from '@renderer/ui/ErrorSummary';
import { useForm } from '@renderer/ui/useForm';
import type { BookingInput, Session } from '@shared/contract/sessions';
import { useState } from 'react';
import { Link } from 'react-router';
import { WorkspaceSection } from './WorkspaceSection';
import { nextSlot } from './workspaceRules';

function BookNext({ session, onBooked }: { session: Session; onBooked(warnings: string[]): void }) {
  const book = useBookSessions();
  const [initial] = useState(() => nextSlot(session, today()));
  const form = useForm<BookingFormValues, BookingInput>({
    initial,
    validate: (values) => {
      const { input, errors } = validateBookingForm(session.coupleId, values);
      return input ? { ok: true, input } : { ok: false, errors };
    },
    save: async (input) => {
      const result = await book.mutateAsync(input);
      // A clash is the clinician's call: booked, and said.
      onBooked(result.clashes.map(clashWarning));
    },
    fields: BOOKING_FIELD_ORDER,
    failureMessage: 'The booking could not be saved. Try again.',
  });
  return (
    <form className="book-next" onSubmit={form.submit} noValidate aria-busy={form.saving}>
      <ErrorSummary {...form.summary()} />
      <p className="field__hint">Nothing is booked after this session yet.</p>
      <div className="field-grid book-next__fields">
        <SessionWhenFields fields={form.part()} startTimeOptional={false} />
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={form.saving}>
          {form.saving ? 'Booking…' : 'Book next session'}
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
