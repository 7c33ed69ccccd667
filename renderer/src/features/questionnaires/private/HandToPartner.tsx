import { errorMessage, invoke } from '@renderer/api/client';
import { saveAllDrafts } from '@renderer/api/drafts';
import { ConfirmDialog } from '@renderer/ui/Dialog';
import type { DueQuestionnaire, PrivateCheckIn } from '@shared/contract/questionnaires';
import type { Session } from '@shared/contract/sessions';
import { useMutation } from '@tanstack/react-query';
import { useContext, useState } from 'react';
import { useLocation } from 'react-router';
import { enterFullScreen, HandOverContext, leaveFullScreen } from './handOver';
import { checkInOffered, offerLines } from './handOverOffer';

type Partner = 'A' | 'B';

/**
 * "Hand to <name>" for each partner, with a confirmation that says what that partner will be
 * offered and that coming back needs the passphrase. Confirming asks the core to start the
 * private check-in; its answer is all the partner's screen shows.
 */
export function HandToPartner({
  session,
  names,
  due,
}: {
  session: Session;
  names: { A: string; B: string };
  due: { A: readonly DueQuestionnaire[]; B: readonly DueQuestionnaire[] };
}) {
  const handOver = useContext(HandOverContext);
  const location = useLocation();
  const [partner, setPartner] = useState<Partner | null>(null);
  const start = useMutation({
    mutationFn: async (to: Partner) => {
      // After this the core answers nothing but the partner's screen: save what was typed first.
      await saveAllDrafts();
      return invoke('questionnaires:startPrivate', { sessionId: session.id, partner: to });
    },
    onSuccess: (checkIn: PrivateCheckIn) => handOver(checkIn, `${location.pathname}${location.search}`),
    onError: leaveFullScreen,
  });
  const offers = {
    A: offerLines(due.A, checkInOffered(session, 'A')),
    B: offerLines(due.B, checkInOffered(session, 'B')),
  };
  const chosen = partner ? offers[partner] : [];

  return (
    <div className="hand-over">
      <h3 className="hand-over__title">Private questionnaires</h3>
      <p className="hand-over__intro">
        A partner can answer on this laptop on their own: the screen shows only their name and the questions.
      </p>
      <ul className="plain-list hand-over__list">
        {(['A', 'B'] as const).map((position) => (
          <li key={position} className="hand-over__partner">
            <span className="hand-over__due">
              <bdi className="hand-over__name">{names[position]}</bdi>
              {': '}
              {offers[position].length > 0 ? offers[position].join('; ') : 'nothing due at this session'}
            </span>
            {offers[position].length > 0 ? (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  start.reset();
                  setPartner(position);
                }}
              >
                Hand to <bdi>{names[position]}</bdi>
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={partner !== null}
        title={partner ? `Hand the laptop to ${names[partner]}?` : 'Hand the laptop to a partner?'}
        confirmLabel={partner ? `Hand to ${names[partner]}` : 'Hand over'}
        busy={start.isPending}
        error={start.isError ? `The private check-in could not start: ${errorMessage(start.error)}` : null}
        onConfirm={() => {
          if (!partner) return;
          // Full screen is allowed only inside the click itself, before anything is awaited.
          enterFullScreen();
          start.mutate(partner);
        }}
        onCancel={() => setPartner(null)}
      >
        <p>
          <bdi>{partner ? names[partner] : ''}</bdi> will be offered:
        </p>
        <ul>
          {chosen.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p>
          The screen shows their name and the questions, nothing of the record. When they finish, the records
          lock: returning to this session needs your passphrase.
        </p>
      </ConfirmDialog>
    </div>
  );
}
