import type { ReactNode } from 'react';

/**
 * One titled part of a long form ("Couple", "Partners"). The section is named by its heading,
 * so screen-reader users can list and jump between the parts of the form.
 */
export function FormSection({
  headingId,
  heading,
  children,
}: {
  headingId: string;
  heading: string;
  children: ReactNode;
}) {
  return (
    <section className="form-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="form-section__heading">
        {heading}
      </h2>
      {children}
    </section>
  );
}
