import { ErrorSummary } from '@renderer/ui/ErrorSummary';
import type { RefObject } from 'react';
import {
  answerLabel,
  type PrivateAnswers,
  partTitle,
  type QuestionStep,
  questionLabel,
} from './privateSteps';
import { StepHeading } from './StepHeading';

/** The questions grouped by part, in the order asked. */
function byPart(steps: readonly QuestionStep[]): QuestionStep[][] {
  const parts: QuestionStep[][] = [];
  for (const step of steps) {
    const last = parts.at(-1);
    if (last && last[0]?.part === step.part) last.push(step);
    else parts.push([step]);
  }
  return parts;
}

/**
 * Every answer before Finish, each with a way back to change it. Unanswered questions are
 * marked here and, once Finish is tried, named in an error summary that links to each.
 */
export function PrivateReview({
  questions,
  answers,
  missing,
  attempt,
  onChange,
  headingRef,
}: {
  questions: readonly QuestionStep[];
  answers: PrivateAnswers;
  /** The questions Finish found unanswered (empty before Finish is tried). */
  missing: readonly QuestionStep[];
  attempt: number;
  onChange(key: string): void;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  return (
    <>
      <StepHeading headingRef={headingRef}>Check your answers</StepHeading>
      <ErrorSummary
        title={
          missing.length === 1 ? 'One question is not answered yet' : 'Some questions are not answered yet'
        }
        items={missing.map((step) => ({ path: step.key, message: questionLabel(step) }))}
        attempt={attempt}
        onFollow={onChange}
      />
      {byPart(questions).map((part) => {
        const first = part[0];
        if (!first) return null;
        return (
          <section key={first.part} className="private-review" aria-label={partTitle(first)}>
            <h3 className="private-review__title">{partTitle(first)}</h3>
            <ol className="private-review__list">
              {part.map((step) => {
                const answer = answerLabel(step, answers);
                return (
                  <li key={step.key} className="private-review__item">
                    <span className="private-review__question">{step.text}</span>
                    <span
                      className={
                        answer === null
                          ? 'private-review__answer private-review__answer--missing'
                          : 'private-review__answer'
                      }
                    >
                      {answer ?? 'Not answered'}
                    </span>
                    <button
                      type="button"
                      className="button button--secondary button--small private-review__change"
                      aria-label={`Change the answer to ${partTitle(step)} question ${step.number}`}
                      onClick={() => onChange(step.key)}
                    >
                      Change
                    </button>
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </>
  );
}
