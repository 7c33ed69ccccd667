import type { Output } from '@shared/contract';

type Change = Output<'plans:diff'>['changes'][number];

const GROUPS: { change: Change['change']; title: string }[] = [
  { change: 'changed', title: 'Changed' },
  { change: 'added', title: 'Added' },
  { change: 'moved', title: 'Moved' },
  { change: 'reordered', title: 'Reordered' },
  { change: 'rejected', title: 'Rejected' },
  { change: 'removed', title: 'Removed' },
];

/** The changes between two versions, grouped by what happened, each field as before → after. */
export function PlanDiffList({ changes }: { changes: readonly Change[] }) {
  if (changes.length === 0)
    return <p className="notice notice--info">These two versions are the same: nothing was changed.</p>;
  return (
    <div className="diff">
      {GROUPS.map(({ change, title }) => {
        const items = changes.filter((item) => item.change === change);
        if (items.length === 0) return null;
        const headingId = `diff-${change}`;
        return (
          <section key={change} className={`diff__group diff__group--${change}`} aria-labelledby={headingId}>
            <h3 id={headingId} className="diff__title">
              {title} <span className="diff__count">({items.length})</span>
            </h3>
            <ul className="diff__list">
              {items.map((item) => (
                // Within one group an item appears once; reorderings are per parent and kind.
                <li key={`${item.kind}-${item.key ?? 'plan'}`} className="diff__item">
                  <p className="diff__label">{item.label}</p>
                  {item.context ? <p className="diff__context">In {item.context}</p> : null}
                  {item.fields.length > 0 ? (
                    <dl className="diff__fields">
                      {item.fields.map((field) => (
                        <div key={field.field} className="diff__field">
                          <dt>{field.label}</dt>
                          <dd>
                            <del className="diff__before">
                              <span className="visually-hidden">Before: </span>
                              {field.before}
                            </del>
                            <span aria-hidden="true" className="diff__arrow">
                              {' '}
                              →{' '}
                            </span>
                            <ins className="diff__after">
                              <span className="visually-hidden">After: </span>
                              {field.after}
                            </ins>
                          </dd>
                        </div>
                      ))}
                    </dl>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
