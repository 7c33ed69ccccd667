import { libraryAreaLabels } from '@shared/domain/library';
import { measuredByText, type PlanDocument } from '@shared/domain/plan';
import {
  assigneeText,
  frequencyText,
  measureText,
  objectivePartnerText,
  priorityLabels,
  sessionPlanText,
  timelineText,
} from './planLabels';
import { Reasons } from './Reasons';

function Num({ value }: { value: string }) {
  return <span className="outline__number">{value}</span>;
}

/** A plan version read-only: the numbered outline, each item with its reasons one click away. */
export function PlanOutline({
  document,
  partnerNames,
}: {
  document: PlanDocument;
  partnerNames: { A: string; B: string };
}) {
  if (document.problemAreas.length === 0) return <p className="muted">This version has no problem areas.</p>;
  return (
    <div className="outline">
      <ol className="outline__list outline__list--areas">
        {document.problemAreas.map((area, a) => {
          const n = `${a + 1}`;
          return (
            <li key={area.key} className="outline__area">
              <h3 className="outline__title">
                <Num value={n} /> {area.title || '(untitled problem area)'}
              </h3>
              <p className="outline__meta">
                {libraryAreaLabels[area.area]} · Priority: {priorityLabels[area.priority]}
              </p>
              <Reasons reasons={area.reasons} />
              <ol className="outline__list">
                {area.goals.map((goal, g) => {
                  const gn = `${n}.${g + 1}`;
                  return (
                    <li key={goal.key} className="outline__goal">
                      <h4 className="outline__title">
                        <Num value={gn} /> {goal.description || '(goal not described)'}
                      </h4>
                      <Reasons reasons={goal.reasons} />
                      <ol className="outline__list">
                        {goal.objectives.map((objective, o) => {
                          const on = `${gn}.${o + 1}`;
                          return (
                            <li key={objective.key} className="outline__objective">
                              <h5 className="outline__title">
                                <Num value={on} /> {objective.description || '(objective not described)'}
                              </h5>
                              <p className="outline__meta">
                                {objectivePartnerText(objective.partner, partnerNames)} ·{' '}
                                {objective.measure || 'no measure'} ·{' '}
                                {measureText(objective.baseline, objective.target, objective.targetDate)}
                              </p>
                              <Reasons reasons={objective.reasons} />
                              {objective.interventions.length > 0 ? (
                                <ul
                                  className="outline__leaves"
                                  aria-label={`Interventions of objective ${on}`}
                                >
                                  {objective.interventions.map((intervention, i) => (
                                    <li key={intervention.key} className="outline__leaf">
                                      <p className="outline__leaf-title">
                                        <Num value={`${on}.i${i + 1}`} /> {intervention.name || '(unnamed)'}
                                      </p>
                                      <p className="outline__meta">
                                        {assigneeText(intervention.who, partnerNames)} ·{' '}
                                        {frequencyText(intervention.frequency)}
                                        {intervention.notes ? ` · ${intervention.notes}` : ''}
                                      </p>
                                      <Reasons reasons={intervention.reasons} />
                                    </li>
                                  ))}
                                </ul>
                              ) : null}
                              {objective.milestones.length > 0 ? (
                                <ul className="outline__leaves" aria-label={`Milestones of objective ${on}`}>
                                  {objective.milestones.map((milestone, m) => (
                                    <li
                                      key={milestone.key}
                                      className="outline__leaf outline__leaf--milestone"
                                    >
                                      <p className="outline__leaf-title">
                                        <Num value={`${on}.m${m + 1}`} /> Milestone:{' '}
                                        {milestone.description || '(not described)'}
                                      </p>
                                      <p className="outline__meta">
                                        {measuredByText(milestone)} ·{' '}
                                        {measureText(milestone.baseline, milestone.target, milestone.dueDate)}
                                      </p>
                                      <Reasons reasons={milestone.reasons} />
                                    </li>
                                  ))}
                                </ul>
                              ) : null}
                            </li>
                          );
                        })}
                      </ol>
                    </li>
                  );
                })}
              </ol>
            </li>
          );
        })}
      </ol>
      <dl className="details outline__summary">
        <div className="details__row">
          <dt>Sessions</dt>
          <dd>
            {sessionPlanText(document.sessions)}
            <Reasons reasons={document.sessions.reasons} />
          </dd>
        </div>
        <div className="details__row">
          <dt>Estimated timeline</dt>
          <dd>
            {timelineText(document.timeline)}
            <Reasons reasons={document.timeline.reasons} />
          </dd>
        </div>
        {document.rejected.length > 0 ? (
          <div className="details__row">
            <dt>Rejected proposals</dt>
            <dd>
              {document.rejected.length} proposed {document.rejected.length === 1 ? 'item was' : 'items were'}{' '}
              left out of this version.
            </dd>
          </div>
        ) : null}
      </dl>
    </div>
  );
}
