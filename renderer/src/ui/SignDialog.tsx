import { type ReactNode, useState } from 'react';
import { CheckboxField } from './CheckboxField';
import { ConfirmDialog } from './Dialog';
import { type FieldErrors, withoutError } from './fieldErrors';
import { TextField } from './TextField';

/**
 * The state of a dialog that signs a record (a note, a plan): the name as it should appear,
 * the attestation, their field errors, the failure shown above the buttons, and whether the
 * signing is under way. The dialogs differ in what they save and sign and in how they read a
 * failure, so that logic stays with them; this state and its screen do not differ.
 */
export function useSignDialog() {
  const [signedBy, setSignedBy] = useState('');
  const [attest, setAttest] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  return {
    signedBy,
    setSignedBy,
    attest,
    setAttest,
    errors,
    setErrors,
    formError,
    setFormError,
    working,
    setWorking,
  };
}

export type SignDialogState = ReturnType<typeof useSignDialog>;

/**
 * What the clinician sees when signing: what signing means, the signer's name and the
 * attestation. Editing a field clears its own error, so a corrected field stops being
 * reported while the others still are.
 */
export function SignDialog({
  open,
  title,
  confirmLabel,
  intro,
  attestation,
  state,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  confirmLabel: string;
  /** What signing does to this record, above the fields. */
  intro: ReactNode;
  attestation: string;
  state: SignDialogState;
  onConfirm(): void;
  onCancel(): void;
}) {
  const { signedBy, setSignedBy, attest, setAttest, errors, setErrors, formError, working } = state;
  return (
    <ConfirmDialog
      open={open}
      title={title}
      confirmLabel={confirmLabel}
      busy={working}
      error={formError}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      {intro}
      <div className="form">
        <TextField
          name="signedBy"
          label="Your name as it should appear on the signature"
          autoComplete="name"
          value={signedBy}
          error={errors.signedBy}
          onValueChange={(text) => {
            setSignedBy(text);
            setErrors((current) => withoutError(current, 'signedBy'));
          }}
        />
        <CheckboxField
          name="attest"
          label={attestation}
          value={attest}
          error={errors.attest}
          onValueChange={(checked) => {
            setAttest(checked);
            setErrors((current) => withoutError(current, 'attest'));
          }}
        />
      </div>
    </ConfirmDialog>
  );
}
