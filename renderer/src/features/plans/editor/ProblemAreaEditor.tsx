import { areaCounts, newItemKey, priorityWords } from '@renderer/features/plans/planEdits';
import { itemFieldName, keyInName } from '@renderer/features/plans/planErrors';
import { priorityLabels } from '@renderer/features/plans/planLabels';
import { SelectField } from '@renderer/ui/SelectField';
import { TextField } from '@renderer/ui/TextField';
import { libraryAreaLabels, libraryAreas } from '@shared/domain/library';
import { type PlanProblemArea, problemPriorities, subtreeKeys } from '@shared/domain/plan';
import { memo } from 'react';
import { AddButton } from './AddButton';
import { usePlanActions, usePlanErrors } from './editorContext';
import { GoalEditor } from './GoalEditor';
import { ItemFrame, type ItemPlace } from './ItemFrame';
import { MoreSuggestions, type SuggestionView, sameSuggestionViews } from './MoreSuggestions';
import { placeIn, samePlace } from './place';

const AREA_OPTIONS = libraryAreas.map((area) => ({ value: area, label: libraryAreaLabels[area] }));
const PRIORITY_OPTIONS = problemPriorities.map((priority) => ({
  value: priority,
  label: priorityLabels[priority],
}));

/**
 * A problem area (an intimacy type or a cross-cutting area) and its goals. One area is open
 * at a time; a folded area is one line (title, priority, counts, what is left to review).
 */
export const ProblemAreaEditor = memo(
  function ProblemAreaEditor({
    area,
    place,
    expanded,
    suggestions,
  }: {
    area: PlanProblemArea;
    place: ItemPlace;
    /** Open (its fields, goals and suggestions shown) or folded to one line. */
    expanded: boolean;
    /** The engine's further suggestions that would go into this area (shown while open). */
    suggestions: readonly SuggestionView[];
  }) {
    const { edit, toggleArea } = usePlanActions();
    const errors = usePlanErrors();
    const name = (field: string) => itemFieldName(area.key, field);
    const set = (patch: Partial<PlanProblemArea>) =>
      edit({ type: 'update', kind: 'problemArea', key: area.key, patch });
    const title = area.title.trim() || '(untitled)';
    // A folded area says when something in it stops the plan from being signed.
    const toFix = expanded ? 0 : problemsWithin(errors, area);
    const fix = toFix > 0 ? ` · ${toFix} to fix before signing` : '';
    return (
      <ItemFrame
        kind="problemArea"
        itemKey={area.key}
        decision={area.decision}
        reasons={area.reasons}
        title={area.title}
        childCount={area.goals.length}
        place={place}
        toggle={{
          expanded,
          onToggle: () => toggleArea(area.key),
          summary: `${title} · ${priorityWords(area.priority)} · ${areaCounts(area)}${fix}`,
        }}
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
          <ol className="plan-list" aria-label={`Goals of problem area ${place.number}`}>
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
        <MoreSuggestions views={suggestions} context={`for problem area ${place.number}`} />
      </ItemFrame>
    );
  },
  (a, b) =>
    a.area === b.area &&
    a.expanded === b.expanded &&
    samePlace(a.place, b.place) &&
    sameSuggestionViews(a.suggestions, b.suggestions),
);

/** How many of the plan's errors are about this area or something in it. */
function problemsWithin(errors: Readonly<Record<string, string>>, area: PlanProblemArea): number {
  const names = Object.keys(errors);
  if (names.length === 0) return 0;
  const keys = new Set(subtreeKeys(area));
  return names.filter((name) => keys.has(keyInName(name) ?? '')).length;
}
