import { useEffect, useId, useRef } from 'react';
import { focusField } from './fieldIds';

export interface SummaryItem {
  /** Dotted field path to link to, or null for a message about the whole form. */
  path: string | null;
  message: string;
}

/**
 * The list of problems at the top of a form. It takes focus each time a submit fails
 * (`attempt` changes), so keyboard and screen-reader users learn at once that nothing was
 * saved and can jump to each field from here.
 */
export function ErrorSummary({
  items,
  attempt,
  title = 'There is a problem',
  onFollow = focusField,
}: {
  items: readonly SummaryItem[];
  attempt: number;
  title?: string;
  /** Takes the clinician to a field (by default: focuses it; a form can open what hides it first). */
  onFollow?(path: string): void;
}) {
  const ref = useRef<HTMLElement>(null);
  const headingId = useId();
  const hasItems = items.length > 0;
  // Focus follows a failed attempt, not the list appearing (a link elsewhere may have just moved focus).
  const focusedAttempt = useRef(0);
  useEffect(() => {
    if (attempt > focusedAttempt.current && hasItems) {
      focusedAttempt.current = attempt;
      ref.current?.focus();
    }
  }, [attempt, hasItems]);
  if (!hasItems) return null;
  return (
    <section ref={ref} className="error-summary" tabIndex={-1} aria-labelledby={headingId}>
      <div role="alert">
        <h2 id={headingId} className="error-summary__title">
          {title}
        </h2>
        <ProblemLinks items={items} onFollow={onFollow} className="error-summary__list" />
      </div>
    </section>
  );
}

/** A list of problems, each that names a field a link that takes the clinician there. */
export function ProblemLinks({
  items,
  onFollow,
  className,
}: {
  items: readonly SummaryItem[];
  onFollow(path: string): void;
  className: string;
}) {
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={`${item.path ?? 'form'}:${item.message}`}>
          {item.path ? (
            <a
              // The hash is the router's; move focus to the field instead of following it.
              href={`#${item.path}`}
              onClick={(event) => {
                event.preventDefault();
                if (item.path) onFollow(item.path);
              }}
            >
              {item.message}
            </a>
          ) : (
            item.message
          )}
        </li>
      ))}
    </ul>
  );
}
