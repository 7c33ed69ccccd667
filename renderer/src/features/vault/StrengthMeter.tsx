import type { PassphraseFeedback, PassphraseStrength } from '@shared/domain/passphrase';

const LABELS: Record<PassphraseStrength, string> = {
  'too-weak': 'Too weak',
  fair: 'Fair',
  good: 'Good',
  strong: 'Strong',
};

const LEVEL: Record<PassphraseStrength, number> = { 'too-weak': 1, fair: 2, good: 3, strong: 4 };

function advice(feedback: PassphraseFeedback): string {
  if (feedback.issue) return feedback.issue;
  return feedback.strength === 'fair' ? 'Acceptable; another word would make it stronger.' : 'Good choice.';
}

/**
 * The live strength of a new passphrase: a four-step bar (decorative) and the words that
 * matter (strength and, when refused, the rule it breaks), announced politely as they change.
 * `showIssue` is off while the field itself shows that rule as its error, to say it once.
 */
export function StrengthMeter({
  feedback,
  id,
  empty,
  showIssue,
}: {
  feedback: PassphraseFeedback;
  id: string;
  empty: boolean;
  showIssue: boolean;
}) {
  const level = empty ? 0 : LEVEL[feedback.strength];
  return (
    <div className="strength" id={id}>
      <div
        className={`strength__bar strength__bar--${empty ? 'empty' : feedback.strength}`}
        aria-hidden="true"
      >
        {[1, 2, 3, 4].map((step) => (
          <span key={step} className={`strength__step${step <= level ? ' strength__step--on' : ''}`} />
        ))}
      </div>
      <p className="strength__text" aria-live="polite">
        {empty ? (
          'Strength: nothing entered yet.'
        ) : (
          <>
            <span className="strength__label">Strength: {LABELS[feedback.strength]}.</span>
            {feedback.issue && !showIssue ? null : ` ${advice(feedback)}`}
          </>
        )}
      </p>
    </div>
  );
}
