import type { ItemPlace } from './ItemFrame';

/** Where the `index`-th of `list` sits: its outline number and its neighbours. */
export function placeIn(
  list: readonly { key: string }[],
  index: number,
  number: string,
  parentKey: string | null,
): ItemPlace {
  return {
    number,
    index,
    count: list.length,
    previousKey: list[index - 1]?.key ?? null,
    nextKey: list[index + 1]?.key ?? null,
    parentKey,
  };
}

export function samePlace(a: ItemPlace, b: ItemPlace): boolean {
  return (
    a.number === b.number &&
    a.index === b.index &&
    a.count === b.count &&
    a.previousKey === b.previousKey &&
    a.nextKey === b.nextKey &&
    a.parentKey === b.parentKey
  );
}
