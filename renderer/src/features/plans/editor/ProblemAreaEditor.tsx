import { memo, useId } from 'react';
import { libraryAreaLabels, libraryAreas } from '../../../../../shared/domain/library';
import { type PlanProblemArea, problemPriorities, walkPlan } from '../../../../../shared/domain/plan';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { newItemKey } from '../planEdits';
import { itemFieldName } from '../planErrors';
import { priorityLabels } from '../planLabels';
import { AddButton } from './AddButton';
import { usePlanActions, usePlanErrors } from './editorContext';
import { GoalEditor } from './GoalEditor';
import { ItemFrame, type ItemPlace } from './ItemFrame';
import { placeIn, samePlace } from './place';

const AREA_OPTIONS = libraryAreas.map((area) => ({ value: area, label: libraryAreaLabels[area] }));
const PRIORITY_OPTIONS = problemPriorities.map((priority) => ({
  value: priority,
  label: priorityLabels[priority],
}));

/** A problem area (an intimacy type or a cross-cutting area) and its goals. */
export const ProblemAreaEditor = memo(
  function ProblemAreaEditor({
    area,
    place,
    expanded,
  }: {
    area: PlanProblemArea;
    place: ItemPlace;
    /** Goals shown; a long proposal is read one area at a time. */
    expanded: boolean;
  }) {
    const { edit, toggleArea } = usePlanActions();
    const goalsId = useId();
    const errors = usePlanErrors();
    const name = (field: string) => itemFieldName(area.key, field);
    const set = (patch: Partial<PlanProblemArea>) =>
      edit({ type: 'update', kind: 'problemArea', key: area.key, patch });
    return (
      <ItemFrame
        kind="problemArea"
        itemKey={area.key}
        decision={area.decision}
        reasons={area.reasons}
        title={area.title}
        childCount={area.goals.length}
        place={place}
        fields={
          <div className="field-grid field-grid--area">
            <TextField
              name={name('title')}
              label="Problem area"
              maxLength={120}
              value={area.title}
              error={errors[name('title')]}
              onValueChange={(title) => set({ title })}
            />
            <SelectField
              name={name('area')}
              label="Area"
              value={area.area}
              options={AREA_OPTIONS}
              onValueChange={(value) => set({ area: value })}
            />
            <SelectField
              name={name('priority')}
              label="Priority"
              value={area.priority}
              options={PRIORITY_OPTIONS}
              onValueChange={(priority) => set({ priority })}
            />
          </div>
        }
      >
        {area.goals.length > 0 ? (
          <div className="plan-area-toggle">
            <button
              type="button"
              className="button button--small button--secondary"
              aria-expanded={expanded}
              aria-controls={goalsId}
              onClick={() => toggleArea(area.key)}
            >
              <span aria-hidden="true">{expanded ? '▾ ' : '▸ '}</span>
              {expanded ? 'Hide' : 'Show'} the goals
              <span className="visually-hidden"> of problem area {place.number}</span>
            </button>
            <span className="plan-area-toggle__summary">{contentSummary(area)}</span>
          </div>
        ) : null}
        {area.goals.length > 0 && expanded ? (
          <ol id={goalsId} className="plan-list" aria-label={`Goals of problem area ${place.number}`}>
            {area.goals.map((goal, index) => (
              <GoalEditor
                key={goal.key}
                goal={goal}
                area={area.area}
                place={placeIn(area.goals, index, `${place.number}.${index + 1}`, area.key)}
              />
            ))}
          </ol>
        ) : null}
        {expanded || area.goals.length === 0 ? (
          <AddButton
            name={name('goals')}
            label="Add a goal"
            context={`to problem area ${place.number}`}
            onClick={() => {
              const key = newItemKey();
              edit(
                { type: 'addGoal', key, parentKey: area.key },
                { focus: { name: itemFieldName(key, 'description') }, announce: 'Goal added.' },
              );
            }}
          />
        ) : null}
      </ItemFrame>
    );
  },
  (a, b) => a.area === b.area && a.expanded === b.expanded && samePlace(a.place, b.place),
);

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "2 goals, 4 objectives, 9 interventions, 6 milestones; 21 still proposed" */
export function contentSummary(area: PlanProblemArea): string {
  const counts = { goal: 0, objective: 0, intervention: 0, milestone: 0, proposed: 0 };
  for (const { kind, item } of walkPlan({ problemAreas: [area] })) {
    if (kind !== 'problemArea') counts[kind] += 1;
    if (item.decision === 'proposed') counts.proposed += 1;
  }
  const parts = [
    count(counts.goal, 'goal', 'goals'),
    count(counts.objective, 'objective', 'objectives'),
    count(counts.intervention, 'intervention', 'interventions'),
    count(counts.milestone, 'milestone', 'milestones'),
  ].join(', ');
  return counts.proposed > 0 ? `${parts}; ${counts.proposed} still proposed` : `${parts}; all decided`;
}
