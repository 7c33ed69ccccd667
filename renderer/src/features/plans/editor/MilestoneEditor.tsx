import { memo } from 'react';
import { milestoneMethodLabels, type PlanMilestone } from '../../../../../shared/domain/plan';
import { milestoneMethods } from '../../../../../shared/domain/plan-engine/types';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { itemFieldName } from '../planErrors';
import { usePlanActions, usePlanErrors } from './editorContext';
import { ItemFrame, type ItemPlace } from './ItemFrame';
import { MeasureRangeFields } from './MeasureRangeFields';
import { samePlace } from './place';

const METHOD_OPTIONS = milestoneMethods.map((method) => ({
  value: method,
  label: milestoneMethodLabels[method],
}));

/** A milestone: what counts as a small win, how it is measured, from where to where, by when. */
export const MilestoneEditor = memo(
  function MilestoneEditor({ milestone, place }: { milestone: PlanMilestone; place: ItemPlace }) {
    const { edit } = usePlanActions();
    const errors = usePlanErrors();
    const name = (field: string) => itemFieldName(milestone.key, field);
    const set = (patch: Partial<PlanMilestone>) =>
      edit({ type: 'update', kind: 'milestone', key: milestone.key, patch });
    return (
      <ItemFrame
        kind="milestone"
        itemKey={milestone.key}
        decision={milestone.decision}
        reasons={milestone.reasons}
        title={milestone.description}
        childCount={0}
        place={place}
        fields={
          <>
            <TextField
              name={name('description')}
              label="Milestone"
              maxLength={300}
              value={milestone.description}
              error={errors[name('description')]}
              onValueChange={(description) => set({ description })}
            />
            <div className="field-grid field-grid--measures">
              <SelectField
                name={name('method')}
                label="Measured by"
                value={milestone.method}
                options={METHOD_OPTIONS}
                onValueChange={(method) => set({ method })}
              />
              <MeasureRangeFields
                itemKey={milestone.key}
                range={milestone}
                date={{ field: 'dueDate', label: 'Due date', value: milestone.dueDate }}
                onRangeChange={set}
                onDateChange={(dueDate) => set({ dueDate })}
              />
            </div>
          </>
        }
      />
    );
  },
  (a, b) => a.milestone === b.milestone && samePlace(a.place, b.place),
);
