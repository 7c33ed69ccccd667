/**
 * A settings-style form's footer: the save button (saying "Saving…" while it works) and the
 * live status line that confirms what was saved, read out by screen readers.
 */
export function SaveWithStatus({
  label,
  saving,
  status,
}: {
  label: string;
  saving: boolean;
  status: string | null;
}) {
  return (
    <div className="form__actions">
      <button type="submit" className="button button--primary" disabled={saving}>
        {saving ? 'Saving…' : label}
      </button>
      <p className="form__status" role="status">
        {status}
      </p>
    </div>
  );
}
