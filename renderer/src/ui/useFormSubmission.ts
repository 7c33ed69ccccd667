import { isApiError } from '@renderer/api/client';
import { type FormEvent, useState } from 'react';
import { type FieldErrors, withoutError } from './fieldErrors';

export interface FormSubmissionOptions<Input> {
  /** Checks the form against the contract schema: the input to send, or the field errors. */
  validate(): { ok: true; input: Input } | { ok: false; errors: FieldErrors };
  /** Sends the input; rejects with an ApiError whose fields are shown next to the form's fields. */
  save(input: Input): Promise<unknown>;
  /** Maps the core's dotted field paths to the fields this form shows. */
  placeErrors(fields: Readonly<Record<string, string>>): FieldErrors;
  /** Shown when the save fails without field errors and without a message of its own. */
  failureMessage: string;
}

/**
 * The submit cycle every form shares: validate locally, save, show the core's field errors
 * the same way as local ones, count attempts so the error summary takes focus again, and
 * never submit twice at once. What was typed is never touched here.
 */
export function useFormSubmission<Input>(options: FormSubmissionOptions<Input>) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);

  function clearErrors(...paths: string[]): void {
    setErrors((current) => paths.reduce(withoutError, current));
  }

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (saving) return;
    setFormError(null);
    const checked = options.validate();
    if (!checked.ok) {
      setErrors(checked.errors);
      setAttempt((n) => n + 1);
      return;
    }
    setSaving(true);
    try {
      await options.save(checked.input);
      // Saved: the last failure's field errors (the core's among them) no longer apply.
      setErrors({});
    } catch (error) {
      const fields = isApiError(error) ? error.fields : {};
      setErrors(options.placeErrors(fields));
      setFormError(
        Object.keys(fields).length > 0 ? null : isApiError(error) ? error.message : options.failureMessage,
      );
      setAttempt((n) => n + 1);
    } finally {
      setSaving(false);
    }
  }

  return { errors, formError, attempt, saving, submit, clearErrors };
}
