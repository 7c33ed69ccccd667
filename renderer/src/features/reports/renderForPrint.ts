import type { PDFDocumentProxy } from './pdfjs';

/**
 * pdf.js scale for printing: 1 is 72 dots per inch, so 2.5 is 180, sharp on paper without
 * making a long report's images heavy.
 */
export const PRINT_SCALE = 2.5;

/**
 * Draws every page at print resolution, one after another on one canvas, and keeps each as a
 * PNG data URL (the CSP allows `data:` images, not `blob:` ones). The canvas is released after.
 */
export async function renderPagesForPrint(doc: PDFDocumentProxy, scale = PRINT_SCALE): Promise<string[]> {
  const canvas = document.createElement('canvas');
  const images: string[] = [];
  try {
    for (let pageNumber = 1; pageNumber <= doc.numPages; pageNumber += 1) {
      const page = await doc.getPage(pageNumber);
      const viewport = page.getViewport({ scale });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      await page.render({ canvas, viewport, intent: 'print' }).promise;
      images.push(canvas.toDataURL('image/png'));
      page.cleanup();
    }
  } finally {
    canvas.width = 0;
    canvas.height = 0;
  }
  return images;
}
