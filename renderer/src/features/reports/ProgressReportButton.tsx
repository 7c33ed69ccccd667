import { today as todayIso } from '@renderer/features/couples/format';
import { couplePlanQuery } from '@renderer/features/plans/queries';
import type { Couple } from '@shared/contract/couples';
import type { GeneratedReport } from '@shared/contract/reports';
import { toIsoDate } from '@shared/domain/dates';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { ProgressReportDialog } from './ProgressReportDialog';
import { initialProgressReportValues, type ProgressReportFormValues } from './progressReportForm';
import { ReportPreviewDialog } from './ReportPreviewDialog';
import { rememberedOptions, rememberOptions } from './rememberedOptions';

type Step = { at: 'closed' } | { at: 'options' } | { at: 'preview'; report: GeneratedReport };

/**
 * "Progress report…": the options, then the preview, and back to the options to change
 * something. The choices are kept while the records stay open, so closing and coming back
 * (or going to Settings to complete the letterhead) loses nothing.
 */
export function ProgressReportButton({ couple }: { couple: Couple }) {
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [step, setStep] = useState<Step>({ at: 'closed' });
  const [values, setValues] = useState<ProgressReportFormValues | null>(() => rememberedOptions(couple.id));
  // The default period starts when the active plan was signed: ask for the plan up front.
  const plan = useQuery(couplePlanQuery(couple.id));
  const planReady = !plan.isPending;

  function open() {
    if (!values) {
      const signedAt = plan.data?.active?.signedAt;
      setValues(
        initialProgressReportValues(
          todayIso(),
          signedAt ? toIsoDate(new Date(signedAt)) : null,
          couple.startDate,
        ),
      );
    }
    setStep({ at: 'options' });
  }

  function update(next: ProgressReportFormValues) {
    setValues(next);
    rememberOptions(couple.id, next);
  }

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="button button--secondary"
        aria-disabled={!planReady || undefined}
        onClick={() => {
          if (planReady) open();
        }}
      >
        Progress report…
      </button>
      {step.at === 'options' && values ? (
        <ProgressReportDialog
          couple={couple}
          values={values}
          onValuesChange={update}
          returnFocus={buttonRef}
          onGenerated={(report) => setStep({ at: 'preview', report })}
          onClose={() => setStep({ at: 'closed' })}
        />
      ) : null}
      {step.at === 'preview' ? (
        <ReportPreviewDialog
          report={step.report}
          returnFocus={buttonRef}
          onBack={() => setStep({ at: 'options' })}
          onClose={() => setStep({ at: 'closed' })}
        />
      ) : null}
    </>
  );
}
