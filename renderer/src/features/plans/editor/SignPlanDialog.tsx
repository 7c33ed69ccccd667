import type { PlanVersion } from '../../../../../shared/contract/plans';
import { PLAN_ATTESTATION, plansContract } from '../../../../../shared/contract/plans';
import { errorMessage, isApiError } from '../../../api/client';
import { issuesToFieldErrors } from '../../../ui/fieldErrors';
import { SignDialog, useSignDialog } from '../../../ui/SignDialog';
import { useSignPlan } from '../queries';

const signInput = plansContract['plans:sign'].input.omit({ id: true });
const OWN_FIELDS = new Set(['signedBy', 'attest']);

/**
 * Signing: the clinician's name and the attestation, then Sign. The draft is saved first so
 * the signature covers what is on screen. When the plan itself is not ready, the dialog
 * closes and hands the core's list of problems to the editor, which shows and links them.
 */
export function SignPlanDialog({
  open,
  coupleId,
  draftId,
  beforeSign,
  onProblems,
  onSigned,
  onClose,
}: {
  open: boolean;
  coupleId: string;
  draftId: string;
  /** Saves the draft; resolves to null, or the message of the failure. */
  beforeSign(): Promise<string | null>;
  onProblems(fields: Readonly<Record<string, string>>): void;
  onSigned(version: PlanVersion): void;
  onClose(): void;
}) {
  const dialog = useSignDialog();
  const { signedBy, attest, setAttest, setErrors, setFormError, setWorking } = dialog;
  const sign = useSignPlan(coupleId);

  function close() {
    setErrors({});
    setFormError(null);
    onClose();
  }

  async function confirm() {
    setFormError(null);
    const parsed = signInput.safeParse({ signedBy, attest });
    if (!parsed.success) {
      setErrors(issuesToFieldErrors(parsed.error.issues));
      return;
    }
    setWorking(true);
    try {
      const saveError = await beforeSign();
      if (saveError) {
        setFormError(`The draft could not be saved, so it was not signed: ${saveError}`);
        return;
      }
      const signed = await sign.mutateAsync({ id: draftId, signedBy: parsed.data.signedBy });
      setAttest(false);
      onSigned(signed);
    } catch (error) {
      const fields = isApiError(error) ? error.fields : {};
      const planProblems = Object.fromEntries(
        Object.entries(fields).filter(([path]) => !OWN_FIELDS.has(path)),
      );
      if (Object.keys(planProblems).length > 0) {
        setErrors({});
        onProblems(planProblems);
        return;
      }
      if (Object.keys(fields).length > 0) setErrors(fields);
      setFormError(errorMessage(error));
    } finally {
      setWorking(false);
    }
  }

  return (
    <SignDialog
      open={open}
      title="Sign this treatment plan"
      confirmLabel="Sign plan"
      intro={
        <p>
          Signing makes this version the couple’s active plan and supersedes the one before. A signed version
          never changes; later changes are made in a new revision.
        </p>
      }
      attestation={PLAN_ATTESTATION}
      state={dialog}
      onConfirm={() => void confirm()}
      onCancel={close}
    />
  );
}
