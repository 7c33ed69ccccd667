import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';

/**
 * The pages as images, placed straight under <body> where the print stylesheet shows them
 * alone, one per sheet (see reports.css); on screen they are never shown. `onReady` runs once
 * every image is decoded, so the print dialog never sees a blank page.
 */
export function PrintPages({ images, onReady }: { images: readonly string[]; onReady(): void }) {
  const ref = useRef<HTMLDivElement>(null);
  const ready = useRef(onReady);
  ready.current = onReady;
  useEffect(() => {
    const container = ref.current;
    if (!container) return;
    let current = true;
    const decoding = [...container.querySelectorAll('img')].map((image) => image.decode());
    void Promise.all(decoding)
      .catch(() => undefined) // an image that cannot decode prints as it is; the dialog still opens
      .then(() => {
        if (current) ready.current();
      });
    return () => {
      current = false;
    };
  }, []);
  return createPortal(
    <div ref={ref} className="print-pages" aria-hidden="true" data-testid="print-pages">
      {images.map((source, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: pages are positional and never reorder
        <img key={index} className="print-pages__page" src={source} alt="" />
      ))}
    </div>,
    document.body,
  );
}
