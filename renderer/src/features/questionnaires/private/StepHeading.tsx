import type { ReactNode, RefObject } from 'react';

/**
 * A step's heading: the screen moves focus to it on every step, so reading starts at the new
 * question and Tab goes on into its answers. `progress` sits to its right ("Question 3 of 9").
 */
export function StepHeading({
  headingRef,
  children,
  progress,
}: {
  headingRef: RefObject<HTMLHeadingElement | null>;
  children: ReactNode;
  progress?: ReactNode;
}) {
  return (
    <div className="private-step__header">
      <h2 ref={headingRef} tabIndex={-1} className="private-step__title">
        {children}
      </h2>
      {progress ? <p className="private-progress">{progress}</p> : null}
    </div>
  );
}
