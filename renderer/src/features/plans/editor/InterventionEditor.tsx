import { itemFieldName } from '@renderer/features/plans/planErrors';
import { assigneeText } from '@renderer/features/plans/planLabels';
import { fieldIds } from '@renderer/ui/fieldIds';
import { SelectField } from '@renderer/ui/SelectField';
import { TextField } from '@renderer/ui/TextField';
import { isSafetySensitive } from '@shared/domain/library';
import { type PlanIntervention, planAssignees } from '@shared/domain/plan';
import { memo } from 'react';
import { usePlanActions, usePlanErrors, usePlanSettings } from './editorContext';
import { FrequencyField } from './FrequencyField';
import { ItemFrame, type ItemPlace } from './ItemFrame';
import { samePlace } from './place';

/** An exercise from the library as this couple will do it: who, how often, and tailoring notes. */
export const InterventionEditor = memo(
  function InterventionEditor({ intervention, place }: { intervention: PlanIntervention; place: ItemPlace }) {
    const { edit } = usePlanActions();
    const errors = usePlanErrors();
    const { partnerNames, library, safetyFlagOpen } = usePlanSettings();
    const name = (field: string) => itemFieldName(intervention.key, field);
    const set = (patch: Partial<PlanIntervention>) =>
      edit({ type: 'update', kind: 'intervention', key: intervention.key, patch });
    const entry = library.get(intervention.libraryId);
    const libraryError = errors[name('libraryId')];
    const sourceIds = fieldIds(name('libraryId'));
    const unsafe = safetyFlagOpen && entry !== undefined && isSafetySensitive(entry);
    return (
      <ItemFrame
        kind="intervention"
        itemKey={intervention.key}
        decision={intervention.decision}
        reasons={intervention.reasons}
        title={intervention.name}
        childCount={0}
        place={place}
        fields={
          <>
            <p
              id={sourceIds.inputId}
              tabIndex={-1}
              className={`plan-item__source${libraryError ? ' field--invalid' : ''}`}
              aria-describedby={libraryError ? sourceIds.errorId : undefined}
            >
              {entry ? (
                <>
                  From the library: <span className="plan-item__source-name">{entry.name}</span>
                </>
              ) : intervention.libraryId ? (
                <>Library entry “{intervention.libraryId}” (no longer in the library)</>
              ) : (
                <>Not from the library</>
              )}
            </p>
            {libraryError ? (
              <p id={sourceIds.errorId} className="field__error">
                <span className="visually-hidden">Error: </span>
                {libraryError}
              </p>
            ) : unsafe ? (
              <p className="plan-item__warning">
                Touch or conflict exercise: it cannot be in a signed plan while the couple has an open safety
                flag.
              </p>
            ) : null}
            <div className="field-grid field-grid--intervention">
              <TextField
                name={name('name')}
                label="Intervention"
                maxLength={120}
                value={intervention.name}
                error={errors[name('name')]}
                onValueChange={(text) => set({ name: text })}
              />
              <SelectField
                name={name('who')}
                label="Who does it"
                value={intervention.who}
                options={planAssignees.map((who) => ({ value: who, label: assigneeText(who, partnerNames) }))}
                onValueChange={(who) => set({ who })}
              />
              <FrequencyField
                name={name('frequency')}
                value={intervention.frequency}
                onValueChange={(frequency) => set({ frequency })}
              />
            </div>
            <TextField
              name={name('notes')}
              label="Tailoring notes"
              optional
              maxLength={2000}
              value={intervention.notes}
              onValueChange={(notes) => set({ notes })}
            />
          </>
        }
      />
    );
  },
  (a, b) => a.intervention === b.intervention && samePlace(a.place, b.place),
);
