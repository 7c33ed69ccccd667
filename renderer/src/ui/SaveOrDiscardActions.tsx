import { useState } from 'react';
import { ConfirmDialog } from './Dialog';

/**
 * The save bar of a long form: Save, and Cancel, which asks before throwing away typed changes
 * (a clinician who pressed Cancel by mistake should not lose a page of work) and leaves at
 * once when nothing was changed.
 */
export function SaveOrDiscardActions({
  submitLabel,
  saving,
  dirty,
  onCancel,
}: {
  submitLabel: string;
  saving: boolean;
  /** The form differs from what it opened with. */
  dirty: boolean;
  onCancel(): void;
}) {
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  return (
    <>
      <div className="form__actions form__actions--bar">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Saving…' : submitLabel}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => (dirty ? setConfirmingCancel(true) : onCancel())}
          disabled={saving}
        >
          Cancel
        </button>
      </div>
      <ConfirmDialog
        open={confirmingCancel}
        title="Discard your changes?"
        confirmLabel="Discard changes"
        cancelLabel="Keep editing"
        tone="danger"
        onConfirm={() => {
          setConfirmingCancel(false);
          onCancel();
        }}
        onCancel={() => setConfirmingCancel(false)}
      >
        <p>What you typed in this form has not been saved and will be lost.</p>
      </ConfirmDialog>
    </>
  );
}
