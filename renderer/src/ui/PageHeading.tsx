import { type ReactNode, useEffect, useRef } from 'react';

/**
 * The page's one h1. It takes focus when the page appears, so after every navigation a
 * screen reader starts reading the new page and Tab continues from its top, instead of
 * focus staying on a link that may no longer exist.
 */
export function PageHeading({
  children,
  focusOnMount = true,
}: {
  children: ReactNode;
  focusOnMount?: boolean;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
