import { errorMessage } from '@renderer/api/client';
import { PrintDocumentButton } from '@renderer/features/reports/PrintDocumentButton';
import { homeworkMeta, type PartnerNames } from '@renderer/features/workspace/labels';
import type { Homework } from '@shared/contract/homework';
import { useWithdrawHomework } from './queries';

/** Homework assigned in this session: each prints as its worksheet, or is withdrawn if a mistake. */
export function AssignedHomeworkList({
  items,
  sessionId,
  coupleId,
  names,
}: {
  items: readonly Homework[];
  sessionId: string;
  coupleId: string;
  names: PartnerNames;
}) {
  const withdraw = useWithdrawHomework(sessionId, coupleId);
  return (
    <div className="assigned-homework">
      <h3 className="brief-part__title">Assigned in this session</h3>
      {items.length === 0 ? (
        <p className="workspace-empty">Nothing assigned in this session yet.</p>
      ) : (
        <ul className="plain-list record-list">
          {items.map((homework) => (
            <li key={homework.id} className="record-list__item assigned-homework__item">
              <span className="record-list__title">{homework.title}</span>
              <span className="record-list__meta">{homeworkMeta(homework, names)}</span>
              <span className="assigned-homework__actions">
                <PrintDocumentButton
                  request={{ kind: 'worksheet', homeworkId: homework.id }}
                  label="Print worksheet"
                  className="button button--secondary button--small"
                />
                <button
                  type="button"
                  className="button button--danger-outline button--small"
                  aria-label={`Withdraw ${homework.title}`}
                  disabled={withdraw.isPending}
                  onClick={() => withdraw.mutate(homework.id)}
                >
                  Withdraw
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {withdraw.isError ? (
        <p className="field__error" role="alert">
          The homework could not be withdrawn. {errorMessage(withdraw.error)}
        </p>
      ) : null}
    </div>
  );
}
