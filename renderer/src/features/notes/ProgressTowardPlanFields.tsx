import { SelectField } from '@renderer/ui/SelectField';
import { TextField } from '@renderer/ui/TextField';
import { type ObjectiveStatus, objectiveStatuses, objectiveStatusLabels } from '@shared/domain/notes';
import {
  type NoteValues,
  type PlanObjectiveOption,
  type ProgressValue,
  progressRows,
  withProgress,
} from './noteValues';

const STATUS_OPTIONS: { value: ObjectiveStatus | ''; label: string }[] = [
  { value: '', label: 'Not rated' },
  ...objectiveStatuses.map((status) => ({ value: status, label: objectiveStatusLabels[status] })),
];

/**
 * "Progress toward the plan": each active objective with how it moved since the last session
 * and one sentence. Plain selects and inputs in reading order, so Tab walks objective by
 * objective. Each control's accessible name says which objective it is for.
 */
export function ProgressTowardPlanFields({
  values,
  objectives,
  onChange,
}: {
  values: NoteValues;
  objectives: readonly PlanObjectiveOption[];
  onChange(progress: ProgressValue[]): void;
}) {
  const rows = progressRows(values, objectives);
  const listed = new Set(objectives.map((objective) => objective.key));
  return (
    <fieldset className="note-progress">
      <legend className="note-progress__legend">Progress toward the plan</legend>
      {rows.length === 0 ? (
        <p className="field__hint">The plan has no active objectives to rate.</p>
      ) : (
        <p className="field__hint">Rate the objectives this session worked on; leave the others not rated.</p>
      )}
      <ol className="note-progress__list">
        {rows.map((row, index) => {
          const objective = objectives.find((item) => item.key === row.objectiveKey);
          const name = `progress.${index}`;
          const forObjective = <span className="visually-hidden"> for “{row.objective}”</span>;
          return (
            <li key={row.objectiveKey} className="note-progress__item">
              <p className="note-progress__objective">
                {row.objective}
                {objective?.areaTitle ? (
                  <span className="note-progress__area"> · {objective.areaTitle}</span>
                ) : null}
                {listed.has(row.objectiveKey) ? null : (
                  <span className="note-progress__area"> · no longer in the active plan</span>
                )}
              </p>
              <div className="note-progress__fields">
                <SelectField
                  name={`${name}.status`}
                  label={<>Status{forObjective}</>}
                  value={row.status}
                  options={STATUS_OPTIONS}
                  onValueChange={(status) => onChange(withProgress(values.progress, row, { status }))}
                />
                <TextField
                  name={`${name}.sentence`}
                  label={<>One sentence{forObjective}</>}
                  optional
                  maxLength={500}
                  value={row.sentence}
                  hint={
                    row.status === '' && row.sentence.trim() !== ''
                      ? 'Choose a status to keep this sentence with the note.'
                      : undefined
                  }
                  onValueChange={(sentence) => onChange(withProgress(values.progress, row, { sentence }))}
                />
              </div>
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
}
