import { usePartnerNames } from '@renderer/features/plans/usePartnerNames';
import { allQueries, EmptyState, QueryView } from '@renderer/ui/states';
import type { Couple } from '@shared/contract/couples';
import type { QuestionnaireResponse } from '@shared/contract/questionnaires';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { partnerWord, shortName } from './labels';
import { responsesQuery, scheduleQuery } from './queries';
import { RecordResponseForm } from './RecordResponseForm';
import { ResponsesTable } from './ResponsesTable';
import { ScheduleEditor } from './ScheduleEditor';

/** "PHQ-9 for Zoë saved: 15, Moderately severe." and, for a risk answer, that it is one. */
function savedMessage(response: QuestionnaireResponse, names: { A: string; B: string }): string {
  const band = response.band ? `, ${response.band}` : '';
  const risk = response.riskAnswers.length > 0 ? ' It includes a risk answer: see the safety flag.' : '';
  return `${shortName(response.instrument)} for ${partnerWord(response.partner, names)} saved: ${response.total}${band}.${risk}`;
}

/**
 * The couple's validated questionnaires: what each partner is scheduled to answer and how
 * often, every completed one (answered privately or entered by the clinician), and the form for
 * one completed on paper.
 */
export function QuestionnairesTab({ couple }: { couple: Couple }) {
  const schedule = useQuery(scheduleQuery(couple.id));
  const responses = useQuery(responsesQuery(couple.id));
  const names = usePartnerNames(couple);
  const [entering, setEntering] = useState(false);
  const [status, setStatus] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);

  return (
    <QueryView
      query={allQueries([schedule, responses])}
      loading="Loading the questionnaires…"
      errorTitle="The questionnaires could not be loaded"
    >
      {([scheduleData, responsesData]) => (
        <div className="tab-panel__stack">
          <section aria-labelledby="questionnaire-schedule-heading">
            <h2 id="questionnaire-schedule-heading">Questionnaire schedule</h2>
            <p className="muted">
              How often each partner answers each questionnaire. Today and the session’s brief say what is
              due, and a partner handed the laptop is offered exactly that.
            </p>
            <ScheduleEditor couple={couple} entries={scheduleData.entries} />
          </section>
          <section aria-labelledby="questionnaire-responses-heading">
            <h2 id="questionnaire-responses-heading">Completed questionnaires</h2>
            <div className="tab-panel__actions">
              {entering ? null : (
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() => {
                    setEntering(true);
                    setStatus('');
                  }}
                >
                  Enter a completed questionnaire
                </button>
              )}
              <p ref={statusRef} tabIndex={-1} className="form__status" role="status">
                {status}
              </p>
            </div>
            {entering ? (
              <RecordResponseForm
                couple={couple}
                onSaved={(response) => {
                  setEntering(false);
                  setStatus(savedMessage(response, names));
                  statusRef.current?.focus();
                }}
                onCancel={() => setEntering(false)}
              />
            ) : null}
            {responsesData.items.length === 0 ? (
              entering ? null : (
                <EmptyState title="No questionnaires completed yet">
                  <p>
                    A partner answers privately when you hand them the laptop in a session; a form completed
                    on paper is entered here.
                  </p>
                </EmptyState>
              )
            ) : (
              <ResponsesTable items={responsesData.items} names={names} />
            )}
          </section>
        </div>
      )}
    </QueryView>
  );
}
