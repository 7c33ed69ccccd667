import { type ReactNode, useId } from 'react';

/**
 * One kind of an item's children (an objective's interventions, its milestones): a heading
 * that names the list for screen readers, the list or a line saying it is empty, then the
 * button that adds one. Items are keyed by their plan key so an edited item keeps its state.
 */
export function ChildList<Item extends { key: string }>({
  heading,
  emptyText,
  items,
  renderItem,
  addButton,
}: {
  heading: string;
  emptyText: string;
  items: readonly Item[];
  renderItem(item: Item, index: number): ReactNode;
  addButton: ReactNode;
}) {
  const headingId = useId();
  return (
    <>
      <p id={headingId} className="plan-children__heading">
        {heading}
      </p>
      {items.length > 0 ? (
        <ol className="plan-list" aria-labelledby={headingId}>
          {items.map(renderItem)}
        </ol>
      ) : (
        <p className="muted plan-children__empty">{emptyText}</p>
      )}
      {addButton}
    </>
  );
}
