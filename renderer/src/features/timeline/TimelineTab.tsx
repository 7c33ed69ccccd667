import { formatDate } from '@renderer/features/couples/format';
import { reasonCodes, safetyReasonLabel } from '@renderer/features/safety/labels';
import { EmptyState, QueryView } from '@renderer/ui/states';
import type { TimelineItem } from '@shared/contract/timeline';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { EventForm } from './EventForm';
import { timelineQuery } from './queries';

function itemLink(item: TimelineItem, coupleId: string): string | null {
  if (item.kind === 'session') return `/sessions/${item.id}`;
  if (item.kind === 'planSigned') return `/couples/${coupleId}/plan/versions/${item.id}`;
  if (item.kind === 'assessment') return `/assessments/${item.id}`;
  return null;
}

const KIND_WORDS: Record<TimelineItem['kind'], string> = {
  session: 'Session',
  assessment: 'Assessment',
  safetyFlag: 'Safety',
  safetyResolved: 'Safety',
  event: 'Event',
  planSigned: 'Plan',
};

/** Sessions, assessments, safety flags and events in date order; flagged items stand out. */
export function TimelineTab({ coupleId }: { coupleId: string }) {
  const timeline = useQuery(timelineQuery(coupleId));
  const [adding, setAdding] = useState(false);
  const [saved, setSaved] = useState(false);

  const addButton = adding ? null : (
    <button
      type="button"
      className="button button--primary"
      onClick={() => {
        setAdding(true);
        setSaved(false);
      }}
    >
      Record an event
    </button>
  );
  const form = adding ? (
    <EventForm
      coupleId={coupleId}
      onDone={() => {
        setAdding(false);
        setSaved(true);
      }}
    />
  ) : null;

  return (
    <QueryView query={timeline} loading="Loading the timeline…" errorTitle="The timeline could not be loaded">
      {(timelineData) => {
        return (
          <div className="tab-panel__stack">
            <div className="tab-panel__actions">
              {addButton}
              <p className="form__status" role="status">
                {saved ? 'Event recorded.' : ''}
              </p>
            </div>
            {form}
            {timelineData.items.length === 0 ? (
              <EmptyState title="Nothing on the timeline yet">
                <p>Sessions, assessments, safety flags and events you record appear here in date order.</p>
              </EmptyState>
            ) : (
              <ol className="timeline">
                {timelineData.items.map((item) => {
                  const to = itemLink(item, coupleId);
                  const reasons = item.kind === 'safetyFlag' ? reasonCodes(item.detail) : [];
                  return (
                    <li
                      key={`${item.kind}-${item.id}`}
                      className={`timeline__item${item.flagged ? ' timeline__item--flagged' : ''}`}
                    >
                      <span className="timeline__date">{formatDate(item.date)}</span>
                      <span className="timeline__kind">{KIND_WORDS[item.kind]}</span>
                      <span className="timeline__label">
                        {to ? <Link to={to}>{item.label}</Link> : item.label}
                        {item.partner ? <span className="muted"> · partner {item.partner}</span> : null}
                        {reasons.length > 0 ? (
                          <span className="timeline__detail">
                            {reasons.map(safetyReasonLabel).join('; ')}
                          </span>
                        ) : null}
                      </span>
                      {item.flagged ? (
                        <span className="badge badge--safety">
                          <span aria-hidden="true">⚠ </span>Flagged
                        </span>
                      ) : null}
                    </li>
                  );
                })}
              </ol>
            )}
          </div>
        );
      }}
    </QueryView>
  );
}
