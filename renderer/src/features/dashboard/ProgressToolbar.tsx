/** The view switches above the dashboard; each is a checkbox announced as a switch. */
export function ProgressToolbar({
  shareable,
  tables,
  onChange,
}: {
  shareable: boolean;
  tables: boolean;
  onChange: (which: 'shareable' | 'tables', on: boolean) => void;
}) {
  return (
    <fieldset className="progress-toolbar">
      <legend className="visually-hidden">How the dashboard is shown</legend>
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          className="switch__input"
          checked={shareable}
          aria-checked={shareable}
          onChange={(event) => onChange('shareable', event.currentTarget.checked)}
          aria-describedby="shareable-hint"
        />
        <span className="switch__label">Shareable view</span>
      </label>
      <span id="shareable-hint" className="progress-toolbar__hint">
        For showing this screen to the couple: hides safety flags, gaps between partners and other
        clinician-only flags.
      </span>
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          className="switch__input"
          checked={tables}
          aria-checked={tables}
          onChange={(event) => onChange('tables', event.currentTarget.checked)}
        />
        <span className="switch__label">Show charts as tables</span>
      </label>
    </fieldset>
  );
}
