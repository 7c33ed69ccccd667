import { channelQuery } from '@renderer/api/channelQuery';
import { useQuery } from '@tanstack/react-query';

/** How often the bar asks the core how far the export has got. */
const POLL_MS = 400;

/**
 * The export's real progress while it is being made: the signed notes drawn as PDFs so far
 * (the long part on a large practice), then the encryption. Shown only while the export runs.
 */
export function ExportProgress() {
  const progress = useQuery({
    ...channelQuery('exports:progress', {}),
    refetchInterval: POLL_MS,
    gcTime: 0,
  });
  const value = progress.data;
  if (!value || value.total === 0) return null;
  const text =
    value.stage === 'sealing'
      ? 'Encrypting the file…'
      : `${value.done.toLocaleString()} of ${value.total.toLocaleString()} signed notes made into PDFs`;
  return (
    <div className="progress-row">
      <progress
        className="progress-row__bar"
        aria-label="Export progress"
        aria-valuetext={text}
        max={value.total}
        value={value.done}
      />
      <span className="estimated-progress__left" aria-hidden="true">
        {text}
      </span>
    </div>
  );
}
