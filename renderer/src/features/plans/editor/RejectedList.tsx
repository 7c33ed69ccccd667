import { canRestore, entryParentText } from '@renderer/features/plans/planEdits';
import { itemKindLabels, itemLabel, type PlanDocument, type RejectedItem } from '@shared/domain/plan';
import { usePlanActions } from './editorContext';
import { headingName } from './ItemFrame';

/** Proposed items the clinician turned down, each with a way back into the plan. */
export function RejectedList({ document }: { document: PlanDocument }) {
  const { edit } = usePlanActions();
  return (
    <section className="plan-section" aria-labelledby="plan-rejected-heading">
      <h2 id="plan-rejected-heading" className="plan-section__title">
        Rejected items
      </h2>
      {document.rejected.length === 0 ? (
        <p className="muted">Nothing rejected. Items you reject are kept here and can be restored.</p>
      ) : (
        <ul className="plain-list rejected-list">
          {document.rejected.map((entry) => {
            const kind = itemKindLabels[entry.kind];
            const label = itemLabel(entry.kind, entry.item);
            const under = entryParentText(document, entry);
            const restorable = canRestore(document, entry);
            return (
              <li key={entry.item.key} className="rejected-list__item">
                <div className="rejected-list__text">
                  <EntryLines entry={entry} under={under} list="rejected-list" />
                  {restorable ? null : (
                    <p className="muted rejected-list__under">
                      Restore {under ?? 'what it belonged to'} first.
                    </p>
                  )}
                </div>
                <button
                  type="button"
                  className="button button--small button--secondary"
                  disabled={!restorable}
                  onClick={() =>
                    edit(
                      { type: 'restore', key: entry.item.key },
                      {
                        focus: { name: headingName(entry.item.key) },
                        announce: `Restored ${kind.toLowerCase()} “${label}” to the plan.`,
                      },
                    )
                  }
                >
                  Restore<span className="visually-hidden"> {`${kind.toLowerCase()} “${label}”`}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** What a rejected item or a suggestion is ("Goal: …"), and what it goes under. */
export function EntryLines({
  entry,
  under,
  list,
}: {
  entry: RejectedItem;
  under: string | null;
  /** The list's class, for its element classes (`rejected-list__label`). */
  list: 'rejected-list' | 'suggestion-list';
}) {
  return (
    <>
      <p className={`${list}__label`}>
        <span className={`${list}__kind`}>{itemKindLabels[entry.kind]}:</span>{' '}
        {itemLabel(entry.kind, entry.item)}
      </p>
      {under ? <p className={`muted ${list}__under`}>Under {under}</p> : null}
    </>
  );
}
