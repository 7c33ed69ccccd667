import { LoadingState } from '@renderer/ui/states';
import { type RefObject, useEffect, useId, useRef, useState } from 'react';
import type { PDFDocumentProxy } from './pdfjs';
import { pageLabel } from './reportText';
import type { PdfDocumentState } from './usePdfDocument';

/**
 * Every page of a generated PDF, drawn by pdf.js into canvases, one under the other in a
 * scrolling area. Pages are drawn as they come within a screen of view and released when
 * they are far away again, so a long report never holds every page's pixels at once.
 */
export function PdfPreview({
  state,
  pageCount,
  label,
}: {
  state: PdfDocumentState;
  pageCount: number;
  /** Names the scrolling area ("Preview of …"). */
  label: string;
}) {
  const scrollRef = useRef<HTMLElement>(null);
  if (state.status === 'loading')
    return (
      <div className="pdf-preview pdf-preview--state">
        <LoadingState label="Drawing the pages…" />
      </div>
    );
  if (state.status === 'error')
    return (
      <div className="pdf-preview pdf-preview--state">
        <div className="state state--error" role="alert">
          <h3 className="state__title">The preview could not be shown</h3>
          <p>
            The document itself was made: you can still save it as a PDF and open or print it from the saved
            file.
          </p>
        </div>
      </div>
    );
  const pages = Array.from({ length: state.doc.numPages || pageCount }, (_, i) => i + 1);
  const shape = `${state.firstPage.width} / ${state.firstPage.height}`;
  return (
    // The scrolling area must be reachable by keyboard so its pages can be scrolled with the arrows.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region needs focus to scroll by keyboard
    <section ref={scrollRef} className="pdf-preview" aria-label={label} tabIndex={0}>
      {pages.map((pageNumber) => (
        <PdfPage
          key={pageNumber}
          doc={state.doc}
          pageNumber={pageNumber}
          pageCount={pages.length}
          shape={shape}
          scrollRef={scrollRef}
        />
      ))}
    </section>
  );
}

function PdfPage({
  doc,
  pageNumber,
  pageCount,
  shape,
  scrollRef,
}: {
  doc: PDFDocumentProxy;
  pageNumber: number;
  pageCount: number;
  shape: string;
  scrollRef: RefObject<HTMLElement | null>;
}) {
  const sheetRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const captionId = useId();
  const shown = useShownWhenNear(sheetRef, scrollRef);
  const [drawn, setDrawn] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!shown || !canvas) return;
    let current = true;
    let cancelRender: (() => void) | null = null;
    (async () => {
      const page = await doc.getPage(pageNumber);
      if (!current) return;
      // Drawn at the width shown, times the screen's pixel density, so text stays sharp.
      const cssWidth = canvas.clientWidth || 800;
      const natural = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({
        scale: (cssWidth / natural.width) * (window.devicePixelRatio || 1),
      });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      const task = page.render({ canvas, viewport });
      cancelRender = () => task.cancel();
      await task.promise;
      if (current) setDrawn(true);
    })().catch((error: unknown) => {
      const cancelled = error instanceof Error && error.name === 'RenderingCancelledException';
      if (current && !cancelled) setFailed(true);
    });
    return () => {
      current = false;
      cancelRender?.();
      setDrawn(false);
      // Let go of the pixels now rather than when the element is collected.
      canvas.width = 0;
      canvas.height = 0;
    };
  }, [shown, doc, pageNumber]);

  const text = pageLabel(pageNumber, pageCount);
  return (
    <figure className="pdf-page" aria-labelledby={captionId}>
      <div
        ref={sheetRef}
        className={`pdf-page__sheet${drawn ? ' pdf-page__sheet--drawn' : ''}`}
        style={drawn ? undefined : { aspectRatio: shape }}
      >
        {failed ? (
          <p className="pdf-page__failed" role="alert">
            This page could not be drawn.
          </p>
        ) : shown ? (
          <canvas
            ref={canvasRef}
            className="pdf-page__canvas"
            data-drawn={drawn}
            role="img"
            aria-label={text}
          />
        ) : null}
      </div>
      <figcaption id={captionId} className="pdf-page__number">
        {text}
      </figcaption>
    </figure>
  );
}

/**
 * True while the element is within one screen of the scrolling area's view; false again
 * once it is more than six screens away (the gap keeps pages from flickering in and out).
 */
function useShownWhenNear(ref: RefObject<HTMLElement | null>, rootRef: RefObject<HTMLElement | null>) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const element = ref.current;
    const root = rootRef.current;
    if (!element || !root) return;
    const near = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setShown(true);
      },
      { root, rootMargin: '100% 0px' },
    );
    const far = new IntersectionObserver(
      (entries) => {
        if (entries.every((entry) => !entry.isIntersecting)) setShown(false);
      },
      { root, rootMargin: '600% 0px' },
    );
    near.observe(element);
    far.observe(element);
    return () => {
      near.disconnect();
      far.disconnect();
    };
  }, [ref, rootRef]);
  return shown;
}
