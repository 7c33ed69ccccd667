import { type PartnerNames, whoLabel } from '@renderer/features/workspace/labels';
import { pickSource } from '@renderer/features/workspace/workspaceRules';
import { ErrorSummary } from '@renderer/ui/ErrorSummary';
import { placeFieldErrors } from '@renderer/ui/fieldErrors';
import { RadioGroupField } from '@renderer/ui/RadioGroupField';
import { SaveWithStatus } from '@renderer/ui/SaveWithStatus';
import { TextAreaField } from '@renderer/ui/TextAreaField';
import { TextField } from '@renderer/ui/TextField';
import { useForm } from '@renderer/ui/useForm';
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

interface AssignValues {
  pick: HomeworkPick | null;
  who: HomeworkWho;
  /** Null until the clinician picks a date: the default due date then applies. */
  dueDate: string | null;
  instructions: string;
}

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
  const [status, setStatus] = useState<string | null>(null);
  const assign = useAssignHomework(sessionId, coupleId);
  const form = useForm<AssignValues, HomeworkAssignInput>({
    initial: { pick: null, who: 'both', dueDate: null, instructions: '' },
    validate: ({ pick, who, dueDate, instructions }) => {
      setStatus(null);
      if (!pick) return { ok: false, errors: { option: 'Choose an exercise to assign' } };
      const parsed = homeworkAssignSchema.safeParse({
        coupleId,
        sessionId,
        ...pickSource(pick),
        instructions,
        who,
        dueDate: dueDate ?? defaultDue,
      });
      return parsed.success
        ? { ok: true, input: parsed.data }
        : { ok: false, errors: placeFieldErrors(issuesToFieldErrors(parsed.error.issues), FIELD_ORDER) };
    },
    save: async (input) => {
      const saved = await assign.mutateAsync(input);
      setStatus(`Assigned “${saved.title}”.`);
      form.setValues((current) => ({ ...current, pick: null, instructions: '' }));
    },
    fields: FIELD_ORDER,
    failureMessage: 'The homework could not be assigned. Try again.',
  });
  const { pick } = form.values;
  const dueDate = form.bind('dueDate');

  function choose(next: HomeworkPick) {
    // The plan (or library) says who an exercise is for; the clinician can still change it.
    form.change({ pick: next, who: next.kind === 'option' ? next.option.who : 'both' }, 'option', 'title');
  }

  return (
    <form className="assign-homework" onSubmit={form.submit} noValidate aria-busy={form.saving}>
      <ErrorSummary {...form.summary()} />
      {form.error('option') ? (
        <p className="field__error" id="field-option">
          {form.error('option')}
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
        <RadioGroupField
          {...form.bind('who')}
          legend="For"
          inline
          options={homeworkWho.map((value) => ({ value, label: whoLabel(value, names) }))}
        />
        {/* Until the clinician picks a date, the due date follows the next booking. */}
        <TextField {...dueDate} value={dueDate.value ?? defaultDue} label="Due" type="date" />
      </div>
      <TextAreaField
        {...form.bind('instructions')}
        label="Tailoring for this couple"
        optional
        rows={2}
        hint="Printed on the worksheet under the exercise's own instructions."
      />
      <SaveWithStatus label="Assign homework" saving={form.saving} status={status} />
    </form>
  );
}
