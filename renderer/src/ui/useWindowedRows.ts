import { type RefObject, useEffect, useState } from 'react';
import { type VisibleRange, visibleRange } from './visibleRange';

const OVERSCAN = 12;

/**
 * Renders only the rows of a long list that the page shows (the page itself scrolls, so the
 * list keeps its place in the layout and in the tab order). Lists up to `threshold` rows are
 * rendered whole: then rows may wrap long names freely.
 */
export function useWindowedRows(
  anchor: RefObject<HTMLElement | null>,
  count: number,
  options: { rowHeight: number; threshold: number },
): VisibleRange & { windowed: boolean } {
  const windowed = count > options.threshold;
  const [range, setRange] = useState<VisibleRange>(() =>
    visibleRange({
      scrolledPast: 0,
      viewportHeight: 1200,
      rowHeight: options.rowHeight,
      count,
      overscan: OVERSCAN,
    }),
  );

  useEffect(() => {
    if (!windowed) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const top = anchor.current?.getBoundingClientRect().top ?? 0;
      const next = visibleRange({
        scrolledPast: -top,
        viewportHeight: window.innerHeight,
        rowHeight: options.rowHeight,
        count,
        overscan: OVERSCAN,
      });
      setRange((prev) => (prev.start === next.start && prev.end === next.end ? prev : next));
    };
    // At most one update per frame, however fast the wheel turns.
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [anchor, count, options.rowHeight, windowed]);

  if (!windowed) return { start: 0, end: count, padTop: 0, padBottom: 0, windowed };
  return { ...range, end: Math.min(range.end, count), windowed };
}
