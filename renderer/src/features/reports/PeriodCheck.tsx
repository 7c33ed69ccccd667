import { useQuery } from '@tanstack/react-query';
import { periodCheckQuery } from './queries';

/**
 * What the chosen period holds, said before anything is made: the core's count of what was
 * recorded inside it, and why it is impossible (after today, before treatment began). A live
 * region, so the sentence is read when the dates change; silent while the dates are incomplete
 * or the check is under way, and on a failed check (generating still checks everything).
 */
export function PeriodCheck({ coupleId, from, to }: { coupleId: string; from: string; to: string }) {
  // While the dates are incomplete the query waits under a key of its own, with no answer.
  const data = useQuery(periodCheckQuery(coupleId, from, to)).data;
  const problems = data ? Object.values(data.problems) : [];
  const message = problems.length > 0 ? `${problems.join('. ')}.` : (data?.empty ?? null);
  return (
    <p
      className={message ? 'notice notice--warning report-options__period-check' : 'report-options__preset'}
      role="status"
    >
      {message}
    </p>
  );
}
