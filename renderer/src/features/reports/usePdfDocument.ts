import { useEffect, useState } from 'react';
import { openPdf, type PDFDocumentProxy } from './pdfjs';

export type PdfDocumentState =
  | { status: 'loading' }
  | { status: 'error' }
  | {
      status: 'ready';
      doc: PDFDocumentProxy;
      /** The first page's size in points: the placeholder shape of pages not drawn yet. */
      firstPage: { width: number; height: number };
    };

/** Opens the PDF with pdf.js for as long as the component shows it, and frees it after. */
export function usePdfDocument(pdfBase64: string): PdfDocumentState {
  const [state, setState] = useState<PdfDocumentState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    let opened: PDFDocumentProxy | null = null;
    setState({ status: 'loading' });
    (async () => {
      const doc = await openPdf(pdfBase64);
      // Closed (or locked) while it was opening: free it now, or its pages stay in the worker.
      if (!current) {
        void doc.destroy();
        return;
      }
      opened = doc;
      const first = (await doc.getPage(1)).getViewport({ scale: 1 });
      if (current)
        setState({ status: 'ready', doc, firstPage: { width: first.width, height: first.height } });
    })().catch(() => {
      // The reason may quote the document's content; the screen says only that it failed.
      if (current) setState({ status: 'error' });
    });
    return () => {
      current = false;
      void opened?.destroy();
    };
  }, [pdfBase64]);
  return state;
}
