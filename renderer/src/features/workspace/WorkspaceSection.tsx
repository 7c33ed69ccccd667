import type { ReactNode } from 'react';

/**
 * One part of the workspace: a region named by its heading, which the skip list focuses (so the
 * heading takes tabIndex -1). `aside` sits right of the heading: a save status, a count.
 */
export function WorkspaceSection({
  id,
  title,
  aside,
  tone,
  children,
}: {
  id: string;
  title: string;
  aside?: ReactNode;
  tone?: 'safety';
  children: ReactNode;
}) {
  return (
    <section
      id={id}
      className={`workspace-section panel${tone ? ` workspace-section--${tone}` : ''}`}
      aria-labelledby={`${id}-title`}
    >
      <div className="workspace-section__header">
        <h2 id={`${id}-title`} className="workspace-section__title" tabIndex={-1}>
          {title}
        </h2>
        {aside}
      </div>
      {children}
    </section>
  );
}
