import { itemFieldName } from '@renderer/features/plans/planErrors';
import { SelectField } from '@renderer/ui/SelectField';
import { TextField } from '@renderer/ui/TextField';
import {
  isDerived,
  type MeasureUnit,
  measureUnits,
  milestoneMeasure,
  milestoneMethodLabels,
  type PlanMilestone,
  scaleFor,
  sourceLabel,
  unitRanges,
} from '@shared/domain/plan';
import { milestoneMethods } from '@shared/domain/plan-engine/types';
import { memo } from 'react';
import { usePlanActions, usePlanErrors } from './editorContext';
import { ItemFrame, type ItemPlace } from './ItemFrame';
import { MeasureRangeFields } from './MeasureRangeFields';
import { samePlace } from './place';

const METHOD_OPTIONS = milestoneMethods.map((method) => ({
  value: method,
  label: milestoneMethodLabels[method],
}));

const UNIT_OPTIONS = measureUnits.map((unit) => ({ value: unit, label: unitRanges[unit].label }));

/**
 * A milestone: what counts as a small win, how it is measured, from where to where, by when.
 * One measured from check-ins or the calendar says so and asks nothing; one entered by hand
 * has its method and its unit (which sets the range the entry forms enforce).
 */
export const MilestoneEditor = memo(
  function MilestoneEditor({ milestone, place }: { milestone: PlanMilestone; place: ItemPlace }) {
    const { edit } = usePlanActions();
    const errors = usePlanErrors();
    const name = (field: string) => itemFieldName(milestone.key, field);
    const set = (patch: Partial<PlanMilestone>) =>
      edit({ type: 'update', kind: 'milestone', key: milestone.key, patch });
    const measure = milestoneMeasure(milestone);
    const derived = isDerived(measure.source);
    // Choosing a method or a unit stores both, so the milestone no longer depends on inference.
    const setEntry = (method: PlanMilestone['method'], unit: MeasureUnit) =>
      set({ method, scale: scaleFor(unit), recordedBy: { kind: 'entry', method } });
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
              {derived ? (
                <p className="milestone-source" id={`${name('method')}-source`}>
                  <span className="milestone-source__label">Measured by</span> {sourceLabel(measure.source)}:
                  nothing to enter. {unitRanges[measure.scale.unit].label}.
                </p>
              ) : (
                <>
                  <SelectField
                    name={name('method')}
                    label="Measured by"
                    value={milestone.method}
                    options={METHOD_OPTIONS}
                    onValueChange={(method) => setEntry(method, measure.scale.unit)}
                  />
                  <SelectField
                    name={name('unit')}
                    label="Unit"
                    value={measure.scale.unit}
                    options={UNIT_OPTIONS}
                    onValueChange={(unit) => setEntry(milestone.method, unit)}
                  />
                </>
              )}
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
