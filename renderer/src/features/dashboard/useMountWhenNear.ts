import { type RefObject, useEffect, useState } from 'react';
import { enqueueMount } from './mountQueue';

/**
 * True once the element has come within `margin` of the viewport (and stays true): charts
 * below the fold are not drawn until the clinician scrolls towards them, and those that come
 * into view together are drawn one after another.
 */
export function useMountWhenNear(ref: RefObject<Element | null>, margin = '300px'): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    let cancel: (() => void) | null = null;
    const observer = new IntersectionObserver(
      (entries) => {
        if (cancel || !entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        cancel = enqueueMount(() => setNear(true));
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      cancel?.();
    };
  }, [ref, margin, near]);
  return near;
}
