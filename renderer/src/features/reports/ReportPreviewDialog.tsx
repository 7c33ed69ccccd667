import { errorMessage, invoke, isApiError } from '@renderer/api/client';
import { trapTab, useModalDialog } from '@renderer/ui/useModalDialog';
import type { GeneratedReport } from '@shared/contract/reports';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type RefObject, useId, useRef, useState } from 'react';
import { PdfPreview } from './PdfPreview';
import { PrintPages } from './PrintPages';
import { invalidateReports } from './queries';
import { renderPagesForPrint } from './renderForPrint';
import { documentNames, pageCountText, savedText } from './reportText';
import { usePdfDocument } from './usePdfDocument';

/**
 * The generated document before it leaves Rekindle: every page as it will print, then
 * Save as PDF… (the core asks where, in the system's own dialog) or Print…. Escape or
 * Close goes back to the screen that opened it, focus on the button that did.
 */
export function ReportPreviewDialog({
  report,
  onClose,
  onBack,
  returnFocus,
}: {
  report: GeneratedReport;
  onClose(): void;
  /** Back to the options that made this document (the progress report's dialog). */
  onBack?: () => void;
  returnFocus?: RefObject<HTMLElement | null>;
}) {
  const firstActionRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useModalDialog(firstActionRef, returnFocus);
  // The emergency sheet carries the recovery key: printed on paper, never saved beside the records.
  const printOnly = report.kind === 'emergencySheet';
  const titleId = useId();
  const summaryId = useId();
  const queryClient = useQueryClient();
  const pdf = usePdfDocument(report.pdfBase64);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [printing, setPrinting] = useState(false);
  const [printImages, setPrintImages] = useState<string[] | null>(null);
  const [printRequest, setPrintRequest] = useState(0);
  const name = documentNames[report.kind];

  const save = useMutation({
    mutationFn: () => invoke('reports:save', { documentId: report.documentId }),
    onMutate: () => {
      setStatus('');
      setFailure(null);
    },
    onSuccess: (result) => {
      setStatus(savedText(result));
      if (result.saved) invalidateReports(queryClient);
    },
    // The core's not_saved message already says what happened and what to do.
    onError: (error) =>
      setFailure(
        isApiError(error) && error.code === 'not_saved'
          ? error.message
          : `The ${name} was not saved. ${errorMessage(error)}`,
      ),
  });

  async function preparePrint() {
    if (printing || pdf.status !== 'ready') return;
    setPrinting(true);
    setStatus('');
    setFailure(null);
    try {
      const images = printImages ?? (await renderPagesForPrint(pdf.doc));
      setPrintImages(images);
      setPrintRequest((n) => n + 1);
    } catch {
      setFailure(
        `The pages could not be prepared for printing, so nothing was printed. You can save the ${name} as a PDF and print the file instead.`,
      );
      setPrinting(false);
    }
  }

  /** Runs once the print images are decoded: the system's print dialog, then the record of it. */
  async function printNow() {
    try {
      window.print();
      await invoke('reports:printed', { documentId: report.documentId });
      invalidateReports(queryClient);
      setStatus('Sent to the print dialog.');
    } catch (error) {
      setFailure(`The print could not be recorded. ${errorMessage(error)}`);
    } finally {
      setPrinting(false);
    }
  }

  const busy = save.isPending || printing;
  const canPrint = pdf.status === 'ready';
  return (
    <dialog
      ref={dialogRef}
      className="dialog dialog--preview report-preview"
      aria-labelledby={titleId}
      aria-describedby={summaryId}
      onKeyDown={(event) => trapTab(event, dialogRef.current)}
      onCancel={(event) => {
        // Escape: React owns the open state; a save or print under way finishes first.
        event.preventDefault();
        if (!busy) onClose();
      }}
    >
      <div className="report-preview__header">
        <div className="report-preview__heading">
          <h2 id={titleId} className="dialog__title report-preview__title">
            {report.title}
          </h2>
          <p id={summaryId} className="report-preview__summary">
            {printOnly
              ? `Preview, ${pageCountText(report.pageCount)}. Print it and keep the paper somewhere locked, away from this laptop; it cannot be saved as a file.`
              : `Preview, ${pageCountText(report.pageCount)}. Nothing leaves Rekindle until you save or print it.`}
          </p>
        </div>
        <div className="report-preview__actions">
          {onBack ? (
            <button type="button" className="button button--secondary" onClick={onBack} disabled={busy}>
              Change options
            </button>
          ) : null}
          {printOnly ? null : (
            <button
              ref={firstActionRef}
              type="button"
              className="button button--primary"
              aria-disabled={busy || undefined}
              onClick={() => {
                if (!busy) save.mutate();
              }}
            >
              {save.isPending ? 'Saving…' : 'Save as PDF…'}
            </button>
          )}
          <button
            type="button"
            className={printOnly ? 'button button--primary' : 'button button--secondary'}
            disabled={!canPrint}
            aria-disabled={busy || undefined}
            onClick={() => void preparePrint()}
          >
            {printing ? 'Preparing to print…' : 'Print…'}
          </button>
          {/* Print waits for the pages to load, so a print-only preview opens with focus on Close. */}
          <button
            ref={printOnly ? firstActionRef : undefined}
            type="button"
            className="button button--secondary"
            onClick={onClose}
            disabled={busy}
          >
            Close
          </button>
        </div>
      </div>
      <p className="report-preview__status" role="status">
        {status}
      </p>
      {failure ? (
        <p className="notice notice--error report-preview__error" role="alert">
          {failure}
        </p>
      ) : null}
      <PdfPreview state={pdf} pageCount={report.pageCount} label={`Pages of the ${name}`} />
      {printImages && printRequest > 0 ? (
        <PrintPages key={printRequest} images={printImages} onReady={() => void printNow()} />
      ) : null}
    </dialog>
  );
}
