import type { ReactNode } from 'react';
import { EmptyState } from './states';

/** A way back to a wider list: "Clear search", "Show all areas". Offered only when it would widen it. */
export interface FilterReset {
  label: string;
  shown: boolean;
  onClick(): void;
}

/**
 * A filtered list that came out empty: says why, and offers to drop each filter in force, so
 * the way out is one click rather than retyping the search.
 */
export function NoMatchState({
  title,
  resets,
  children,
}: {
  title: string;
  resets: readonly FilterReset[];
  children: ReactNode;
}) {
  return (
    <EmptyState
      title={title}
      action={
        <div className="button-row">
          {resets.map((reset) =>
            reset.shown ? (
              <button
                key={reset.label}
                type="button"
                className="button button--secondary"
                onClick={reset.onClick}
              >
                {reset.label}
              </button>
            ) : null,
          )}
        </div>
      }
    >
      {children}
    </EmptyState>
  );
}
