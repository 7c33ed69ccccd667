import { CheckboxField } from '@renderer/ui/CheckboxField';
import { ChecklistField } from '@renderer/ui/ChecklistField';
import type { FieldErrors } from '@renderer/ui/fieldErrors';
import { RadioGroupField, type RadioOption } from '@renderer/ui/RadioGroupField';
import { SelectField, type SelectOption } from '@renderer/ui/SelectField';
import { TextAreaField } from '@renderer/ui/TextAreaField';
import { TextField } from '@renderer/ui/TextField';
import {
  type AuditCSex,
  auditCQuestions,
  codependencyItems,
  dsm5Criteria,
  ratingAreaLabels,
  ratingAreas,
  type SafetyAnswer,
  safetyItems,
  safetyScreenText,
  trustHistoryHeading,
  trustHistoryItems,
} from '@shared/domain/assessment';
import { liveScores, type PartnerAssessmentValues, type PartnerKey } from './assessmentValues';
import { AuditCScore, SeverityScore } from './ScoreLine';

const COMMITMENT_OPTIONS: SelectOption<PartnerAssessmentValues['commitment']>[] = [
  { value: '', label: 'Choose…' },
  { value: '1', label: '1 · Not committed' },
  { value: '2', label: '2 · Hesitant' },
  { value: '3', label: '3 · Willing' },
  { value: '4', label: '4 · Committed' },
  { value: '5', label: '5 · Fully committed' },
];

const INTENT_OPTIONS: SelectOption<PartnerAssessmentValues['intent']>[] = [
  { value: '', label: 'Choose…' },
  { value: 'improve', label: 'Improve the relationship' },
  { value: 'decide', label: 'Decide whether to stay' },
  { value: 'unsure', label: 'Unsure' },
];

const SAFETY_OPTIONS: RadioOption<SafetyAnswer>[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'notAsked', label: 'Not asked' },
];

const SEX_OPTIONS: SelectOption<AuditCSex>[] = [
  { value: 'unspecified', label: 'Not recorded (cut-off 3)' },
  { value: 'female', label: 'Female (cut-off 3)' },
  { value: 'male', label: 'Male (cut-off 4)' },
];

