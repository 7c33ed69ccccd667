import { instrumentById } from '@shared/domain/questionnaires/registry';
import { type RefObject, useId } from 'react';
import { CHECK_IN_INSTRUCTIONS, partTitle, type QuestionStep } from './privateSteps';
import { StepHeading } from './StepHeading';

/**
 * One question as a group of large radio choices: arrow keys move between the answers (as in
 * any radio group), Tab goes on to Back and Next. The instrument's time frame and instructions
 * stand above the question in the published wording, and describe the group.
 */
export function PrivateQuestion({
  step,
  parts,
  value,
  onChoose,
  headingRef,
}: {
  step: QuestionStep;
  /** How many parts the check-in has ("Part 1 of 2"). */
  parts: number;
  value: number | undefined;
  onChoose(value: number): void;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const stemId = useId();
  const definition = step.kind === 'item' ? instrumentById(step.instrument) : null;
  const stem = definition
    ? [definition.instructions, definition.timeframe].filter(Boolean)
    : [CHECK_IN_INSTRUCTIONS];
  const scale = step.kind === 'rating';
  return (
    <>
      <StepHeading
        headingRef={headingRef}
        progress={`${parts > 1 ? `Part ${step.part} of ${parts} · ` : ''}Question ${step.number} of ${step.of}`}
      >
        {partTitle(step)}
      </StepHeading>
      <div id={stemId} className="private-stem">
        {stem.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      <fieldset className="private-question" aria-describedby={stemId}>
        <legend className="private-question__text">{step.text}</legend>
        <div className={scale ? 'private-options private-options--scale' : 'private-options'}>
          {step.options.map((option) => (
            <label key={option.value} className="private-option">
              <input
                type="radio"
                className="private-option__input"
                name={step.key}
                value={option.value}
                checked={value === option.value}
                onChange={() => onChoose(option.value)}
              />
              <span className="private-option__label">{option.label}</span>
            </label>
          ))}
        </div>
        {scale ? (
          <p className="private-scale-ends" aria-hidden="true">
            <span>0: the worst it could be</span>
            <span>10: the best</span>
          </p>
        ) : null}
      </fieldset>
    </>
  );
}
