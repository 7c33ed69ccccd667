import { type PartnerNames, whoLabel } from '@renderer/features/workspace/labels';
import { pickSource } from '@renderer/features/workspace/workspaceRules';
import { ErrorSummary } from '@renderer/ui/ErrorSummary';
import { errorSummaryItems } from '@renderer/ui/errorSummaryItems';
import { placeFieldErrors } from '@renderer/ui/fieldErrors';
import { RadioGroupField } from '@renderer/ui/RadioGroupField';
import { SaveWithStatus } from '@renderer/ui/SaveWithStatus';
import { TextAreaField } from '@renderer/ui/TextAreaField';
import { TextField } from '@renderer/ui/TextField';
import { useFormSubmission } from '@renderer/ui/useFormSubmission';
import { issuesToFieldErrors } from '@shared/contract/field-issues';
import {
  type HomeworkAssignInput,
  type HomeworkOption,
  type HomeworkWho,
  homeworkAssignSchema,
  homeworkWho,
} from '@shared/contract/homework';
import { useState } from 'react';
import { type HomeworkPick, HomeworkPicker } from './HomeworkPicker';
import { useAssignHomework } from './queries';

const FIELD_ORDER = ['option', 'title', 'who', 'dueDate', 'instructions'] as const;
const placeErrors = (errors: Readonly<Record<string, string>>) => placeFieldErrors(errors, FIELD_ORDER);

/**
 * Assigns one exercise: picked from the plan or the library, to both partners or one, due by
 * a date (the next booking's, else a week after this session, until the clinician changes it).
 */
export function AssignHomeworkForm({
  sessionId,
  coupleId,
  items,
  objectives,
  names,
  defaultDue,
}: {
  sessionId: string;
  coupleId: string;
  items: readonly HomeworkOption[];
  objectives: ReadonlyMap<string, string>;
  names: PartnerNames;
  defaultDue: string;
}) {
  const [pick, setPick] = useState<HomeworkPick | null>(null);
  const [who, setWho] = useState<HomeworkWho>('both');
  const [dueDate, setDueDate] = useState<string | null>(null);
  const [instructions, setInstructions] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const assign = useAssignHomework(sessionId, coupleId);
  const due = dueDate ?? defaultDue;
  const { errors, formError, attempt, saving, submit, clearErrors } = useFormSubmission<HomeworkAssignInput>({
    validate: () => {
      setStatus(null);
      if (!pick) return { ok: false, errors: { option: 'Choose an exercise to assign' } };
      const parsed = homeworkAssignSchema.safeParse({
        coupleId,
        sessionId,
        ...pickSource(pick),
        instructions,
        who,
        dueDate: due,
      });
      return parsed.success
        ? { ok: true, input: parsed.data }
        : { ok: false, errors: placeErrors(issuesToFieldErrors(parsed.error.issues)) };
    },
    save: async (input) => {
      const saved = await assign.mutateAsync(input);
      setStatus(`Assigned “${saved.title}”.`);
      setPick(null);
      setInstructions('');
    },
    placeErrors,
    failureMessage: 'The homework could not be assigned. Try again.',
  });

  function choose(next: HomeworkPick) {
    setPick(next);
    clearErrors('option', 'title');
    // The plan (or library) says who an exercise is for; the clinician can still change it.
    setWho(next.kind === 'option' ? next.option.who : 'both');
  }

  const items_ = errorSummaryItems(errors, formError, [...FIELD_ORDER]);
  return (
    <form className="assign-homework" onSubmit={submit} noValidate aria-busy={saving}>
      <ErrorSummary items={items_} attempt={attempt} title="There is a problem" />
      {errors.option ? (
        <p className="field__error" id="field-option">
          {errors.option}
        </p>
      ) : null}
      <HomeworkPicker items={items} objectives={objectives} pick={pick} onPick={choose} />
      <p className="assign-homework__chosen" role="status">
        {pick === null
          ? 'No exercise chosen yet.'
          : pick.kind === 'alternative'
            ? `Chosen: ${pick.title} (instead of ${pick.instead})`
            : `Chosen: ${pick.option.title}`}
      </p>
      <div className="assign-homework__fields">
        <RadioGroupField<HomeworkWho>
          name="who"
          legend="For"
          value={who}
          inline
          options={homeworkWho.map((value) => ({ value, label: whoLabel(value, names) }))}
          error={errors.who}
          onValueChange={(value) => {
            setWho(value);
            clearErrors('who');
          }}
        />
        <TextField
          name="dueDate"
          label="Due"
          type="date"
          value={due}
          error={errors.dueDate}
          onValueChange={(value) => {
            setDueDate(value);
            clearErrors('dueDate');
          }}
        />
      </div>
      <TextAreaField
        name="instructions"
        label="Tailoring for this couple"
        optional
        rows={2}
        hint="Printed on the worksheet under the exercise's own instructions."
        value={instructions}
        error={errors.instructions}
        onValueChange={(value) => {
          setInstructions(value);
          clearErrors('instructions');
        }}
      />
      <SaveWithStatus label="Assign homework" saving={saving} status={status} />
    </form>
  );
}
