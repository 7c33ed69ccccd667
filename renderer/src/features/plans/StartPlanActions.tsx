import { errorMessage } from '@renderer/api/client';
import { useNavigate } from 'react-router';
import { useStartDraft } from './queries';

/**
 * The ways to open a draft: the engine's proposal from the latest assessment, a blank page,
 * or a revision of the active plan. The core refuses a proposal without an assessment, and a
 * second draft; its message is shown as it is.
 */
export function StartPlanActions({ coupleId, hasActive }: { coupleId: string; hasActive: boolean }) {
  const start = useStartDraft(coupleId);
  const navigate = useNavigate();
  const begin = (from: 'proposal' | 'blank' | 'active') =>
    start.mutate(from, { onSuccess: () => navigate(`/couples/${coupleId}/plan/draft`) });
  return (
    <div className="start-plan">
      <div className="tab-panel__actions">
        {hasActive ? (
          <button
            type="button"
            className="button button--primary"
            disabled={start.isPending}
            onClick={() => begin('active')}
          >
            Revise
          </button>
        ) : null}
        <button
          type="button"
          className={`button ${hasActive ? 'button--secondary' : 'button--primary'}`}
          disabled={start.isPending}
          onClick={() => begin('proposal')}
        >
          {hasActive ? 'Propose a new plan' : 'Propose a plan'}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={start.isPending}
          onClick={() => begin('blank')}
        >
          Start blank
        </button>
      </div>
      {start.isError ? (
        <p className="notice notice--error" role="alert">
          {errorMessage(start.error)}
        </p>
      ) : null}
    </div>
  );
}
