import { invoke } from '@renderer/api/client';
import { SubstanceUseConsentFields } from '@renderer/features/consents/SubstanceUseConsentFields';
import { today as todayIso } from '@renderer/features/couples/format';
import { settingsQuery } from '@renderer/features/settings/queries';
import { CheckboxField } from '@renderer/ui/CheckboxField';
import { ChecklistField } from '@renderer/ui/ChecklistField';
import { ErrorSummary } from '@renderer/ui/ErrorSummary';
import { FormSection } from '@renderer/ui/FormSection';
import { RadioGroupField } from '@renderer/ui/RadioGroupField';
import { TextAreaField } from '@renderer/ui/TextAreaField';
import { TextField } from '@renderer/ui/TextField';
import { useForm } from '@renderer/ui/useForm';
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
  const form = useForm<ProgressReportFormValues, ReportRequest>({
    // Held by the report's page, so the choices outlive the dialog.
    values,
    onValuesChange,
    validate: (current) => {
      const checked = validateProgressReport(couple.id, current, {
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
    // The fields are the contract's paths inside `reports:generate`.
    pathPrefix: 'options.',
    fields: FIELD_ORDER,
    failureMessage: 'The report could not be made. Your choices are kept: try again.',
    notSavedTitle: 'The report was not made',
  });
  const { errors, saving } = form;

  // Stable for the consent fields' effect.
  const { setValues, clearErrors } = form;
  const setSubstanceUseOf = useCallback(
    (substanceUseOf: ProgressReportFormValues['substanceUseOf']) => {
      setValues((current) => ({ ...current, substanceUseOf }));
      clearErrors('options.substanceUseOf.A', 'options.substanceUseOf.B');
    },
    [setValues, clearErrors],
  );

  const { drafting, draftNote, draftOverview } = useOverviewDraft(couple.id, values, (draft) =>
    form.change({ overview: draft }, 'options.overview'),
  );

  // A refusal about the options themselves (not the review) shows the options, next to their fields.
  const inReview = review !== null && Object.keys(errors).every((path) => path === 'options.redactions');
  const recipient = form.bind('recipient', {
    set: (current, next) => withRecipient(current, next),
    clears: ['options.identifiers', 'options.includeSubstanceUse', 'options.sections', 'options.details'],
  });
  const sections = form.bind('sections');
  const details = form.bind('details');
  const gaps = settings.data ? letterheadGaps(settings.data.letterhead) : [];
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
      <form className="form report-options" onSubmit={form.submit} noValidate aria-busy={saving}>
        <div>
          <h2 id={titleId} ref={titleRef} tabIndex={-1} className="dialog__title">
            Progress report for {couple.displayName}
          </h2>
          <p className="report-options__intro">
            Choose what the report contains and who it is for. You see every page before anything is saved or
            printed.
          </p>
        </div>
        <ReportOptionsNotices couple={couple} letterheadGaps={gaps} />
        <ErrorSummary {...form.summary()} />
        {review && inReview ? (
          <RedactionReview
            findings={review}
            decisions={values.redactions}
            onDecisionsChange={(redactions) => form.change({ redactions }, 'options.redactions')}
            onBack={() => setReview(null)}
            busy={saving}
          />
        ) : (
          <>
            <FormSection headingId={`${titleId}-period`} heading="Period">
              <div className="field-grid report-options__period">
                <TextField {...form.bind('from', { clears: ['options.to'] })} label="From" type="date" />
                <TextField {...form.bind('to')} label="To" type="date" />
              </div>
              <PeriodCheck coupleId={couple.id} from={values.from} to={values.to} />
            </FormSection>
            <FormSection headingId={`${titleId}-recipient`} heading="Recipient">
              <RadioGroupField
                {...recipient}
                legend="Who the report is for"
                hint="Choosing a recipient sets the names, substance-use details and sections to what that recipient usually needs."
                options={reportRecipients.map((kind) => ({
                  value: kind,
                  label: reportRecipientLabels[kind],
                  hint: RECIPIENT_HINTS[kind],
                }))}
                onValueChange={(next) => {
                  recipient.onValueChange(next);
                  setPresetNote(presetSummary(next));
                }}
              />
              <p className="report-options__preset" role="status">
                {presetNote}
              </p>
              <TextField
                {...form.bind('recipientName')}
                label="Prepared for"
                optional
                hint="Printed on the report: the program, insurer, court or person, as they should be addressed."
                autoComplete="off"
              />
            </FormSection>
            <FormSection headingId={`${titleId}-content`} heading="Content">
              <RadioGroupField
                {...form.bind('identifiers')}
                legend="Names on the report"
                inline
                options={[
                  { value: 'full', label: 'Full names' },
                  { value: 'initials', label: 'Initials only' },
                ]}
              />
              <CheckboxField
                {...form.bind('includeSubstanceUse')}
                label="Include substance-use details"
                hint="Recovery status, abstinence, screens, meetings, relapses and AUDIT-C scores. The report then carries the 42 CFR Part 2 notice that forbids redisclosure."
              />
              <SubstanceUseConsentFields
                couple={couple}
                choice={values}
                errors={errors}
                onChange={setSubstanceUseOf}
              />
              <ChecklistField
                {...sections}
                legend="Sections"
                items={reportSections.map((id) => ({ id, label: reportSectionLabels[id] }))}
                // What the questionnaires table holds back, said where it is ticked.
                hint={
                  sections.value.questionnaires
                    ? 'Validated questionnaires prints each partner’s totals, never their answers; AUDIT-C scores only with substance-use details.'
                    : undefined
                }
                value={checkedSections(sections.value)}
                onValueChange={(checked) => sections.onValueChange(sectionsFrom(checked))}
              />
            </FormSection>
            <FormSection headingId={`${titleId}-details`} heading="Details for the recipient">
              <ChecklistField
                {...details}
                legend="Details printed with the names"
                items={reportDetails.map((id) => ({ id, label: reportDetailLabels[id] }))}
                value={reportDetails.filter((d) => details.value[d])}
                onValueChange={(checked) =>
                  details.onValueChange(
                    Object.fromEntries(
                      reportDetails.map((d) => [d, (checked as readonly string[]).includes(d)]),
                    ) as Record<ReportDetailKey, boolean>,
                  )
                }
              />
              <p className="field__hint">
                Dates of birth and the case or member number print only with full names; the diagnosis and the
                lapse and relapse statement only with substance-use details included.
              </p>
              <TextField
                {...form.bind('referenceNumber')}
                label="Case or member number"
                optional
                hint="The court's case number or the insurer's member number, as they file it."
                autoComplete="off"
              />
            </FormSection>
            <FormSection headingId={`${titleId}-overview`} heading="First-page overview">
              <TextAreaField
                {...form.bind('overview')}
                label="Overview paragraph"
                optional
                rows={5}
                hint={`Drafted from the record for the options above; edit it as you see fit. Left empty, the draft prints. ${characterCount(
                  values.overview,
                  OVERVIEW_MAX,
                )}.`}
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
                {...form.bind('narrative')}
                label="Summary"
                optional
                rows={6}
                hint={`Your own summary of the period, printed as written${
                  values.identifiers === 'initials'
                    ? '; names are found and reviewed before the report is made'
                    : ''
                }. ${characterCount(values.narrative)}.`}
              />
              <TextAreaField
                {...form.bind('recommendations')}
                label="Recommendations"
                optional
                rows={4}
                hint={`Printed as written. ${characterCount(values.recommendations)}.`}
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

/** What the clinician should know before choosing: a letterhead with gaps, names the fonts cannot print. */
function ReportOptionsNotices({
  couple,
  letterheadGaps: gaps,
}: {
  couple: Couple;
  letterheadGaps: string[];
}) {
  const unprintable = unprintableNames(couple);
  return (
    <>
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
            The report's fonts have no letter for them, so they would print as empty boxes. Check the spelling
            on the couple's page, or make the report knowing the recipient will see boxes there.
          </p>
        </div>
      ) : null}
    </>
  );
}

/** The overview paragraph drafted by the core from the record, with the options as they are now. */
function useOverviewDraft(
  coupleId: string,
  values: ProgressReportFormValues,
  onDraft: (draft: string) => void,
) {
  const [drafting, setDrafting] = useState(false);
  const [draftNote, setDraftNote] = useState('');
  async function draftOverview() {
    const checked = validateProgressReport(coupleId, { ...values, overview: '' });
    if (!checked.ok || checked.request.kind !== 'progress') {
      setDraftNote('Fix the fields marked above first: the draft follows the period and options.');
      return;
    }
    setDrafting(true);
    try {
      const { draft } = await invoke('reports:overviewDraft', { options: checked.request.options });
      onDraft(draft);
      setDraftNote('Drafted from the record. Edit it before generating; what you leave here is what prints.');
    } catch {
      setDraftNote('The draft could not be made. You can write the paragraph yourself.');
    } finally {
      setDrafting(false);
    }
  }
  return { drafting, draftNote, draftOverview };
}
