import { errorMessage, isApiError } from '@renderer/api/client';
import { type FieldErrors, withoutError } from '@renderer/ui/fieldErrors';
import { TextAreaField } from '@renderer/ui/TextAreaField';
import { TextField } from '@renderer/ui/TextField';
import { issuesToFieldErrors } from '@shared/contract/field-issues';
import { notesContract } from '@shared/contract/notes';
import { type FormEvent, useState } from 'react';
import { useAddAddendum } from './queries';

const addendumInput = notesContract['notes:addAddendum'].input;

/** A correction or addition to a signed note, signed on its own and linked to the note. */
export function AddendumForm({ noteId, defaultSigner }: { noteId: string; defaultSigner: string }) {
  const [open, setOpen] = useState(false);
  const [body, setBody] = useState('');
  const [signedBy, setSignedBy] = useState(defaultSigner);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [added, setAdded] = useState(false);
  const add = useAddAddendum();

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = addendumInput.safeParse({ noteId, body, signedBy });
    if (!parsed.success) {
      setErrors(issuesToFieldErrors(parsed.error.issues));
      return;
    }
    add.mutate(parsed.data, {
      onSuccess: () => {
        setBody('');
        setOpen(false);
        setAdded(true);
      },
      onError: (error) => setErrors(isApiError(error) ? error.fields : {}),
    });
  }

  const fieldsFailed = add.isError && isApiError(add.error) && Object.keys(add.error.fields).length > 0;
  const addError = add.isError && !fieldsFailed ? errorMessage(add.error) : null;

  if (!open)
    return (
      <div className="addendum-actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setOpen(true);
            setAdded(false);
          }}
        >
          Add addendum
        </button>
        <p className="form__status" role="status">
          {added ? 'Addendum added.' : ''}
        </p>
      </div>
    );
  return (
    <form className="form addendum-form" onSubmit={submit} noValidate aria-labelledby="addendum-heading">
      <h3 id="addendum-heading">New addendum</h3>
      <TextAreaField
        name="addendum.body"
        label="Addendum"
        hint="What is corrected or added, and why. It is signed and linked to the note; the note itself stays unchanged."
        rows={4}
        autoFocus
        value={body}
        error={errors.body}
        onValueChange={(text) => {
          setBody(text);
          setErrors((current) => withoutError(current, 'body'));
        }}
      />
      <TextField
        name="addendumSignedBy"
        label="Your name as it should appear on the signature"
        value={signedBy}
        error={errors.signedBy}
        onValueChange={(text) => {
          setSignedBy(text);
          setErrors((current) => withoutError(current, 'signedBy'));
        }}
      />
      {addError ? (
        <p className="field__error" role="alert">
          {addError}
        </p>
      ) : null}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={add.isPending}>
          {add.isPending ? 'Signing…' : 'Sign and add addendum'}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setOpen(false)}
          disabled={add.isPending}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
