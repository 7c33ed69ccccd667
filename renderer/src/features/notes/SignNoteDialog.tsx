import { errorMessage, isApiError } from '@renderer/api/client';
import { useSignerFromLetterhead } from '@renderer/features/settings/useSignerFromLetterhead';
import { SignDialog, useSignDialog } from '@renderer/ui/SignDialog';
import { issuesToFieldErrors } from '@shared/contract/field-issues';
import { ATTESTATION, notesContract } from '@shared/contract/notes';
import { useSignNote } from './queries';

const signInput = notesContract['notes:sign'].input;

/**
 * Signing: the clinician's name as it should appear (pre-filled from the letterhead in
 * Settings), the attestation, then Sign. The draft
 * is saved first, so the signature covers exactly what is on screen.
 */
export function SignNoteDialog({
  open,
  beforeSign,
  onClose,
}: {
  open: boolean;
  /** Saves the draft; resolves to the saved note's id, or the message of the failure. */
  beforeSign(): Promise<{ noteId: string | null; error: string | null }>;
  onClose(): void;
}) {
  const dialog = useSignDialog();
  const { signedBy, attest, setAttest, setErrors, setFormError, setWorking } = dialog;
  const sign = useSignNote();
  useSignerFromLetterhead(open, dialog);

  function close() {
    setAttest(false);
    setErrors({});
    setFormError(null);
    onClose();
  }

  async function confirm() {
    setFormError(null);
    // The id is checked once the draft is saved; here only what the clinician entered.
    const parsed = signInput.omit({ id: true }).safeParse({ signedBy, attest });
    if (!parsed.success) {
      setErrors(issuesToFieldErrors(parsed.error.issues));
      return;
    }
    setWorking(true);
    try {
      const { noteId, error: saveError } = await beforeSign();
      if (saveError) {
        setFormError(`The draft could not be saved, so it was not signed: ${saveError}`);
        return;
      }
      if (!noteId) {
        setFormError('Write the note before signing it.');
        return;
      }
      await sign.mutateAsync({ id: noteId, signedBy: parsed.data.signedBy });
      close();
    } catch (error) {
      if (isApiError(error) && Object.keys(error.fields).length > 0) setErrors(error.fields);
      setFormError(errorMessage(error));
    } finally {
      setWorking(false);
    }
  }

  return (
    <SignDialog
      open={open}
      title="Sign this note"
      confirmLabel="Sign"
      intro={<p>A signed note can never be changed. Corrections are added as signed addenda.</p>}
      attestation={ATTESTATION}
      state={dialog}
      onConfirm={() => void confirm()}
      onCancel={close}
    />
  );
}
