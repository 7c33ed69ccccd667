import { fieldIds } from '@renderer/ui/fieldIds';
import { TextField } from '@renderer/ui/TextField';
import { anchorFor, RATING_RUBRIC } from './rubric';

/**
 * The therapist's rating, typed as a number (fast, and an out-of-range value can be explained)
 * beside the rubric's anchors. The anchor of the typed rating is highlighted and read out after
 * the field; clicking an anchor picks its rating.
 */
export function RubricField({
  name,
  value,
  error,
  onValueChange,
}: {
  name: string;
  value: string;
  error?: string | undefined;
  onValueChange(value: string): void;
}) {
  const anchor = anchorFor(value);
  const anchorId = `${fieldIds(name).inputId}-anchor`;
  return (
    <div className="rubric">
      <div className="rubric__input">
        <TextField
          name={name}
          label="Rating (0–10)"
          inputMode="numeric"
          autoComplete="off"
          className="input--number"
          value={value}
          error={error}
          hint="A whole number on the rubric"
          describedByExtra={anchor ? anchorId : undefined}
          onValueChange={onValueChange}
        />
        <p id={anchorId} className="rubric__chosen" aria-live="polite">
          {anchor ? (
            <>
              <strong>
                {anchor.value} {anchor.title}:
              </strong>{' '}
              {anchor.description}
            </>
          ) : null}
        </p>
      </div>
      <ol className="rubric__anchors" aria-label="Rating rubric">
        {RATING_RUBRIC.map((item) => (
          <li
            key={item.value}
            className="rubric__anchor"
            aria-current={anchor?.value === item.value ? 'true' : undefined}
          >
            <button
              type="button"
              tabIndex={-1}
              className="rubric__pick"
              onClick={() => {
                onValueChange(String(item.value));
                document.getElementById(fieldIds(name).inputId)?.focus();
              }}
            >
              <span className="rubric__value">{item.value}</span>
              <span className="rubric__title">{item.title}</span>
              <span className="rubric__description">{item.description}</span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
