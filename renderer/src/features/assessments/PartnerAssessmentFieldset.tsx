import { CheckboxField } from '@renderer/ui/CheckboxField';
import { ChecklistField } from '@renderer/ui/ChecklistField';
import type { FieldBinder } from '@renderer/ui/formController';
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
  fields,
  today,
}: {
  partnerKey: PartnerKey;
  title: string;
  /** The form's fields for this partner (`partnerA.ratings.trust`...). */
  fields: FieldBinder<PartnerAssessmentValues>;
  today: string;
}) {
  const { values } = fields;
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
            {...fields.bind(`ratings.${area}`)}
            label={ratingAreaLabels[area]}
            type="number"
            inputMode="numeric"
            min={0}
            max={10}
            step={1}
            className="input--short"
          />
        ))}
      </div>

      <h3 className="partner-fieldset__heading">Addiction profile</h3>
      <div className="field-grid">
        <TextField
          {...fields.bind('substances')}
          label="Substances or behaviors"
          optional
          hint="Separated by commas: alcohol, gambling"
        />
        <TextField {...fields.bind('yearsOfUse')} label="Years of use" optional inputMode="decimal" />
        <TextField
          {...fields.bind('lastUseDate')}
          label="Date of last use"
          optional
          type="date"
          max={today}
        />
        <TextField
          {...fields.bind('medicationAssistedTreatment')}
          label="Medication-assisted treatment"
          optional
        />
      </div>
      <TextAreaField {...fields.bind('priorTreatment')} label="Prior treatment" optional rows={2} />
      <CheckboxField
        {...fields.bind('dsm5Assessed', { clears: ['dsm5Criteria'] })}
        label="DSM-5 criteria assessed for this partner"
        hint="Leave unticked when the criteria were not gone through: the severity then reads “Not assessed”, not “no use disorder”."
      />
      {values.dsm5Assessed ? (
        <ChecklistField
          {...fields.bind('dsm5Criteria')}
          legend="DSM-5 use-disorder criteria met (past 12 months)"
          items={dsm5Criteria}
          footer={<SeverityScore dsm5Assessed criteriaMet={scores.criteriaMet} severity={scores.severity} />}
        />
      ) : (
        <SeverityScore dsm5Assessed={false} criteriaMet={0} severity="none" />
      )}

      <h3 className="partner-fieldset__heading">Trust and co-dependency</h3>
      <ChecklistField
        {...fields.bind('trustHistory')}
        legend={trustHistoryHeading(position)}
        hint={`What partner ${position} did, not what was done to them; the other partner's own behavior goes in their section.`}
        items={trustHistoryItems}
      />
      <ChecklistField
        {...fields.bind('codependency')}
        legend="Co-dependency or enabling indicators"
        items={codependencyItems}
      />

      <h3 className="partner-fieldset__heading">Commitment and goal</h3>
      <div className="field-grid">
        <SelectField
          {...fields.bind('commitment')}
          label="Commitment to the work"
          options={COMMITMENT_OPTIONS}
        />
        <SelectField {...fields.bind('intent')} label="Why this partner has come" options={INTENT_OPTIONS} />
      </div>
      <TextAreaField {...fields.bind('ownGoal')} label="Own goal, in their words" optional rows={2} />

      <h3 className="partner-fieldset__heading">Safety screen</h3>
      <fieldset
        className={`checklist checklist--safety${scores.positiveSafety.length > 0 ? ' checklist--positive' : ''}`}
      >
        <legend className="checklist__legend">Asked privately; record each item’s answer</legend>
        {safetyItems.map((item) => (
          <RadioGroupField
            key={item.id}
            {...fields.bind(`safety.${item.id}`, { clears: ['safety'] })}
            legend={item.label}
            inline
            options={SAFETY_OPTIONS}
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
            {...fields.bind(`auditC.${question.id}`, { clears: ['auditC'] })}
            label={question.text}
            optional
            options={[
              { value: '', label: 'Not asked' },
              ...question.options.map((text, score) => ({
                value: String(score),
                label: `${text} (${score})`,
              })),
            ]}
          />
        ))}
        <SelectField
          {...fields.bind('auditCSex')}
          label="Sex for the AUDIT-C cut-off"
          options={SEX_OPTIONS}
        />
        <AuditCScore result={scores.auditC} />
      </div>
    </fieldset>
  );
}
