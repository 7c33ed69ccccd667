import { newItemKey } from '@renderer/features/plans/planEdits';
import { itemFieldName, planFieldNames } from '@renderer/features/plans/planErrors';
import { fieldIds } from '@renderer/ui/fieldIds';
import { SelectField } from '@renderer/ui/SelectField';
import { type LibraryArea, libraryAreaLabels, libraryAreas } from '@shared/domain/library';
import { useState } from 'react';
import { usePlanActions, usePlanErrors } from './editorContext';

/** Picks an area and adds a problem area for it, titled after the area until renamed. */
export function AddProblemArea() {
  const { edit } = usePlanActions();
  const error = usePlanErrors()[planFieldNames.problemAreas];
  const [area, setArea] = useState<LibraryArea>('emotional');
  const ids = fieldIds(planFieldNames.problemAreas);
  return (
    <div className={`plan-add plan-add--area${error ? ' field--invalid' : ''}`}>
      <SelectField
        name="newProblemArea"
        label="Area of the new problem area"
        value={area}
        options={libraryAreas.map((value) => ({ value, label: libraryAreaLabels[value] }))}
        onValueChange={(value) => setArea(value)}
      />
      <button
        type="button"
        id={ids.inputId}
        className="button button--secondary button--add"
        aria-describedby={error ? ids.errorId : undefined}
        onClick={() => {
          const key = newItemKey();
          edit(
            { type: 'addProblemArea', key, area },
            { focus: { name: itemFieldName(key, 'title') }, announce: 'Problem area added.' },
          );
        }}
      >
        <span aria-hidden="true">+ </span>Add problem area
      </button>
      {error ? (
        <p id={ids.errorId} className="field__error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}
