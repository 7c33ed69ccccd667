import { coupleQuery } from '@renderer/features/couples/queries';
import {
  deteriorationPhrase,
  duePhrase,
  type PartnerNames,
  scoreDates,
} from '@renderer/features/questionnaires/labels';
import { Phrase } from '@renderer/features/questionnaires/Phrase';
import type { Output } from '@shared/contract';
import { partnerCallName } from '@shared/domain/couple';
import { formatIsoDate } from '@shared/domain/dates';
import { useQueries } from '@tanstack/react-query';
import { Link } from 'react-router';
import { TodaySection } from './TodaySection';

type Overview = Output<'today:overview'>;

/**
 * The partners' names of the couples these sections mention: Today's overview names couples,
 * and a line about one partner reads better with that partner's name. Until a couple loads
 * (or if it cannot), the line says "partner A".
 */
function usePartnerNamesOf(coupleIds: readonly string[]): ReadonlyMap<string, PartnerNames> {
  const ids = [...new Set(coupleIds)];
  const couples = useQueries({ queries: ids.map((id) => coupleQuery(id)) });
  const names = new Map<string, PartnerNames>();
  for (const couple of couples) {
    if (couple.data) {
      names.set(couple.data.id, {
        A: partnerCallName(couple.data.partnerA),
        B: partnerCallName(couple.data.partnerB),
      });
    }
  }
  return names;
}

/** What each of today's sessions has due, by the couple's schedule: "PHQ-9 for Zoë (every session)". */
export function QuestionnairesDue({ due }: { due: Overview['questionnairesDue'] }) {
  const names = usePartnerNamesOf(due.map((session) => session.coupleId));
  const count = due.reduce((sum, session) => sum + session.items.length, 0);
  return (
    <TodaySection
      id="today-questionnaires-due"
      title="Questionnaires due"
      count={count}
      empty="No questionnaire is due at today’s sessions."
    >
      {due.map((session) => (
        <li key={session.sessionId} className="today-list__item">
          <Link
            to={`/sessions/${session.sessionId}/workspace`}
            className="today-list__link"
            aria-label={`Open workspace: ${session.displayName}`}
          >
            {session.displayName}
          </Link>
          <ul className="plain-list today-list__due">
            {session.items.map((item) => (
              <li key={`${item.partner}-${item.instrument}`} title={item.reason}>
                <Phrase phrase={duePhrase(item, names.get(session.coupleId))} />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </TodaySection>
  );
}

/**
 * What the questionnaires say that the clinician has not yet looked at: private answers not yet
 * reviewed (those with a risk answer first, marked) and reliable deteriorations.
 */
export function QuestionnaireResults({
  unreviewed,
  deteriorations,
}: {
  unreviewed: Overview['unreviewedResponses'];
  deteriorations: Overview['deteriorations'];
}) {
  const names = usePartnerNamesOf([...unreviewed, ...deteriorations].map((item) => item.coupleId));
  // Risk first; otherwise the core's order (newest first) stands: sort is stable.
  const ordered = [...unreviewed].sort((a, b) => Number(b.risk) - Number(a.risk));
  return (
    <TodaySection
      id="today-questionnaire-results"
      title="Questionnaire results"
      count={unreviewed.length + deteriorations.length}
      empty="No private answers to review and no reliable deterioration."
    >
      {ordered.map((item) => {
        const partner = names.get(item.coupleId)?.[item.partner];
        return (
          <li
            key={`unreviewed-${item.coupleId}-${item.partner}`}
            className={`today-list__item${item.risk ? ' today-list__item--safety' : ''}`}
          >
            <Link to={`/couples/${item.coupleId}?tab=questionnaires`} className="today-list__link">
              {item.displayName}
            </Link>
            {item.risk ? (
              <span className="badge badge--safety">
                <span aria-hidden="true">⚠ </span>Risk answer
              </span>
            ) : null}
            <span className="today-list__brief">
              <bdi>{partner ?? `Partner ${item.partner}`}</bdi> answered privately, not yet reviewed
              {item.count > 1 ? ` (${item.count} questionnaires)` : ''}
            </span>
            <span className="today-list__meta">Answered {formatIsoDate(item.answeredOn)}</span>
          </li>
        );
      })}
      {deteriorations.map((item) => (
        <li
          key={`deterioration-${item.coupleId}-${item.partner}-${item.instrument}`}
          className="today-list__item today-list__item--deterioration"
        >
          <Link to={`/couples/${item.coupleId}?tab=progress`} className="today-list__link">
            {item.displayName}
          </Link>
          <span className="badge badge--deterioration">Reliable deterioration</span>
          <span className="today-list__brief">
            <Phrase phrase={deteriorationPhrase(item, names.get(item.coupleId))} />
          </span>
          <span className="today-list__meta">{scoreDates(item)}</span>
        </li>
      ))}
    </TodaySection>
  );
}
