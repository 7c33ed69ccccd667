import { estimatedFraction, remainingText } from '@shared/domain/backups/estimate';
import { useEffect, useState } from 'react';

/**
 * A bar for work the core cannot report on while it runs (a backup is one step of the main
 * process), filled against an estimate from the last run. It never shows done before the work
 * is; the caller removes it when the answer comes.
 */
export function EstimatedProgress({ label, estimateMs }: { label: string; estimateMs: number }) {
  const [startedAt] = useState(() => Date.now());
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => {
    const timer = window.setInterval(() => setElapsed(Date.now() - startedAt), 250);
    return () => window.clearInterval(timer);
  }, [startedAt]);
  const percent = Math.round(estimatedFraction(elapsed, estimateMs) * 100);
  return (
    <div className="progress-row">
      <progress
        className="progress-row__bar"
        aria-label={label}
        aria-valuetext={`${percent}%, ${remainingText(elapsed, estimateMs)}`}
        max={100}
        value={percent}
      />
      <span className="estimated-progress__left" aria-hidden="true">
        {remainingText(elapsed, estimateMs)}
      </span>
    </div>
  );
}
