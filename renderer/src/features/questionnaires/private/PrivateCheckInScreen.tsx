import { errorMessage, invoke } from '@renderer/api/client';
import { useIdleLock } from '@renderer/app/useIdleLock';
import { VaultLayout } from '@renderer/features/vault/VaultLayout';
import { ConfirmDialog } from '@renderer/ui/Dialog';
import { PageHeading } from '@renderer/ui/PageHeading';
import type { Input } from '@shared/contract';
import type { PrivateCheckIn } from '@shared/contract/questionnaires';
import { ratingAreas } from '@shared/domain/assessment';
import { instrumentById } from '@shared/domain/questionnaires/registry';
import { useMutation } from '@tanstack/react-query';
import { type RefObject, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { PrivateQuestion } from './PrivateQuestion';
import { PrivateReview } from './PrivateReview';
import {
  CHECK_IN_TITLE,
  type PrivateAnswers,
  partCount,
  privateSteps,
  privateSubmission,
  type QuestionStep,
  questionSteps,
  unansweredQuestions,
} from './privateSteps';
import { StepHeading } from './StepHeading';

function Intro({
  checkIn,
  headingRef,
}: {
  checkIn: PrivateCheckIn;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  return (
    <>
      <StepHeading headingRef={headingRef}>Before you start</StepHeading>
      <p className="private-lead">
        These questions are for you to answer on your own. When you finish, the answers go to your therapist
        and this screen locks.
      </p>
      <ul className="private-intro__list">
        {checkIn.instruments.map((instrument) => {
          const definition = instrumentById(instrument);
          return (
            <li key={instrument}>
              {definition.shortName}: {definition.items.length} questions
            </li>
          );
        })}
        {checkIn.checkIn ? (
          <li>
            {CHECK_IN_TITLE}: {ratingAreas.length} ratings from 0 to 10
          </li>
        ) : null}
      </ul>
      <p>You can go back to any question before you finish.</p>
    </>
  );
}

/**
 * The partner's own screen: their name, then each questionnaire due one question at a time,
 * the check-in ratings if offered, a review and Finish. Nothing else of the record is here:
 * its props are all the core's `questionnaires:startPrivate` answered, and the record's
 * screens are unmounted behind it. The idle lock still runs.
 */
export function PrivateCheckInScreen({ checkIn, onDone }: { checkIn: PrivateCheckIn; onDone(): void }) {
  const steps = useMemo(() => privateSteps(checkIn), [checkIn]);
  const questions = useMemo(() => questionSteps(checkIn), [checkIn]);
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<PrivateAnswers>({});
  const [attempt, setAttempt] = useState(0);
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const lockIdle = useCallback(() => {
    // The lock event moves the app to the unlock screen; if the lock itself fails there is
    // nothing more this screen could do.
    invoke('vault:lock', {}, { lockReason: 'idle' }).catch(() => undefined);
  }, []);
  useIdleLock(checkIn.autoLockMinutes, lockIdle);

  // Each new step starts reading at its heading, and Tab goes on into its answers. The first
  // step is the page's own heading, which focuses itself.
  const shownIndex = useRef(index);
  useEffect(() => {
    if (shownIndex.current === index) return;
    shownIndex.current = index;
    headingRef.current?.focus();
  }, [index]);

  const submit = useMutation({
    mutationFn: (input: Input<'questionnaires:submitPrivate'>) =>
      invoke('questionnaires:submitPrivate', input),
    onSuccess: onDone,
  });
  const cancel = useMutation({
    mutationFn: () => invoke('questionnaires:cancelPrivate', {}),
    onSuccess: onDone,
  });

  const step = steps[index] ?? { kind: 'intro' as const };
  const last = steps.length - 1;
  const goTo = (key: string) => {
    const found = steps.findIndex((candidate) => 'key' in candidate && candidate.key === key);
    if (found >= 0) setIndex(found);
  };
  const choose = (question: QuestionStep, value: number) =>
    setAnswers((before) => ({ ...before, [question.key]: value }));
  const missing = attempt > 0 ? unansweredQuestions(checkIn, answers) : [];

  function finish() {
    const result = privateSubmission(checkIn, answers);
    setAttempt((count) => count + 1);
    if (result.ok) submit.mutate(result.input);
  }

  return (
    <VaultLayout partner>
      <PageHeading>
        For <bdi>{checkIn.partnerName}</bdi>
      </PageHeading>
      <form
        className="private-step"
        aria-label={step.kind === 'review' ? 'Check your answers' : 'Question'}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (step.kind === 'review') finish();
          else setIndex((current) => Math.min(current + 1, last));
        }}
      >
        {step.kind === 'intro' ? <Intro checkIn={checkIn} headingRef={headingRef} /> : null}
        {step.kind === 'item' || step.kind === 'rating' ? (
          <PrivateQuestion
            step={step}
            parts={partCount(checkIn)}
            value={answers[step.key]}
            onChoose={(value) => choose(step, value)}
            headingRef={headingRef}
          />
        ) : null}
        {step.kind === 'review' ? (
          <PrivateReview
            questions={questions}
            answers={answers}
            missing={missing}
            attempt={attempt}
            onChange={goTo}
            headingRef={headingRef}
          />
        ) : null}
        {submit.isError ? (
          <p className="field__error private-error" role="alert">
            Your answers could not be saved: {errorMessage(submit.error)} Please try Finish again.
          </p>
        ) : null}
        <div className="private-actions">
          {index > 0 ? (
            <button
              type="button"
              className="button button--secondary private-button"
              onClick={() => setIndex((current) => Math.max(current - 1, 0))}
            >
              Back
            </button>
          ) : null}
          <button type="submit" className="button button--primary private-button" disabled={submit.isPending}>
            {step.kind === 'intro'
              ? 'Start'
              : step.kind === 'review'
                ? submit.isPending
                  ? 'Saving…'
                  : 'Finish'
                : 'Next'}
          </button>
        </div>
      </form>
      <p className="private-cancel">
        <button type="button" className="link-button" onClick={() => setConfirmingCancel(true)}>
          Hand back without answering
        </button>
      </p>
      <ConfirmDialog
        open={confirmingCancel}
        title="Hand back without answering?"
        confirmLabel="Hand back"
        cancelLabel="Keep answering"
        busy={cancel.isPending}
        error={cancel.isError ? errorMessage(cancel.error) : null}
        onConfirm={() => cancel.mutate()}
        onCancel={() => setConfirmingCancel(false)}
      >
        <p>Nothing you chose here is saved. Your therapist can offer the questions again another time.</p>
      </ConfirmDialog>
    </VaultLayout>
  );
}
