import { type CoupleStatus, coupleStatusLabels } from '@shared/domain/couple';

/** Color is never the only signal: the badge always carries the status word. */
export function StatusBadge({ status }: { status: CoupleStatus }) {
  return <span className={`badge badge--${status}`}>{coupleStatusLabels[status]}</span>;
}
