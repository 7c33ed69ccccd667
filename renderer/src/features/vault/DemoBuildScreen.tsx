import { errorMessage, invoke } from '@renderer/api/client';
import { PageHeading } from '@renderer/ui/PageHeading';
import { ErrorState } from '@renderer/ui/states';
import type { DemoBuild } from '@shared/contract/practice';
import { useCallback, useEffect, useState } from 'react';
import { VaultLayout } from './VaultLayout';

const POLL_MS = 250;

/**
 * While the demo practice is built (a few seconds): how far it has got, and a way back.
 * Calls `onDone` once the build has ended, whichever way: the vault gate then asks which
 * practice is open.
 */
export function DemoBuildScreen({ onDone }: { onDone(): void }) {
  const [build, setBuild] = useState<DemoBuild | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [stopping, setStopping] = useState(false);

  useEffect(() => {
    // `attempt` restarts the polling after a retry.
    void attempt;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const status = await invoke('practice:status', {});
        if (stopped) return;
        if (status.practice === 'demo' || status.demoBuild === null) {
          onDone();
          return;
        }
        setBuild(status.demoBuild);
        if (status.demoBuild.state === 'building') timer = setTimeout(poll, POLL_MS);
      } catch (error) {
        if (!stopped) setProblem(errorMessage(error));
      }
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [onDone, attempt]);

  const retry = useCallback(() => {
    setProblem(null);
    setBuild(null);
    invoke('practice:openDemo', {}).then(
      () => setAttempt((n) => n + 1),
      (error: unknown) => setProblem(errorMessage(error)),
    );
  }, []);

  const back = useCallback(() => {
    setStopping(true);
    // Whatever the answer, the vault gate asks again which practice is open.
    invoke('practice:leaveDemo', {})
      .catch(() => undefined)
      .then(onDone);
  }, [onDone]);

  const failed = build?.state === 'failed' ? build.message : problem;
  const percent = Math.round((build?.progress ?? 0) * 100);
  return (
    <VaultLayout>
      <PageHeading>Building the demo practice</PageHeading>
      {failed ? (
        <ErrorState title="The demo practice could not be built" message={failed} onRetry={retry} />
      ) : (
        <>
          <p className="prose">
            Writing months of fictional history
            {build ? ` for ${build.couples} couples` : ''}: sessions, signed notes, assessments, treatment
            plans and measurements. This takes a few seconds.
          </p>
          <div className="progress-row">
            <progress
              className="progress-row__bar"
              aria-label="Demo practice built"
              max={100}
              value={percent}
            />
            <span className="demo-progress__value" aria-hidden="true">
              {percent}%
            </span>
          </div>
        </>
      )}
      <p className="vault-card__footer">
        <button type="button" className="link-button" onClick={back} disabled={stopping}>
          {failed ? 'Back' : 'Cancel'} and return to your own practice
        </button>
      </p>
    </VaultLayout>
  );
}
