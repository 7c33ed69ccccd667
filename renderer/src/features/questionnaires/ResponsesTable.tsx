import type { QuestionnaireResponse } from '@shared/contract/questionnaires';
import { formatIsoDate } from '@shared/domain/dates';
import { shortName } from './labels';

/**
 * Every completed questionnaire, newest first: who, which, the total and what it means, how it
 * came in (the partner alone, or the clinician), and any answer that signals risk, quoted.
 */
export function ResponsesTable({
  items,
  names,
}: {
  items: readonly QuestionnaireResponse[];
  names: { A: string; B: string };
}) {
  return (
    <div className="table-wrap">
      <table className="table questionnaire-responses">
        <caption className="table__caption">Completed questionnaires, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Partner</th>
            <th scope="col">Questionnaire</th>
            <th scope="col">Total</th>
            <th scope="col">Severity</th>
            <th scope="col">Clinical range</th>
            <th scope="col">How answered</th>
          </tr>
        </thead>
        <tbody>
          {items.map((response) => (
            <tr
              key={response.id}
              className={response.riskAnswers.length > 0 ? 'questionnaire-responses__row--risk' : undefined}
            >
              <th scope="row">{formatIsoDate(response.answeredOn)}</th>
              <td>
                <bdi>{names[response.partner]}</bdi>
              </td>
              <td>
                {shortName(response.instrument)}
                {response.riskAnswers.length > 0 ? <RiskAnswers response={response} /> : null}
              </td>
              <td className="questionnaire-responses__total">{response.total}</td>
              <td>{response.band ?? <span className="muted">No published bands</span>}</td>
              <td>{response.isCase ? 'At or above the cut-off' : 'Below the cut-off'}</td>
              <td>
                {response.mode === 'privateSelfReport' ? 'Answered privately' : 'Entered by clinician'}
                {response.mode === 'privateSelfReport' && response.reviewedAt === null ? (
                  <span className="table__sub">Not yet reviewed</span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The risk answers under the questionnaire's name: what was asked and what was answered. */
function RiskAnswers({ response }: { response: QuestionnaireResponse }) {
  return (
    <div className="questionnaire-risk">
      <span className="badge badge--safety">
        <span aria-hidden="true">⚠ </span>Risk answer
      </span>
      <ul className="plain-list questionnaire-risk__list">
        {response.riskAnswers.map((risk) => (
          <li key={risk.itemId}>
            “{risk.text}”: <strong>{risk.answer}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}
