import { memo } from 'react';
import { milestoneMethodLabels, type PlanMilestone } from '../../../../../shared/domain/plan';
import { milestoneMethods } from '../../../../../shared/domain/plan-engine/types';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { itemFieldName } from '../planErrors';
import { usePlanActions, usePlanErrors } from './editorContext';
import { ItemFrame, type ItemPlace } from './ItemFrame';
import { NumberField } from './NumberField';
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
              <NumberField
                name={name('baseline')}
                label="Baseline"
                min={0}
                max={1000}
                allowEmpty
                value={milestone.baseline}
                error={errors[name('baseline')]}
                onValueChange={(baseline) => set({ baseline })}
              />
              <NumberField
                name={name('target')}
                label="Target"
                min={0}
                max={1000}
                allowEmpty
                value={milestone.target}
                error={errors[name('target')]}
                onValueChange={(target) => set({ target })}
              />
              <TextField
                name={name('dueDate')}
                label="Due date"
                type="date"
                className="input--date"
                value={milestone.dueDate}
                error={errors[name('dueDate')]}
                onValueChange={(dueDate) => set({ dueDate })}
              />
            </div>
          </>
        }
      />
    );
  },
  (a, b) => a.milestone === b.milestone && samePlace(a.place, b.place),
);
