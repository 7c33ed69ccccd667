import type { SafetyFlag } from '@shared/contract/safety';
import { formatInstant } from '@shared/domain/dates';
import { safetyReasonLabel } from './labels';

/** The short form beside the date: "(assessment)". */
const SOURCES: Record<SafetyFlag['source'], string> = {
  assessment: 'assessment',
  note: 'progress note',
  questionnaire: 'questionnaire',
};

/** Open safety flags, each with when and what raised it, and the way to record how it was addressed. */
export function SafetyFlagList({
  flags,
  onResolve,
}: {
  flags: readonly SafetyFlag[];
  onResolve(flag: SafetyFlag): void;
}) {
  return (
    <ul className="flag-list">
      {flags.map((flag) => (
        <li key={flag.id} className="flag-list__item">
          <div>
            <p className="flag-list__when">
              Raised {formatInstant(flag.raisedAt)} ({SOURCES[flag.source]})
            </p>
            <p className="flag-list__reasons">{flag.reasons.map(safetyReasonLabel).join('; ')}</p>
          </div>
          <button type="button" className="button button--secondary" onClick={() => onResolve(flag)}>
            Record how it was addressed
          </button>
        </li>
      ))}
    </ul>
  );
}
