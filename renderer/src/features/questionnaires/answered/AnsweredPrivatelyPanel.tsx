import { channelKey, invalidateKeys } from '@renderer/api/channelQuery';
import { errorMessage, invoke } from '@renderer/api/client';
import type { QuestionnaireResponse } from '@shared/contract/questionnaires';
import { formatIsoDate } from '@shared/domain/dates';
import { instrumentById } from '@shared/domain/questionnaires/registry';
import { useMutation, useQueryClient } from '@tanstack/react-query';

type Partner = 'A' | 'B';

/** "PHQ-9: 14 of 27, Moderate (in the clinical range)". */
export function scoreLine(
  response: Pick<QuestionnaireResponse, 'instrument' | 'total' | 'band' | 'isCase'>,
): string {
  const definition = instrumentById(response.instrument);
  const band = response.band ? `, ${response.band}` : '';
  const caseness = response.isCase ? ' (in the clinical range)' : '';
  return `${definition.shortName}: ${response.total} of ${definition.max}${band}${caseness}`;
}

function PartnerAnswers({
  name,
  responses,
  onReviewed,
}: {
  name: string;
  responses: readonly QuestionnaireResponse[];
  onReviewed(): void;
}) {
  const queryClient = useQueryClient();
  const review = useMutation({
    mutationFn: () =>
      invoke('questionnaires:markReviewed', { ids: responses.map((response) => response.id) }),
    onSuccess: () => {
      // The Questionnaires tab and Today say "not yet reviewed" too.
      invalidateKeys(queryClient, channelKey('questionnaires:list'), channelKey('today:overview'));
      onReviewed();
    },
  });
  return (
    <div className="answered-privately__partner">
      <h3 className="answered-privately__name">
        <bdi>{name}</bdi>
      </h3>
      <ul className="plain-list answered-privately__list">
        {responses.map((response) => (
          <li key={response.id} className="answered-privately__item">
            <p className="answered-privately__score">
              <strong>{scoreLine(response)}</strong>{' '}
              <span className="muted">answered {formatIsoDate(response.answeredOn)}</span>
            </p>
            {response.riskAnswers.length > 0 ? (
              <div className="answered-privately__risk" role="note">
                <p className="answered-privately__warning">
                  <span aria-hidden="true">⚠ </span>
                  <strong>
                    {response.riskAnswers.length === 1 ? 'This answer' : 'These answers'} raised a safety flag
                  </strong>
                </p>
                <ul className="answered-privately__quotes">
                  {response.riskAnswers.map((risk) => (
                    <li key={risk.itemId}>
                      <q>{risk.text}</q>: answered <q>{risk.answer}</q>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {review.isError ? (
        <p className="field__error" role="alert">
          Not marked as reviewed: {errorMessage(review.error)}
        </p>
      ) : null}
      <button
        type="button"
        className="button button--secondary"
        disabled={review.isPending}
        onClick={() => review.mutate()}
      >
        Mark as reviewed
        <span className="visually-hidden">: {name}</span>
      </button>
    </div>
  );
}

/**
 * What a partner answered on their own that the clinician has not seen yet: per partner, each
 * questionnaire's total and band, and every answer that signaled risk quoted in full, since the
 * partner may not have said it aloud in front of the other.
 */
export function AnsweredPrivatelyPanel({
  responses,
  names,
  onReviewed,
}: {
  responses: readonly QuestionnaireResponse[];
  names: { A: string; B: string };
  onReviewed(): void;
}) {
  const partners = (['A', 'B'] as const satisfies readonly Partner[]).filter((partner) =>
    responses.some((response) => response.partner === partner),
  );
  return (
    <div className="answered-privately">
      {partners.map((partner) => (
        <PartnerAnswers
          key={partner}
          name={names[partner]}
          responses={responses.filter((response) => response.partner === partner)}
          onReviewed={onReviewed}
        />
      ))}
    </div>
  );
}
