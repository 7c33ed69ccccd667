import { errorMessage, isApiError } from '@renderer/api/client';
import type { ReactNode } from 'react';
import { PageHeading } from './PageHeading';

/** Every screen's three non-happy states share these, so they look and read the same. */

export function LoadingState({ label, inline = false }: { label: string; inline?: boolean }) {
  if (inline)
    return (
      <p className="muted" role="status">
        {label}
      </p>
    );
  return (
    <div className="state state--loading" role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

export function ErrorState({
  title,
  message,
  onRetry,
  inline = false,
}: {
  title: string;
  message: string;
  onRetry?: () => void;
  /** One line inside a banner or a form ("…could not be loaded: why. Try again"), not a box. */
  inline?: boolean;
}) {
  if (inline)
    return (
      <p className="field__error" role="alert">
        {title}: {message}
        {onRetry ? (
          <>
            {' '}
            <button type="button" className="link-button" onClick={onRetry}>
              Try again
            </button>
          </>
        ) : null}
      </p>
    );
  return (
    <div className="state state--error" role="alert">
      <h2 className="state__title">{title}</h2>
      <p>{message}</p>
      {onRetry ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}

export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="state state--empty">
      <h2 className="state__title">{title}</h2>
      {children ? <div className="state__text">{children}</div> : null}
      {action ? <div className="state__action">{action}</div> : null}
    </div>
  );
}

/**
 * What `QueryView` reads of a query: a TanStack `UseQueryResult` fits, and so does
 * `allQueries(...)` for a screen that needs several before it can draw anything.
 */
export type QueryLike<T> = (
  | { isPending: true; isError: false; error: null; data: undefined }
  | { isPending: false; isError: true; error: Error; data?: T | undefined }
  | { isPending: false; isError: false; error: null; data: T }
) & { refetch: () => unknown };

/**
 * Several queries as one: failed with the first failure, else loading while any loads; "Try
 * again" fetches them all again (as the screens did by hand), and the data in the order given.
 * A failure wins over loading because a query that waits on another's answer (the couple of a
 * session, enabled once the session is known) stays pending for good when that one fails.
 */
export function allQueries<T extends readonly unknown[]>(
  queries: {
    [K in keyof T]: QueryLike<T[K]>;
  },
): QueryLike<T> {
  const list: readonly QueryLike<unknown>[] = queries;
  const refetch = () => {
    for (const query of list) void query.refetch();
  };
  const failed = list.find((query) => query.isError);
  if (failed?.isError) return { isPending: false, isError: true, error: failed.error, refetch };
  if (list.some((query) => query.isPending)) {
    return { isPending: true, isError: false, error: null, data: undefined, refetch };
  }
  // None is pending or failed, so each holds its data; the mapped type above gives the tuple.
  const data = list.map((query) => query.data) as unknown as T;
  return { isPending: false, isError: false, error: null, data, refetch };
}

/**
 * The one way a screen waits for a query: the spinner while it loads, the error with
 * "Try again" (which fetches again) when it fails, and `children` with the data once it is
 * there, so no screen hand-rolls the three branches and every screen reads the same.
 * `frame` wraps only the loading and error states (a page heading and back link that the
 * loaded screen draws itself); `errorTitle` may depend on the error (a record not found);
 * `canRetry` hides "Try again" where fetching again cannot help; `inline` draws the two states
 * as a line of text, for a query that fills part of a banner or a form rather than a screen.
 */
export function QueryView<T>({
  query,
  loading,
  errorTitle,
  canRetry,
  frame,
  inline = false,
  children,
}: {
  query: QueryLike<T>;
  loading: string;
  errorTitle: string | ((error: Error) => string);
  canRetry?: (error: Error) => boolean;
  frame?: (state: ReactNode) => ReactNode;
  inline?: boolean;
  children: (data: T) => ReactNode;
}) {
  const framed = frame ?? ((state: ReactNode) => state);
  if (query.isPending) return <>{framed(<LoadingState label={loading} inline={inline} />)}</>;
  if (query.isError) {
    const { error } = query;
    return (
      <>
        {framed(
          <ErrorState
            title={typeof errorTitle === 'string' ? errorTitle : errorTitle(error)}
            message={errorMessage(error)}
            onRetry={canRetry && !canRetry(error) ? undefined : () => void query.refetch()}
            inline={inline}
          />,
        )}
      </>
    );
  }
  return <>{children(query.data)}</>;
}

/**
 * The usual `frame` of a screen that waits for its record: the page, its back link if it has
 * one, and a plain heading above the loading or error state (the loaded screen draws its own).
 */
export function pageFrame(heading: string, back?: ReactNode) {
  return (state: ReactNode) => (
    <div className="page">
      {back}
      <PageHeading>{heading}</PageHeading>
      {state}
    </div>
  );
}

/** Whether the core answered that the record asked for does not exist. */
export function isNotFound(error: Error): boolean {
  return isApiError(error) && error.code === 'not_found';
}

/** An `errorTitle` that tells a record that is not there from one that could not be read. */
export function notFoundOr(notFound: string, failed: string) {
  return (error: Error) => (isNotFound(error) ? notFound : failed);
}
