import { invoke, isApiError } from '@renderer/api/client';
import { PassphraseField } from '@renderer/ui/PassphraseField';
import { useForm } from '@renderer/ui/useForm';
import { useEffect, useRef } from 'react';
import { UnlockProblemNotice } from './UnlockProblemNotice';
import { describeUnlockError } from './unlockErrors';
import { useAttemptFailure } from './useCountdown';

/** The everyday unlock: one passphrase field, specific errors, and the wait after repeated misses. */
export function PassphraseUnlockForm({
  onUnlocked,
  onRestore,
}: {
  onUnlocked(): void;
  /** Offered in the notice when restoring a backup is the way forward. */
  onRestore?: () => void;
}) {
  const { failure, setFailure, waitSeconds, problemId } = useAttemptFailure();
  const inputRef = useRef<HTMLInputElement>(null);

  // The unlock screen exists to take the passphrase: start there.
  useEffect(() => {
    inputRef.current?.focus();
  }, []);

  const form = useForm<{ passphrase: string }, string>({
    initial: { passphrase: '' },
    validate: ({ passphrase }) => {
      if (passphrase) return { ok: true, input: passphrase };
      setFailure(null);
      return { ok: false, errors: { passphrase: 'Enter your passphrase.' } };
    },
    save: async (passphrase) => {
      await invoke('vault:unlock', { passphrase });
      form.setValues({ passphrase: '' });
      onUnlocked();
    },
    // Every refusal is explained by the notice below the field, never at the field itself.
    onFailure: (error) => {
      if (!isApiError(error)) return true;
      setFailure(error);
      // Select what was typed so the next attempt replaces it without clearing by hand.
      inputRef.current?.focus();
      inputRef.current?.select();
      return true;
    },
    focus: 'field',
    failureMessage: 'Rekindle did not answer. Please try again.',
  });

  const problem = failure ? describeUnlockError(failure) : null;
  const waiting = waitSeconds > 0;
  return (
    <form className="form" onSubmit={form.submit} noValidate>
      <PassphraseField
        {...form.bind('passphrase', { name: 'unlockPassphrase' })}
        label="Passphrase"
        // The notice below explains what went wrong; the field points at it rather than repeat it.
        invalid={problem?.field === 'secret'}
        describedByExtra={problem ? problemId : undefined}
        autoComplete="current-password"
        inputRef={inputRef}
        busy={form.saving}
      />
      {problem ? (
        <UnlockProblemNotice
          id={problemId}
          problem={problem}
          waitSeconds={waitSeconds}
          onRestore={onRestore}
        />
      ) : null}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={form.saving || waiting}>
          {form.saving ? 'Unlocking…' : 'Unlock'}
        </button>
      </div>
    </form>
  );
}
