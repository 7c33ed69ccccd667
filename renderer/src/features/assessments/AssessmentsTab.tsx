import { formatDate } from '@renderer/features/couples/format';
import { EmptyState, QueryView } from '@renderer/ui/states';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { assessmentsListQuery } from './queries';

/** The couple's assessments, newest version first, and the way to record the next one. */
export function AssessmentsTab({ coupleId }: { coupleId: string }) {
  const list = useQuery(assessmentsListQuery(coupleId));
  return (
    <QueryView query={list} loading="Loading assessments…" errorTitle="The assessments could not be loaded">
      {(listData) => {
        const items = [...listData.items].sort((a, b) => b.version - a.version);
        const newLink = (
          <Link to={`/couples/${coupleId}/assessments/new`} className="button button--primary">
            {items.length === 0 ? 'Record the intake assessment' : 'Record a review assessment'}
          </Link>
        );
        if (items.length === 0)
          return (
            <EmptyState title="No assessments yet" action={newLink}>
              <p>
                The intake assessment records each partner’s ratings, addiction profile, safety screen and
                AUDIT-C.
              </p>
            </EmptyState>
          );
        return (
          <div className="tab-panel__stack">
            <div className="tab-panel__actions">{newLink}</div>
            <ul className="record-list">
              {items.map((item) => (
                <li key={item.id} className="record-list__item">
                  <Link to={`/assessments/${item.id}`} className="record-list__title">
                    {item.kind === 'intake' ? 'Intake assessment' : 'Review assessment'},{' '}
                    {formatDate(item.assessedOn)}
                  </Link>
                  <span className="record-list__meta">Version {item.version}</span>
                  {item.safetyPositive ? (
                    <span className="badge badge--safety">Positive safety screen</span>
                  ) : null}
                  {item.safetyNotDone ? (
                    <span className="badge badge--safety-not-done">Safety screen not done</span>
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        );
      }}
    </QueryView>
  );
}
