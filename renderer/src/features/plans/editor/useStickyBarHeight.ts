import { type RefObject, useEffect } from 'react';

/**
 * Publishes the sticky bar's height as `--plan-bar-height` on the page, for as long as the bar
 * is shown, so `scroll-padding-top` keeps whatever is focused or scrolled into view (a field,
 * an opened "Why" list, an error link's target) below the bar instead of under it. The bar
 * wraps to two or three rows in a narrow window, so its height is watched, not assumed.
 */
export function useStickyBarHeight(bar: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = bar.current;
    if (!element) return;
    const root = document.documentElement;
    const publish = () => root.style.setProperty('--plan-bar-height', `${Math.ceil(element.offsetHeight)}px`);
    publish();
    const observer = new ResizeObserver(publish);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--plan-bar-height');
    };
  }, [bar]);
}
