import { errorMessage } from '@renderer/api/client';
import { useDiscardDraft } from '@renderer/features/plans/queries';
import { ConfirmDialog } from '@renderer/ui/Dialog';

/** Asks before throwing the draft away; signed versions are never touched. */
export function DiscardDraftDialog({
  open,
  coupleId,
  draftId,
  beforeDiscard,
  onDiscarded,
  onClose,
}: {
  open: boolean;
  coupleId: string;
  draftId: string;
  /** Stops the autosave, so nothing is written to a draft that no longer exists. */
  beforeDiscard(): void;
  onDiscarded(): void;
  onClose(): void;
}) {
  const discard = useDiscardDraft(coupleId);
  return (
    <ConfirmDialog
      open={open}
      title="Discard this draft?"
      confirmLabel="Discard draft"
      tone="danger"
      busy={discard.isPending}
      error={discard.isError ? errorMessage(discard.error) : null}
      onConfirm={() => {
        beforeDiscard();
        discard.mutate(draftId, { onSuccess: onDiscarded });
      }}
      onCancel={() => {
        discard.reset();
        onClose();
      }}
    >
      <p>
        Everything in this draft is thrown away, including your accepted and edited items. Signed versions of
        the plan stay as they are.
      </p>
    </ConfirmDialog>
  );
}
