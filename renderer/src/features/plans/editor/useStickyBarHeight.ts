import { type RefObject, useEffect } from 'react';

/**
 * Publishes, for as long as the editor's bar is shown, the heights of the app's header
 * (`--shell-header-height`, where the bar is pinned) and of the bar (`--plan-bar-height`), so
 * `scroll-padding-top` keeps whatever is focused or scrolled into view (a field, an opened
 * "Why" list, an error link's target) below both instead of under them. Both wrap to more rows
 * in a narrow window, so their heights are watched, not assumed.
 */
export function useStickyBarHeight(bar: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = bar.current;
    if (!element) return;
    const header = document.querySelector<HTMLElement>('.shell__header');
    const root = document.documentElement;
    const publish = () => {
      root.style.setProperty('--plan-bar-height', `${Math.ceil(element.offsetHeight)}px`);
      if (header) root.style.setProperty('--shell-header-height', `${Math.ceil(header.offsetHeight)}px`);
    };
    publish();
    const observer = new ResizeObserver(publish);
    observer.observe(element);
    if (header) observer.observe(header);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--plan-bar-height');
      root.style.removeProperty('--shell-header-height');
    };
  }, [bar]);
}
