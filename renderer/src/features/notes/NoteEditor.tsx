import { ChecklistField } from '@renderer/ui/ChecklistField';
import { SelectField } from '@renderer/ui/SelectField';
import { TextAreaField } from '@renderer/ui/TextAreaField';
import type { Note } from '@shared/contract/notes';
import { type NoteFormat, noteFormats, noteSections } from '@shared/domain/notes';
import { useRef, useState } from 'react';
import { InterventionsField } from './InterventionsField';
import {
  emptyNoteValues,
  hasWriting,
  type NoteValues,
  noteValuesFromNote,
  type PlanInterventionOption,
  type PlanObjectiveOption,
  pickPlanInterventions,
  planInterventionChoices,
  toNoteContent,
} from './noteValues';
import { ProgressTowardPlanFields } from './ProgressTowardPlanFields';
import { useSaveDraft } from './queries';
import { RiskReviewFields } from './RiskReviewFields';
import { SaveStatus } from './SaveStatus';
import { SignNoteDialog } from './SignNoteDialog';
import { useAutosave } from './useAutosave';

const FORMAT_NAMES = {
  SOAP: 'SOAP (Subjective, Objective, Assessment, Plan)',
  DAP: 'DAP (Data, Assessment, Plan)',
  BIRP: 'BIRP (Behavior, Intervention, Response, Plan)',
} as const;

/**
 * The progress note of one session while it is a draft. Everything typed saves itself
 * (see useAutosave); signing saves first, then locks the note for good.
 *
 * Given the active plan's `objectives` and `planInterventions` (the session workspace supplies
 * them), the note also rates progress toward each objective and picks the interventions used
 * from the plan. Without them (the session page) it is the plain note.
 */
export function NoteEditor({
  sessionId,
  note,
  partnerNames,
  objectives,
  planInterventions,
  initialFormat,
  safetyFlagOpen,
}: {
  sessionId: string;
  /** The saved draft, or null before anything was written. */
  note: Note | null;
  partnerNames: { A: string; B: string };
  objectives?: readonly PlanObjectiveOption[] | undefined;
  planInterventions?: readonly PlanInterventionOption[] | undefined;
  /** The format a new note starts in (the clinician's last choice for this couple); a draft keeps its own. */
  initialFormat?: NoteFormat | undefined;
  /** The couple has an open safety flag (the workspace knows): the risk review says it is required. */
  safetyFlagOpen?: boolean | undefined;
}) {
  const [values, setValues] = useState<NoteValues>(() =>
    note ? noteValuesFromNote(note) : emptyNoteValues(initialFormat),
  );
  const noteId = useRef(note?.id ?? null);
  const [signing, setSigning] = useState(false);
  const saveDraft = useSaveDraft(sessionId);
  const objectiveOrder = (objectives ?? []).map((objective) => objective.key);
  const { state, flush } = useAutosave(values, async (current: NoteValues) => {
    const saved = await saveDraft(toNoteContent(current, objectiveOrder));
    noteId.current = saved.id;
  });
  const interventionChoices = planInterventions ? planInterventionChoices(values, planInterventions) : [];

  const change = (patch: Partial<NoteValues>) => setValues((current) => ({ ...current, ...patch }));

  return (
    <section className="note-editor" aria-labelledby="note-heading" onBlur={() => void flush()}>
      <div className="note-editor__header">
        <h2 id="note-heading" className="note-editor__title">
          Progress note <span className="badge badge--note-draft">Draft, not signed</span>
        </h2>
        <SaveStatus state={state} />
      </div>
      <SelectField
        name="format"
        label="Format"
        value={values.format}
        options={noteFormats.map((format) => ({ value: format, label: FORMAT_NAMES[format] }))}
        hint="Switching keeps what you wrote in sections the formats share (Assessment, Plan)."
        onValueChange={(format) => change({ format })}
      />
      {noteSections[values.format].map((section) => (
        <TextAreaField
          key={`${values.format}-${section.id}`}
          name={`sections.${section.id}`}
          label={section.label}
          hint={section.hint}
          rows={5}
          value={values.sections[section.id] ?? ''}
          onValueChange={(text) => change({ sections: { ...values.sections, [section.id]: text } })}
        />
      ))}
      {objectives ? (
        <ProgressTowardPlanFields
          values={values}
          objectives={objectives}
          onChange={(progress) => change({ progress })}
        />
      ) : null}
      <InterventionsField
        items={values.interventions}
        onChange={(interventions) => change({ interventions })}
        fromPlan={
          planInterventions ? (
            <ChecklistField
              name="planInterventions"
              legend="From the treatment plan"
              items={interventionChoices.map((choice) => ({ id: choice.key, label: choice.name }))}
              value={values.planInterventions.map((item) => item.key)}
              hint={interventionChoices.length === 0 ? 'The plan has no interventions to pick.' : undefined}
              onValueChange={(keys) =>
                change({ planInterventions: pickPlanInterventions(values, interventionChoices, keys) })
              }
            />
          ) : undefined
        }
      />
      <TextAreaField
        name="homework"
        label="Homework assigned"
        optional
        rows={2}
        value={values.homework}
        onValueChange={(homework) => change({ homework })}
      />
      <RiskReviewFields
        risk={values.risk}
        partnerNames={partnerNames}
        onChange={(risk) => change({ risk })}
        safetyFlagOpen={safetyFlagOpen ?? false}
      />
      <div className="form__actions form__actions--bar">
        <button
          type="button"
          className="button button--primary"
          onClick={() => setSigning(true)}
          disabled={!hasWriting(values)}
        >
          Sign note…
        </button>
        {hasWriting(values) ? null : <p className="field__hint">Write at least one section to sign.</p>}
      </div>
      <SignNoteDialog
        open={signing}
        beforeSign={async () => ({ error: await flush(), noteId: noteId.current })}
        onClose={() => setSigning(false)}
      />
    </section>
  );
}
