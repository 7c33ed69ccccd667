import { newItemKey } from '@renderer/features/plans/planEdits';
import { itemFieldName } from '@renderer/features/plans/planErrors';
import { TextAreaField } from '@renderer/ui/TextAreaField';
import type { LibraryArea } from '@shared/domain/library';
import type { PlanGoal } from '@shared/domain/plan';
import { memo } from 'react';
import { AddButton } from './AddButton';
import { usePlanActions, usePlanErrors } from './editorContext';
import { ItemFrame, type ItemPlace } from './ItemFrame';
import { ObjectiveEditor } from './ObjectiveEditor';
import { placeIn, samePlace } from './place';

/** A long-term goal and its objectives. */
export const GoalEditor = memo(
  function GoalEditor({ goal, area, place }: { goal: PlanGoal; area: LibraryArea; place: ItemPlace }) {
    const { edit } = usePlanActions();
    const errors = usePlanErrors();
    const name = (field: string) => itemFieldName(goal.key, field);
    return (
      <ItemFrame
        kind="goal"
        itemKey={goal.key}
        decision={goal.decision}
        reasons={goal.reasons}
        title={goal.description}
        childCount={goal.objectives.length}
        place={place}
        fields={
          <TextAreaField
            name={name('description')}
            label="Goal"
            rows={2}
            maxLength={300}
            value={goal.description}
            error={errors[name('description')]}
            onValueChange={(description) =>
              edit({ type: 'update', kind: 'goal', key: goal.key, patch: { description } })
            }
          />
        }
      >
        {goal.objectives.length > 0 ? (
          <ol className="plan-list" aria-label={`Objectives of goal ${place.number}`}>
            {goal.objectives.map((objective, index) => (
              <ObjectiveEditor
                key={objective.key}
                objective={objective}
                area={area}
                place={placeIn(goal.objectives, index, `${place.number}.${index + 1}`, goal.key)}
              />
            ))}
          </ol>
        ) : null}
        <AddButton
          name={name('objectives')}
          label="Add an objective"
          context={`to goal ${place.number}`}
          onClick={() => {
            const key = newItemKey();
            edit(
              { type: 'addObjective', key, parentKey: goal.key },
              { focus: { name: itemFieldName(key, 'description') }, announce: 'Objective added.' },
            );
          }}
        />
      </ItemFrame>
    );
  },
  (a, b) => a.goal === b.goal && a.area === b.area && samePlace(a.place, b.place),
);
