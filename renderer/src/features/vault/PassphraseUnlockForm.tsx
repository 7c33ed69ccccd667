import { invoke, isApiError } from '@renderer/api/client';
import { PassphraseField } from '@renderer/ui/PassphraseField';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
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
  const [passphrase, setPassphrase] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const { failure, setFailure, waitSeconds, problemId } = useAttemptFailure();
  const inputRef = useRef<HTMLInputElement>(null);

  // The unlock screen exists to take the passphrase: start there.
  useEffect(() => {
    inputRef.current?.focus();
  }, []);

  const unlock = useMutation({
    mutationFn: (value: string) => invoke('vault:unlock', { passphrase: value }),
    onSuccess: () => {
      setPassphrase('');
      onUnlocked();
    },
    onError: (error) => {
      if (!isApiError(error)) return;
      setFailure(error);
      // Select what was typed so the next attempt replaces it without clearing by hand.
      inputRef.current?.focus();
      inputRef.current?.select();
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!passphrase) {
      setFailure(null);
      setFieldError('Enter your passphrase.');
      inputRef.current?.focus();
      return;
    }
    setFieldError(null);
    unlock.mutate(passphrase);
  }

  const problem = failure ? describeUnlockError(failure) : null;
  const waiting = waitSeconds > 0;
  return (
    <form className="form" onSubmit={submit} noValidate>
      <PassphraseField
        name="unlockPassphrase"
        label="Passphrase"
        value={passphrase}
        onValueChange={setPassphrase}
        error={fieldError}
        // The notice below explains what went wrong; the field points at it rather than repeat it.
        invalid={problem?.field === 'secret'}
        describedByExtra={problem ? problemId : undefined}
        autoComplete="current-password"
        inputRef={inputRef}
        busy={unlock.isPending}
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
        <button type="submit" className="button button--primary" disabled={unlock.isPending || waiting}>
          {unlock.isPending ? 'Unlocking…' : 'Unlock'}
        </button>
      </div>
    </form>
  );
}
