import { ApiError } from '@renderer/api/client';
import { today } from '@renderer/features/couples/format';
import { SaveStatus } from '@renderer/features/notes/SaveStatus';
import { useAutosave } from '@renderer/features/notes/useAutosave';
import { HandToPartner } from '@renderer/features/questionnaires/private/HandToPartner';
import { PartnerCheckIns } from '@renderer/features/sessions/PartnerCheckIn';
import { useRecordOutcome, useUpdateSession } from '@renderer/features/sessions/queries';
import { SessionMeasures } from '@renderer/features/sessions/SessionMeasures';
import {
  SESSION_FIELD_ORDER,
  type SessionFormValues,
  sessionFormFromSession,
  validateSessionForm,
} from '@renderer/features/sessions/sessionValues';
import { useForm } from '@renderer/ui/useForm';
import type { DueQuestionnaire } from '@shared/contract/questionnaires';
import type { Session, SessionInput } from '@shared/contract/sessions';
import { useRef, useState } from 'react';
import type { PartnerNames } from './labels';
import { WorkspaceSection } from './WorkspaceSection';
import { type CheckInValues, incompleteCheckIns } from './workspaceRules';

function checkInValues(session: Session): CheckInValues {
  const { attendance, checkInOn, checkIn } = sessionFormFromSession(session);
  return { attendance, checkInOn, checkIn };
}

interface CheckInProps {
  session: Session;
  names: PartnerNames;
  onSaved(session: Session): void;
}

/**
 * Attendance and each partner's check-in, saved as they are entered. The first save of a booked
 * session records it as held (`sessions:recordOutcome`); after that each change updates it.
 */
function CheckInForm({ session, names, onSaved }: CheckInProps) {
  const [initial] = useState(() => checkInValues(session));
  // The session as last saved: whether the next save records the outcome or updates it.
  const current = useRef(session);
  const record = useRecordOutcome(session.id);
  const update = useUpdateSession(session.id);
  const form = useForm<CheckInValues, SessionInput>({
    initial,
    validate: (next) => {
      const values: SessionFormValues = {
        ...sessionFormFromSession(current.current),
        ...next,
        outcome: 'held',
      };
      const { input, errors } = validateSessionForm(session.coupleId, values);
      return input ? { ok: true, input } : { ok: false, errors };
    },
    save: async (input) => {
      const saved = await (current.current.outcome === 'booked' ? record : update).mutateAsync(input);
      current.current = saved;
      onSaved(saved);
    },
    fields: SESSION_FIELD_ORDER,
    // Saved as typed: focus stays where the clinician is typing.
    focus: 'none',
    failureMessage: 'The check-in could not be saved. Try again.',
  });

  async function save(next: CheckInValues) {
    // Six ratings are typed one after another: a partner's check-in waits until all are in,
    // rather than flagging the ones not typed yet.
    const waiting = incompleteCheckIns(next, names);
    if (waiting) throw new ApiError({ code: 'validation', message: waiting });
    const outcome = await form.submit();
    if (outcome.saved) return;
    throw (
      outcome.error ?? new ApiError({ code: 'validation', message: 'Some check-in fields need attention.' })
    );
  }
  const { state, flush } = useAutosave(form.values, save, 800);

  const booked = current.current.outcome === 'booked';
  return (
    <form
      className="workspace-checkin"
      aria-label="Attendance and check-in"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void flush();
      }}
      onBlur={() => void flush()}
    >
      <div className="workspace-section__status">
        <SaveStatus state={state} />
      </div>
      {booked ? (
        <div className="notice notice--info workspace-checkin__booked">
          <p>
            This session is still booked. Your first check-in entry records it as held; or record it as held
            now with both partners present.
          </p>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => void save(form.values).catch(() => undefined)}
          >
            Record as held
          </button>
        </div>
      ) : null}
      {form.errors.checkIn || form.errors.date ? (
        <p className="field__error" role="alert">
          {form.errors.checkIn ?? form.errors.date}
        </p>
      ) : null}
      <PartnerCheckIns names={names} fields={form.part()} held={true} givenBy={current.current.checkInBy} />
    </form>
  );
}

/**
 * Check-in per partner, and the milestones measured in session, each with its range. A partner
 * can also be handed the laptop to answer the questionnaires due (and their check-in) alone.
 */
export function CheckInSection({
  session,
  names,
  due,
  onSaved,
}: CheckInProps & { due: { A: readonly DueQuestionnaire[]; B: readonly DueQuestionnaire[] } }) {
  let body: React.ReactNode;
  if (session.date > today())
    body = (
      <p className="notice notice--info">
        This session is dated after today: check in once it has taken place.
      </p>
    );
  else if (session.outcome === 'cancelled' || session.outcome === 'noShow')
    body = (
      <p className="notice notice--info">
        This session was recorded as {session.outcome === 'cancelled' ? 'canceled' : 'a no-show'}: there is no
        check-in.
      </p>
    );
  else
    body = (
      <>
        {/* A partner answers privately on the session's day only: a past session is rated by the clinician. */}
        {session.date === today() ? <HandToPartner session={session} names={names} due={due} /> : null}
        <CheckInForm session={session} names={names} onSaved={onSaved} />
        <SessionMeasures session={session} />
      </>
    );
  return (
    <WorkspaceSection id="workspace-checkin" title="Check-in">
      {body}
    </WorkspaceSection>
  );
}
