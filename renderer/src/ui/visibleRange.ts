/** What part of a long list of fixed-height rows is on screen, with some rows to spare either side. */
export interface RangeInput {
  /** How far the viewport has scrolled past the list's first row (negative before it). */
  scrolledPast: number;
  viewportHeight: number;
  rowHeight: number;
  count: number;
  /** Rows rendered beyond each edge, so fast scrolling never shows a blank. */
  overscan: number;
}

export interface VisibleRange {
  start: number;
  /** One past the last rendered row. */
  end: number;
  /** Height standing in for the rows before `start` and after `end`. */
  padTop: number;
  padBottom: number;
}

export function visibleRange({
  scrolledPast,
  viewportHeight,
  rowHeight,
  count,
  overscan,
}: RangeInput): VisibleRange {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0, padTop: 0, padBottom: 0 };
  const first = Math.floor(Math.max(0, scrolledPast) / rowHeight);
  const last = Math.ceil(Math.max(0, scrolledPast + viewportHeight) / rowHeight);
  const start = Math.min(count, Math.max(0, first - overscan));
  const end = Math.min(count, Math.max(start, last + overscan));
  return { start, end, padTop: start * rowHeight, padBottom: (count - end) * rowHeight };
}
