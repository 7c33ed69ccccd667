import { SafetyFlagBadge } from '@renderer/ui/SafetyFlagBadge';
import { StatusBadge } from '@renderer/ui/StatusBadge';
import { useWindowedRows } from '@renderer/ui/useWindowedRows';
import type { CoupleSummary } from '@shared/contract/couples';
import { useRef } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatDate } from './format';

/** Above this many couples only the rows on screen are rendered, each one fixed-height line. */
const WINDOW_THRESHOLD = 150;
const WINDOWED_ROW_HEIGHT = 72;

/**
 * The caseload as a table. Each couple's name is a real link (the keyboard path); a click
 * anywhere else on the row opens it too, unless the clinician was selecting text.
 */
export function CouplesTable({ items, busy }: { items: readonly CoupleSummary[]; busy: boolean }) {
  const navigate = useNavigate();
  const body = useRef<HTMLTableSectionElement>(null);
  const rows = useWindowedRows(body, items.length, {
    rowHeight: WINDOWED_ROW_HEIGHT,
    threshold: WINDOW_THRESHOLD,
  });
  return (
    <div className="table-wrap">
      <table
        className={`table${busy ? ' table--busy' : ''}${rows.windowed ? ' table--windowed' : ''}`}
        aria-busy={busy}
        aria-rowcount={items.length + 1}
      >
        <caption className="visually-hidden">Couples, in alphabetical order</caption>
        <colgroup>
          <col className="table__col-name" />
          <col className="table__col-partners" />
          <col className="table__col-status" />
          <col className="table__col-date" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">Couple</th>
            <th scope="col">Partners</th>
            <th scope="col">Status</th>
            <th scope="col">Started</th>
          </tr>
        </thead>
        <tbody ref={body}>
          {rows.padTop > 0 ? (
            <tr className="table__spacer">
              <td colSpan={4} aria-hidden="true" style={{ height: rows.padTop }} />
            </tr>
          ) : null}
          {items.slice(rows.start, rows.end).map((couple, offset) => (
            <tr
              key={couple.id}
              aria-rowindex={rows.start + offset + 2}
              title={rows.windowed ? couple.displayName : undefined}
              className="table__row--link"
              // The name link in the row is the keyboard path; this only widens the mouse target.
              onClick={(event) => {
                if (event.target instanceof HTMLAnchorElement) return;
                if (window.getSelection()?.toString()) return;
                navigate(`/couples/${couple.id}`);
              }}
            >
              <th scope="row" className="table__name">
                <Link to={`/couples/${couple.id}`}>{couple.displayName}</Link>
                {couple.openSafetyFlags > 0 ? (
                  <div className="table__flag">
                    <SafetyFlagBadge count={couple.openSafetyFlags} />
                  </div>
                ) : null}
              </th>
              <td>
                <ul className="name-list">
                  <li>{couple.partnerNames[0]}</li>
                  <li>{couple.partnerNames[1]}</li>
                </ul>
              </td>
              <td>
                <StatusBadge status={couple.status} />
              </td>
              <td className="table__date">
                {couple.startDate ? (
                  formatDate(couple.startDate)
                ) : (
                  <span className="muted">Not recorded</span>
                )}
              </td>
            </tr>
          ))}
          {rows.padBottom > 0 ? (
            <tr className="table__spacer">
              <td colSpan={4} aria-hidden="true" style={{ height: rows.padBottom }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
