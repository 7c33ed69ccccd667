import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

interface LoadedPdfJs {
  pdfjs: PdfJs;
  /** Rejects if the worker script fails: pdf.js would otherwise wait for it forever. */
  workerFailed: Promise<never>;
}

/** Longer than any of our documents takes to open; a hung worker must not spin for ever. */
const OPEN_TIMEOUT_MS = 30_000;

/**
 * pdf.js is most of a megabyte: it loads on the first preview, not at start-up. The legacy
 * build carries its own polyfills, so the preview does not depend on which Chromium the
 * Electron release ships.
 */
let loaded: Promise<LoadedPdfJs> | null = null;

function loadPdfJs(): Promise<LoadedPdfJs> {
  loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs')
    .then((pdfjs) => {
      // A worker file from our own origin: the CSP (script-src 'self') allows it, where a
      // blob: or data: worker, pdf.js's fallbacks, would be refused.
      const worker = new Worker(new URL('pdfjs-dist/legacy/build/pdf.worker.min.mjs', import.meta.url), {
        type: 'module',
      });
      const workerFailed = new Promise<never>((_, reject) => {
        worker.addEventListener('error', (event) => {
          event.preventDefault(); // handled here: the preview says so, the console stays clean
          forgetWorker(pdfjs, worker);
          reject(new Error('The PDF worker stopped'));
        });
      });
      workerFailed.catch(() => undefined); // observed per document in openPdf
      pdfjs.GlobalWorkerOptions.workerPort = worker;
      return { pdfjs, workerFailed };
    })
    .catch((error: unknown) => {
      loaded = null; // let the next preview try again
      throw error;
    });
  return loaded;
}

/** A broken worker is dropped, so the next preview starts a fresh one. */
function forgetWorker(pdfjs: PdfJs, worker: Worker): void {
  worker.terminate();
  if (pdfjs.GlobalWorkerOptions.workerPort === worker) pdfjs.GlobalWorkerOptions.workerPort = null;
  loaded = null;
}

/** The PDF's bytes from the core's base64. */
export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Opens a PDF for drawing. The options keep pdf.js inside the CSP and offline: no eval
 * (`isEvalSupported`), no FontFace loading (glyphs are drawn as paths), no fetching of
 * standard fonts or character maps, and only errors in the console.
 */
export async function openPdf(base64: string): Promise<PDFDocumentProxy> {
  const { pdfjs, workerFailed } = await loadPdfJs();
  const task = pdfjs.getDocument({
    data: base64ToBytes(base64),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    enableXfa: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('The PDF took too long to open')), OPEN_TIMEOUT_MS);
  });
  try {
    return await Promise.race([task.promise, workerFailed, timedOut]);
  } catch (error) {
    void task.destroy();
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

export type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
