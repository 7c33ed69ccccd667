import { invoke } from '@renderer/api/client';
import { SubstanceUseConsentFields } from '@renderer/features/consents/SubstanceUseConsentFields';
import { today as todayIso } from '@renderer/features/couples/format';
import { settingsQuery } from '@renderer/features/settings/queries';
import { CheckboxField } from '@renderer/ui/CheckboxField';
import { ChecklistField } from '@renderer/ui/ChecklistField';
import { ErrorSummary } from '@renderer/ui/ErrorSummary';
import { errorSummaryItems } from '@renderer/ui/errorSummaryItems';
import { FormSection } from '@renderer/ui/FormSection';
import { RadioGroupField } from '@renderer/ui/RadioGroupField';
import { TextAreaField } from '@renderer/ui/TextAreaField';
import { TextField } from '@renderer/ui/TextField';
import { useFormSubmission } from '@renderer/ui/useFormSubmission';
import { trapTab, useModalDialog } from '@renderer/ui/useModalDialog';
import type { Couple } from '@shared/contract/couples';
import type { GeneratedReport, RedactionFindingView, ReportRequest } from '@shared/contract/reports';
import {
  type ReportDetailKey,
  type ReportRecipient,
  reportDetailLabels,
  reportDetails,
  reportRecipientLabels,
  reportRecipients,
  reportSectionLabels,
  reportSections,
} from '@shared/domain/reports/options';
import { describeCharacter, unprintableNames } from '@shared/domain/reports/printable';
import { useQuery } from '@tanstack/react-query';
import { type RefObject, useCallback, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { PeriodCheck } from './PeriodCheck';
import {
  characterCount,
  checkedSections,
  FIELD_ORDER,
  letterheadGaps,
  OVERVIEW_MAX,
  type ProgressReportFormValues,
  placeProgressReportErrors,
  presetSummary,
  sectionsFrom,
  validateProgressReport,
  withRecipient,
} from './progressReportForm';
import { openFindings, RedactionReview } from './RedactionReview';

const RECIPIENT_HINTS: Record<ReportRecipient, string> = {
  couple: 'Their own copy: everything, with full names.',
  referringProgramme: 'The program that referred them, coordinating care.',
  insurer: 'Attendance and whether goals are met: the minimum necessary.',
  court: 'Participation only; substance use needs a specific order or consent.',
  other: 'Anyone else: little, with initials only.',
};

/**
 * The progress report's options: the period, who it is for (choosing applies that
 * recipient's preset, which the clinician can then change), identifiers, substance-use
 * details, sections, and the clinician's own summary and recommendations. Generating shows
 * the pages; a refusal shows each problem next to its field, and nothing typed is lost.
 */
export function ProgressReportDialog({
  couple,
  values,
  onValuesChange,
  onGenerated,
  onClose,
  returnFocus,
}: {
  couple: Couple;
  values: ProgressReportFormValues;
  onValuesChange(values: ProgressReportFormValues): void;
  onGenerated(report: GeneratedReport): void;
  onClose(): void;
  returnFocus?: RefObject<HTMLElement | null>;
}) {
  const titleRef = useRef<HTMLHeadingElement>(null);
  const dialogRef = useModalDialog(titleRef, returnFocus);
  const titleId = useId();
  const [presetNote, setPresetNote] = useState('');
  /** The redaction review's findings while it is shown; null while the options are. */
  const [review, setReview] = useState<RedactionFindingView[] | null>(null);
  const settings = useQuery(settingsQuery);
  const { errors, formError, attempt, saving, submit, clearErrors } = useFormSubmission<ReportRequest>({
    validate: () => {
      const checked = validateProgressReport(couple.id, values, {
        today: todayIso(),
        startDate: couple.startDate,
      });
      return checked.ok ? { ok: true, input: checked.request } : checked;
    },
    save: async (request) => {
      // The core scans the text the report would print; anything it leaves out is reviewed first.
      if (request.kind === 'progress') {
        const { findings } = await invoke('reports:scan', { options: request.options });
        if (openFindings(findings, values.redactions).length > 0) {
          setReview(findings);
          return;
        }
      }
      onGenerated(await invoke('reports:generate', request));
    },
    placeErrors: placeProgressReportErrors,
    failureMessage: 'The report could not be made. Your choices are kept: try again.',
  });

  function change(patch: Partial<ProgressReportFormValues>, ...paths: string[]) {
    onValuesChange({ ...values, ...patch });
    clearErrors(...paths);
  }

  // Stable for the consent fields' effect; reads the latest values through a ref.
  const latest = useRef(values);
  latest.current = values;
  const setSubstanceUseOf = useCallback(
    (substanceUseOf: ProgressReportFormValues['substanceUseOf']) => {
      onValuesChange({ ...latest.current, substanceUseOf });
      clearErrors('options.substanceUseOf.A', 'options.substanceUseOf.B');
    },
    [onValuesChange, clearErrors],
  );

  const [drafting, setDrafting] = useState(false);
  const [draftNote, setDraftNote] = useState('');
  /** Asks the core for the paragraph drafted from the record with the options as they are now. */
  async function draftOverview() {
    const checked = validateProgressReport(couple.id, { ...values, overview: '' });
    if (!checked.ok || checked.request.kind !== 'progress') {
      setDraftNote('Fix the fields marked above first: the draft follows the period and options.');
      return;
    }
    setDrafting(true);
    try {
      const { draft } = await invoke('reports:overviewDraft', { options: checked.request.options });
      change({ overview: draft }, 'options.overview');
      setDraftNote('Drafted from the record. Edit it before generating; what you leave here is what prints.');
    } catch {
      setDraftNote('The draft could not be made. You can write the paragraph yourself.');
    } finally {
      setDrafting(false);
    }
  }

  // A refusal about the options themselves (not the review) shows the options, next to their fields.
  const inReview = review !== null && Object.keys(errors).every((path) => path === 'options.redactions');
  const gaps = settings.data ? letterheadGaps(settings.data.letterhead) : [];
  const unprintable = unprintableNames(couple);
  const items = errorSummaryItems(errors, formError, FIELD_ORDER);
  return (
    <dialog
      ref={dialogRef}
      className="dialog dialog--report-options"
      aria-labelledby={titleId}
      onKeyDown={(event) => trapTab(event, dialogRef.current)}
      onCancel={(event) => {
        event.preventDefault();
        if (!saving) onClose();
      }}
    >
      <form className="form report-options" onSubmit={submit} noValidate aria-busy={saving}>
        <div>
          <h2 id={titleId} ref={titleRef} tabIndex={-1} className="dialog__title">
            Progress report for {couple.displayName}
          </h2>
          <p className="report-options__intro">
            Choose what the report contains and who it is for. You see every page before anything is saved or
            printed.
          </p>
        </div>
        {gaps.length > 0 ? (
          <div className="notice notice--warning report-options__letterhead">
            <p className="notice__title">The letterhead has no {gaps.join(' or ')}</p>
            <p>
              Reports name the practice and the clinician who prepared them.{' '}
              <Link to="/settings">Complete the letterhead in Settings</Link> (your choices here are kept).
            </p>
          </div>
        ) : null}
        {unprintable.length > 0 ? (
          <div className="notice notice--warning report-options__unprintable" role="status">
            <p className="notice__title">Some characters in the names cannot be printed</p>
            <ul>
              {unprintable.map((name) => (
                <li key={name.label}>
                  {name.label}: {name.characters.map(describeCharacter).join(', ')}
                </li>
              ))}
            </ul>
            <p>
              The report's fonts have no letter for them, so they would print as empty boxes. Check the
              spelling on the couple's page, or make the report knowing the recipient will see boxes there.
            </p>
          </div>
        ) : null}
        <ErrorSummary
          items={items}
          attempt={attempt}
          title={formError && items.length === 1 ? 'The report was not made' : 'There is a problem'}
        />
        {review && inReview ? (
          <RedactionReview
            findings={review}
            decisions={values.redactions}
            onDecisionsChange={(redactions) => change({ redactions }, 'options.redactions')}
            onBack={() => setReview(null)}
            busy={saving}
          />
        ) : (
          <>
            <FormSection headingId={`${titleId}-period`} heading="Period">
              <div className="field-grid report-options__period">
                <TextField
                  name="options.from"
                  label="From"
                  type="date"
                  value={values.from}
                  error={errors['options.from']}
                  onValueChange={(from) => change({ from }, 'options.from', 'options.to')}
                />
                <TextField
                  name="options.to"
                  label="To"
                  type="date"
                  value={values.to}
                  error={errors['options.to']}
                  onValueChange={(to) => change({ to }, 'options.to')}
                />
              </div>
              <PeriodCheck coupleId={couple.id} from={values.from} to={values.to} />
            </FormSection>
            <FormSection headingId={`${titleId}-recipient`} heading="Recipient">
              <RadioGroupField
                name="options.recipient"
                legend="Who the report is for"
                hint="Choosing a recipient sets the names, substance-use details and sections to what that recipient usually needs."
                value={values.recipient}
                options={reportRecipients.map((recipient) => ({
                  value: recipient,
                  label: reportRecipientLabels[recipient],
                  hint: RECIPIENT_HINTS[recipient],
                }))}
                error={errors['options.recipient']}
                onValueChange={(recipient) => {
                  onValuesChange(withRecipient(values, recipient));
                  setPresetNote(presetSummary(recipient));
                  clearErrors(
                    'options.recipient',
                    'options.identifiers',
                    'options.includeSubstanceUse',
                    'options.sections',
                    'options.details',
                  );
                }}
              />
              <p className="report-options__preset" role="status">
                {presetNote}
              </p>
              <TextField
                name="options.recipientName"
                label="Prepared for"
                optional
                hint="Printed on the report: the program, insurer, court or person, as they should be addressed."
                value={values.recipientName}
                error={errors['options.recipientName']}
                onValueChange={(recipientName) => change({ recipientName }, 'options.recipientName')}
                autoComplete="off"
              />
            </FormSection>
            <FormSection headingId={`${titleId}-content`} heading="Content">
              <RadioGroupField
                name="options.identifiers"
                legend="Names on the report"
                inline
                value={values.identifiers}
                options={[
                  { value: 'full', label: 'Full names' },
                  { value: 'initials', label: 'Initials only' },
                ]}
                error={errors['options.identifiers']}
                onValueChange={(identifiers) => change({ identifiers }, 'options.identifiers')}
              />
              <CheckboxField
                name="options.includeSubstanceUse"
                label="Include substance-use details"
                hint="Recovery status, abstinence, screens, meetings and relapses. The report then carries the 42 CFR Part 2 notice that forbids redisclosure."
                value={values.includeSubstanceUse}
                error={errors['options.includeSubstanceUse']}
                onValueChange={(includeSubstanceUse) =>
                  change({ includeSubstanceUse }, 'options.includeSubstanceUse')
                }
              />
              <SubstanceUseConsentFields
                couple={couple}
                choice={values}
                errors={errors}
                onChange={setSubstanceUseOf}
              />
              <ChecklistField
                name="options.sections"
                legend="Sections"
                items={reportSections.map((id) => ({ id, label: reportSectionLabels[id] }))}
                value={checkedSections(values.sections)}
                error={errors['options.sections']}
                onValueChange={(checked) => change({ sections: sectionsFrom(checked) }, 'options.sections')}
              />
            </FormSection>
            <FormSection headingId={`${titleId}-details`} heading="Details for the recipient">
              <ChecklistField
                name="options.details"
                legend="Details printed with the names"
                items={reportDetails.map((id) => ({ id, label: reportDetailLabels[id] }))}
                value={reportDetails.filter((d) => values.details[d])}
                error={errors['options.details']}
                onValueChange={(checked) =>
                  change(
                    {
                      details: Object.fromEntries(
                        reportDetails.map((d) => [d, (checked as readonly string[]).includes(d)]),
                      ) as Record<ReportDetailKey, boolean>,
                    },
                    'options.details',
                  )
                }
              />
              <p className="field__hint">
                Dates of birth and the case or member number print only with full names; the diagnosis and the
                lapse and relapse statement only with substance-use details included.
              </p>
              <TextField
                name="options.referenceNumber"
                label="Case or member number"
                optional
                hint="The court's case number or the insurer's member number, as they file it."
                value={values.referenceNumber}
                error={errors['options.referenceNumber']}
                onValueChange={(referenceNumber) => change({ referenceNumber }, 'options.referenceNumber')}
                autoComplete="off"
              />
            </FormSection>
            <FormSection headingId={`${titleId}-overview`} heading="First-page overview">
              <TextAreaField
                name="options.overview"
                label="Overview paragraph"
                optional
                rows={5}
                hint={`Drafted from the record for the options above; edit it as you see fit. Left empty, the draft prints. ${characterCount(
                  values.overview,
                  OVERVIEW_MAX,
                )}.`}
                value={values.overview}
                error={errors['options.overview']}
                onValueChange={(overview) => change({ overview }, 'options.overview')}
              />
              <button
                type="button"
                className="button button--secondary"
                disabled={drafting}
                onClick={() => void draftOverview()}
              >
                {drafting
                  ? 'Drafting…'
                  : values.overview.trim() === ''
                    ? 'Draft from the record'
                    : 'Draft again'}
              </button>
              {draftNote ? (
                <p className="field__hint" role="status">
                  {draftNote}
                </p>
              ) : null}
            </FormSection>
            <FormSection headingId={`${titleId}-text`} heading="Summary and recommendations">
              <TextAreaField
                name="options.narrative"
                label="Summary"
                optional
                rows={6}
                hint={`Your own summary of the period, printed as written${
                  values.identifiers === 'initials'
                    ? '; names are found and reviewed before the report is made'
                    : ''
                }. ${characterCount(values.narrative)}.`}
                value={values.narrative}
                error={errors['options.narrative']}
                onValueChange={(narrative) => change({ narrative }, 'options.narrative')}
              />
              <TextAreaField
                name="options.recommendations"
                label="Recommendations"
                optional
                rows={4}
                hint={`Printed as written. ${characterCount(values.recommendations)}.`}
                value={values.recommendations}
                error={errors['options.recommendations']}
                onValueChange={(recommendations) => change({ recommendations }, 'options.recommendations')}
              />
            </FormSection>
            <div className="form__actions form__actions--bar report-options__actions">
              <button type="submit" className="button button--primary" disabled={saving}>
                {saving ? 'Making the report…' : 'Generate and preview'}
              </button>
              <button type="button" className="button button--secondary" onClick={onClose} disabled={saving}>
                Cancel
              </button>
            </div>
          </>
        )}
      </form>
    </dialog>
  );
}
