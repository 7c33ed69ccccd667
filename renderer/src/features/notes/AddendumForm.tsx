import { UNEXPECTED_FAILURE } from '@renderer/api/client';
import { TextAreaField } from '@renderer/ui/TextAreaField';
import { TextField } from '@renderer/ui/TextField';
import { useForm } from '@renderer/ui/useForm';
import type { Input } from '@shared/contract';
import { notesContract } from '@shared/contract/notes';
import { useState } from 'react';
import { useAddAddendum } from './queries';

const addendumInput = notesContract['notes:addAddendum'].input;

/** A correction or addition to a signed note, signed on its own and linked to the note. */
export function AddendumForm({ noteId, defaultSigner }: { noteId: string; defaultSigner: string }) {
  const [open, setOpen] = useState(false);
  const [added, setAdded] = useState(false);
  const add = useAddAddendum();
  const form = useForm<{ body: string; signedBy: string }, Input<'notes:addAddendum'>>({
    initial: { body: '', signedBy: defaultSigner },
    schema: addendumInput,
    draft: (values) => ({ noteId, ...values }),
    save: async (input) => {
      await add.mutateAsync(input);
      form.setValues((current) => ({ ...current, body: '' }));
      setOpen(false);
      setAdded(true);
    },
    focus: 'none',
    failureMessage: UNEXPECTED_FAILURE,
  });

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
    <form className="form addendum-form" onSubmit={form.submit} noValidate aria-labelledby="addendum-heading">
      <h3 id="addendum-heading">New addendum</h3>
      <TextAreaField
        {...form.bind('body', { name: 'addendum.body' })}
        label="Addendum"
        hint="What is corrected or added, and why. It is signed and linked to the note; the note itself stays unchanged."
        rows={4}
        autoFocus
      />
      <TextField
        {...form.bind('signedBy', { name: 'addendumSignedBy' })}
        label="Your name as it should appear on the signature"
      />
      {form.formError ? (
        <p className="field__error" role="alert">
          {form.formError}
        </p>
      ) : null}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={form.saving}>
          {form.saving ? 'Signing…' : 'Sign and add addendum'}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setOpen(false)}
          disabled={form.saving}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
