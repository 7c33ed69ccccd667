import { fieldIds } from '@renderer/ui/fieldIds';
import { usePlanErrors } from './editorContext';

/**
 * "Add a goal" and its kin. It carries the id of the list it adds to, so an error such as
 * "add at least one goal" links here and is read with the button.
 */
export function AddButton({
  name,
  label,
  context,
  onClick,
}: {
  /** Editor name of the list (`item.<key>.goals`). */
  name: string;
  label: string;
  /** Read after the label by screen readers ("to problem area 1"). */
  context: string;
  onClick(): void;
}) {
  const error = usePlanErrors()[name];
  const ids = fieldIds(name);
  return (
    <div className={`plan-add${error ? ' field--invalid' : ''}`}>
      <button
        type="button"
        id={ids.inputId}
        className="button button--small button--secondary button--add"
        aria-describedby={error ? ids.errorId : undefined}
        onClick={onClick}
      >
        <span aria-hidden="true">+ </span>
        {label}
        <span className="visually-hidden"> {context}</span>
      </button>
      {error ? (
        <p id={ids.errorId} className="field__error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}
