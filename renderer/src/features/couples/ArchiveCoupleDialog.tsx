import { errorMessage } from '@renderer/api/client';
import { ConfirmDialog } from '@renderer/ui/Dialog';
import { useArchiveCouple } from './queries';

/** Asks before archiving: an archived couple leaves the everyday (Open) list. */
export function ArchiveCoupleDialog({
  coupleId,
  displayName,
  open,
  onClose,
  onArchived,
}: {
  coupleId: string;
  displayName: string;
  open: boolean;
  onClose(): void;
  onArchived(): void;
}) {
  const archive = useArchiveCouple(coupleId);
  return (
    <ConfirmDialog
      open={open}
      title={`Archive ${displayName}?`}
      confirmLabel="Archive couple"
      tone="danger"
      busy={archive.isPending}
      error={archive.isError ? errorMessage(archive.error) : null}
      onConfirm={() => archive.mutate(undefined, { onSuccess: onArchived })}
      onCancel={() => {
        archive.reset();
        onClose();
      }}
    >
      <p>
        The couple will no longer appear in the Open list. Nothing is deleted: you can still find them under
        the Archived filter and reopen them by editing their status.
      </p>
    </ConfirmDialog>
  );
}
