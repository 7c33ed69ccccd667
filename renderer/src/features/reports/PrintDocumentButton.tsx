import { errorMessage, invoke } from '@renderer/api/client';
import type { GeneratedReport, ReportRequest } from '@shared/contract/reports';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useRef, useState } from 'react';
import { invalidateReports } from './queries';
import { ReportPreviewDialog } from './ReportPreviewDialog';
import { documentNames } from './reportText';

/**
 * A button that has the core make one document ("Print plan", "Print worksheet") and shows
 * it in the preview, from where it is saved or printed. While the core works the button
 * keeps focus and says so; a failure is said next to it.
 */
export function PrintDocumentButton({
  request,
  label,
  className = 'button button--secondary',
  errorAction,
}: {
  request: ReportRequest;
  label: string;
  className?: string;
  /** A way out shown after the failure's message (a link to record a missing consent). */
  errorAction?: (error: unknown) => ReactNode;
}) {
  const buttonRef = useRef<HTMLButtonElement>(null);
  const queryClient = useQueryClient();
  const [report, setReport] = useState<GeneratedReport | null>(null);
  const generate = useMutation({
    mutationFn: () => invoke('reports:generate', request),
    onSuccess: (generated) => {
      setReport(generated);
      invalidateReports(queryClient);
    },
  });
  const name = documentNames[request.kind];
  return (
    <span className="print-document">
      <button
        ref={buttonRef}
        type="button"
        className={className}
        // aria-disabled rather than disabled: a disabled button would drop the keyboard focus.
        aria-disabled={generate.isPending || undefined}
        onClick={() => {
          if (!generate.isPending) generate.mutate();
        }}
      >
        {generate.isPending ? `Preparing the ${name}…` : label}
      </button>
      {generate.isError ? (
        <span className="print-document__error field__error" role="alert">
          The {name} could not be prepared. {errorMessage(generate.error)}
          {errorAction ? <> {errorAction(generate.error)}</> : null}
        </span>
      ) : null}
      {report ? (
        <ReportPreviewDialog
          report={report}
          returnFocus={buttonRef}
          onClose={() => {
            setReport(null);
            generate.reset();
          }}
        />
      ) : null}
    </span>
  );
}
