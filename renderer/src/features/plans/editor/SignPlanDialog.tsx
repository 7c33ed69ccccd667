import { errorMessage, isApiError } from '@renderer/api/client';
import { useSignPlan } from '@renderer/features/plans/queries';
import { useSignerFromLetterhead } from '@renderer/features/settings/useSignerFromLetterhead';
import { ConfirmDialog } from '@renderer/ui/Dialog';
import { ProblemLinks, type SummaryItem } from '@renderer/ui/ErrorSummary';
import { SignDialog, useSignDialog } from '@renderer/ui/SignDialog';
import { issuesToFieldErrors } from '@shared/contract/field-issues';
import type { PlanVersion } from '@shared/contract/plans';
import { PLAN_ATTESTATION, plansContract } from '@shared/contract/plans';

const signInput = plansContract['plans:sign'].input.omit({ id: true });
const OWN_FIELDS = new Set(['signedBy', 'attest']);

/**
 * Signing. First what is missing, if anything: the plan's problems, each a link to its item,
 * and no name or attestation until they are fixed. Then the clinician's name (pre-filled from
 * the letterhead in Settings) and the attestation, then Sign. The draft is saved first so the
 * signature covers what is on screen. Should the core still find the plan not ready, the
 * dialog closes and hands its list of problems to the editor, which shows and links them.
 */
export function SignPlanDialog({
  open,
  coupleId,
  draftId,
  problems,
  beforeSign,
  onFollow,
  onProblems,
  onSigned,
  onClose,
}: {
  open: boolean;
  coupleId: string;
  draftId: string;
  /** What stops the draft from being signed, as the editor checked it when the dialog opened. */
  problems: readonly SummaryItem[];
  /** Saves the draft; resolves to null, or the message of the failure. */
  beforeSign(): Promise<string | null>;
  /** Closes the dialog and takes the clinician to one problem's field. */
  onFollow(path: string): void;
  /** Closes the dialog and shows these problems (the core's paths) in the editor. */
  onProblems(fields: Readonly<Record<string, string>> | null): void;
  onSigned(version: PlanVersion): void;
  onClose(): void;
}) {
  const dialog = useSignDialog();
  const { signedBy, attest, setAttest, setErrors, setFormError, setWorking } = dialog;
  const sign = useSignPlan(coupleId);
  useSignerFromLetterhead(open, dialog);

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

  if (open && problems.length > 0) {
    return (
      <ConfirmDialog
        open
        title="Before signing: what is missing"
        confirmLabel="Show them in the plan"
        cancelLabel="Close"
        onConfirm={() => onProblems(null)}
        onCancel={close}
      >
        <p>
          This plan cannot be signed yet. Fix {problems.length === 1 ? 'this' : `these ${problems.length}`}{' '}
          first; each link takes you to the item.
        </p>
        <ProblemLinks items={problems} onFollow={onFollow} className="sign-problems" />
      </ConfirmDialog>
    );
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
