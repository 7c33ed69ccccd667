import { newItemKey } from '@renderer/features/plans/planEdits';
import { itemFieldName } from '@renderer/features/plans/planErrors';
import { objectivePartnerText } from '@renderer/features/plans/planLabels';
import { SelectField } from '@renderer/ui/SelectField';
import { TextField } from '@renderer/ui/TextField';
import type { LibraryArea } from '@shared/domain/library';
import { objectivePartners, type PlanObjective } from '@shared/domain/plan';
import { memo } from 'react';
import { AddButton } from './AddButton';
import { ChildList } from './ChildList';
import { usePlanActions, usePlanErrors, usePlanSettings } from './editorContext';
import { InterventionEditor } from './InterventionEditor';
import { ItemFrame, type ItemPlace } from './ItemFrame';
import { MeasureRangeFields } from './MeasureRangeFields';
import { MilestoneEditor } from './MilestoneEditor';
import { placeIn, samePlace } from './place';

/** A short-term measurable objective, with the interventions that serve it and its milestones. */
export const ObjectiveEditor = memo(
  function ObjectiveEditor({
    objective,
    area,
    place,
  }: {
    objective: PlanObjective;
    area: LibraryArea;
    place: ItemPlace;
  }) {
    const { edit, pickFromLibrary } = usePlanActions();
    const errors = usePlanErrors();
    const { partnerNames } = usePlanSettings();
    const name = (field: string) => itemFieldName(objective.key, field);
    const set = (patch: Partial<PlanObjective>) =>
      edit({ type: 'update', kind: 'objective', key: objective.key, patch });
    const context = `to objective ${place.number}`;
    return (
      <ItemFrame
        kind="objective"
        itemKey={objective.key}
        decision={objective.decision}
        reasons={objective.reasons}
        title={objective.description}
        childCount={objective.interventions.length + objective.milestones.length}
        place={place}
        fields={
          <>
            <TextField
              name={name('description')}
              label="Objective"
              maxLength={300}
              value={objective.description}
              error={errors[name('description')]}
              onValueChange={(description) => set({ description })}
            />
            <div className="field-grid field-grid--objective">
              <SelectField
                name={name('partner')}
                label="Whose measure"
                value={objective.partner}
                options={objectivePartners.map((partner) => ({
                  value: partner,
                  label: objectivePartnerText(partner, partnerNames),
                }))}
                onValueChange={(partner) => set({ partner })}
              />
              <TextField
                name={name('measure')}
                label="Measure"
                maxLength={200}
                value={objective.measure}
                error={errors[name('measure')]}
                onValueChange={(measure) => set({ measure })}
              />
              <MeasureRangeFields
                itemKey={objective.key}
                range={objective}
                date={{ field: 'targetDate', label: 'Target date', value: objective.targetDate }}
                onRangeChange={set}
                onDateChange={(targetDate) => set({ targetDate })}
              />
            </div>
          </>
        }
      >
        <div className="plan-children">
          <ChildList
            heading="Interventions"
            emptyText="No interventions yet."
            items={objective.interventions}
            renderItem={(intervention, index) => (
              <InterventionEditor
                key={intervention.key}
                intervention={intervention}
                place={placeIn(
                  objective.interventions,
                  index,
                  `${place.number}.i${index + 1}`,
                  objective.key,
                )}
              />
            )}
            addButton={
              <AddButton
                name={name('interventions')}
                label="Add from library"
                context={context}
                onClick={() => pickFromLibrary(objective.key, area)}
              />
            }
          />
          <ChildList
            heading="Milestones"
            emptyText="No milestones yet."
            items={objective.milestones}
            renderItem={(milestone, index) => (
              <MilestoneEditor
                key={milestone.key}
                milestone={milestone}
                place={placeIn(objective.milestones, index, `${place.number}.m${index + 1}`, objective.key)}
              />
            )}
            addButton={
              <AddButton
                name={name('milestones')}
                label="Add a milestone"
                context={context}
                onClick={() => {
                  const key = newItemKey();
                  edit(
                    { type: 'addMilestone', key, parentKey: objective.key },
                    { focus: { name: itemFieldName(key, 'description') }, announce: 'Milestone added.' },
                  );
                }}
              />
            }
          />
        </div>
      </ItemFrame>
    );
  },
  (a, b) => a.objective === b.objective && a.area === b.area && samePlace(a.place, b.place),
);
