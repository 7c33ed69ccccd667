import { ConfirmDialog } from '@renderer/ui/Dialog';
import { itemKindLabels, type PlanItemKind } from '@shared/domain/plan';

export interface DeleteRequest {
  key: string;
  kind: PlanItemKind;
  title: string;
  childCount: number;
}

/** Asks before deleting one of the clinician's own items together with what is under it. */
export function DeleteItemDialog({
  request,
  onConfirm,
  onCancel,
}: {
  request: DeleteRequest | null;
  onConfirm(request: DeleteRequest): void;
  onCancel(): void;
}) {
  const kind = request ? itemKindLabels[request.kind].toLowerCase() : '';
  const count = request?.childCount ?? 0;
  return (
    <ConfirmDialog
      open={request !== null}
      title={`Delete this ${kind}?`}
      confirmLabel={`Delete ${kind}`}
      tone="danger"
      onConfirm={() => {
        if (request) onConfirm(request);
      }}
      onCancel={onCancel}
    >
      <p>
        {request?.title.trim() ? `“${request.title.trim()}” ` : `This ${kind} `}
        and the {count === 1 ? 'item' : `${count} items`} under it will be deleted. You added them yourself,
        so there is nothing to restore them from.
      </p>
    </ConfirmDialog>
  );
}