/** One partner's side of the assessment: the same sections for A and B. */
export function PartnerAssessmentFieldset({
  partnerKey,
  title,
  values,
  errors,
  today,
  onChange,
}: {
  partnerKey: PartnerKey;
  title: string;
  values: PartnerAssessmentValues;
  errors: FieldErrors;
  today: string;
  onChange(patch: Partial<PartnerAssessmentValues>, paths: string[]): void;
}) {
  const path = (field: string) => `${partnerKey}.${field}`;
  const error = (field: string) => errors[path(field)];
  const scores = liveScores(values);
  const position = partnerKey === 'partnerA' ? 'A' : 'B';

  return (
    <fieldset className="partner-fieldset assessment-partner">
      <legend className="partner-fieldset__legend">
        <span className="partner-fieldset__position">Partner {position}</span> {title}
      </legend>

      <h3 className="partner-fieldset__heading partner-fieldset__heading--first">Ratings (0–10)</h3>
      <div className="rating-grid">
        {ratingAreas.map((area) => (
          <TextField
            key={area}
            name={path(`ratings.${area}`)}
            label={ratingAreaLabels[area]}
            type="number"
            inputMode="numeric"
            min={0}
            max={10}
            step={1}
            className="input--short"
            value={values.ratings[area]}
            error={error(`ratings.${area}`)}
            onValueChange={(text) =>
              onChange({ ratings: { ...values.ratings, [area]: text } }, [`ratings.${area}`])
            }
          />
        ))}
      </div>

      <h3 className="partner-fieldset__heading">Addiction profile</h3>
      <div className="field-grid">
        <TextField
          name={path('substances')}
          label="Substances or behaviors"
          optional
          hint="Separated by commas: alcohol, gambling"
          value={values.substances}
          error={error('substances')}
          onValueChange={(substances) => onChange({ substances }, ['substances'])}
        />
        <TextField
          name={path('yearsOfUse')}
          label="Years of use"
          optional
          inputMode="decimal"
          value={values.yearsOfUse}
          error={error('yearsOfUse')}
          onValueChange={(yearsOfUse) => onChange({ yearsOfUse }, ['yearsOfUse'])}
        />
        <TextField
          name={path('lastUseDate')}
          label="Date of last use"
          optional
          type="date"
          max={today}
          value={values.lastUseDate}
          error={error('lastUseDate')}
          onValueChange={(lastUseDate) => onChange({ lastUseDate }, ['lastUseDate'])}
        />
        <TextField
          name={path('medicationAssistedTreatment')}
          label="Medication-assisted treatment"
          optional
          value={values.medicationAssistedTreatment}
          error={error('medicationAssistedTreatment')}
          onValueChange={(text) =>
            onChange({ medicationAssistedTreatment: text }, ['medicationAssistedTreatment'])
          }
        />
      </div>
      <TextAreaField
        name={path('priorTreatment')}
        label="Prior treatment"
        optional
        rows={2}
        value={values.priorTreatment}
        error={error('priorTreatment')}
        onValueChange={(priorTreatment) => onChange({ priorTreatment }, ['priorTreatment'])}
      />
      <CheckboxField
        name={path('dsm5Assessed')}
        label="DSM-5 criteria assessed for this partner"
        hint="Leave unticked when the criteria were not gone through: the severity then reads “Not assessed”, not “no use disorder”."
        value={values.dsm5Assessed}
        error={error('dsm5Assessed')}
        onValueChange={(dsm5Assessed) => onChange({ dsm5Assessed }, ['dsm5Assessed', 'dsm5Criteria'])}
      />
      {values.dsm5Assessed ? (
        <ChecklistField
          name={path('dsm5Criteria')}
          legend="DSM-5 use-disorder criteria met (past 12 months)"
          items={dsm5Criteria}
          value={values.dsm5Criteria}
          error={error('dsm5Criteria')}
          onValueChange={(dsm5Criteria) => onChange({ dsm5Criteria }, ['dsm5Criteria'])}
          footer={<SeverityScore dsm5Assessed criteriaMet={scores.criteriaMet} severity={scores.severity} />}
        />
      ) : (
        <SeverityScore dsm5Assessed={false} criteriaMet={0} severity="none" />
      )}

      <h3 className="partner-fieldset__heading">Trust and co-dependency</h3>
      <ChecklistField
        name={path('trustHistory')}
        legend={trustHistoryHeading(position)}
        hint={`What partner ${position} did, not what was done to them; the other partner's own behavior goes in their section.`}
        items={trustHistoryItems}
        value={values.trustHistory}
        error={error('trustHistory')}
        onValueChange={(trustHistory) => onChange({ trustHistory }, ['trustHistory'])}
      />
      <ChecklistField
        name={path('codependency')}
        legend="Co-dependency or enabling indicators"
        items={codependencyItems}
        value={values.codependency}
        error={error('codependency')}
        onValueChange={(codependency) => onChange({ codependency }, ['codependency'])}
      />

      <h3 className="partner-fieldset__heading">Commitment and goal</h3>
      <div className="field-grid">
        <SelectField
          name={path('commitment')}
          label="Commitment to the work"
          value={values.commitment}
          options={COMMITMENT_OPTIONS}
          error={error('commitment')}
          onValueChange={(commitment) => onChange({ commitment }, ['commitment'])}
        />
        <SelectField
          name={path('intent')}
          label="Why this partner has come"
          value={values.intent}
          options={INTENT_OPTIONS}
          error={error('intent')}
          onValueChange={(intent) => onChange({ intent }, ['intent'])}
        />
      </div>
      <TextAreaField
        name={path('ownGoal')}
        label="Own goal, in their words"
        optional
        rows={2}
        value={values.ownGoal}
        error={error('ownGoal')}
        onValueChange={(ownGoal) => onChange({ ownGoal }, ['ownGoal'])}
      />

      <h3 className="partner-fieldset__heading">Safety screen</h3>
      <fieldset
        className={`checklist checklist--safety${scores.positiveSafety.length > 0 ? ' checklist--positive' : ''}`}
      >
        <legend className="checklist__legend">Asked privately; record each item’s answer</legend>
        {safetyItems.map((item) => (
          <RadioGroupField
            key={item.id}
            name={path(`safety.${item.id}`)}
            legend={item.label}
            inline
            value={values.safety[item.id]}
            options={SAFETY_OPTIONS}
            error={error(`safety.${item.id}`)}
            onValueChange={(answer) =>
              onChange({ safety: { ...values.safety, [item.id]: answer } }, ['safety', `safety.${item.id}`])
            }
          />
        ))}
        {scores.positiveSafety.length > 0 ? (
          <p className="score score--positive" role="status">
            <span aria-hidden="true">⚠ </span>Positive screen: saving raises a safety flag on this couple
            until you record how it was addressed.
          </p>
        ) : null}
        {/* The screen's state in words as items are answered: a positive one also says what is still unasked. */}
        <p className="score score--none" aria-live="polite">
          {safetyScreenText(scores).text}
        </p>
      </fieldset>

      <h3 className="partner-fieldset__heading">AUDIT-C (alcohol)</h3>
      <div className="audit-c">
        {auditCQuestions.map((question) => (
          <SelectField
            key={question.id}
            name={path(`auditC.${question.id}`)}
            label={question.text}
            optional
            value={values.auditC[question.id]}
            options={[
              { value: '', label: 'Not asked' },
              ...question.options.map((text, score) => ({
                value: String(score),
                label: `${text} (${score})`,
              })),
            ]}
            error={error(`auditC.${question.id}`)}
            onValueChange={(answer) =>
              onChange({ auditC: { ...values.auditC, [question.id]: answer } }, [
                `auditC.${question.id}`,
                'auditC',
              ])
            }
          />
        ))}
        <SelectField
          name={path('auditCSex')}
          label="Sex for the AUDIT-C cut-off"
          value={values.auditCSex}
          options={SEX_OPTIONS}
          error={error('auditCSex')}
          onValueChange={(auditCSex) => onChange({ auditCSex }, ['auditCSex'])}
        />
        <AuditCScore result={scores.auditC} />
      </div>
    </fieldset>
  );
}
