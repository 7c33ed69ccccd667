import { errorMessage, invoke } from '@renderer/api/client';
import { useMutation } from '@tanstack/react-query';
import { useId } from 'react';

/**
 * The way into the demo practice, kept apart from setting up (or unlocking) the real one.
 * `compact` is a single line for the unlock screen's footer.
 */
export function TryDemoChoice({ onStarted, compact = false }: { onStarted(): void; compact?: boolean }) {
  const headingId = useId();
  const open = useMutation({
    mutationFn: () => invoke('practice:openDemo', {}),
    onSuccess: onStarted,
  });
  const failure = open.isError ? (
    <p className="notice notice--error" role="alert">
      {errorMessage(open.error)}
    </p>
  ) : null;

  if (compact) {
    return (
      <>
        <button type="button" className="link-button" onClick={() => open.mutate()} disabled={open.isPending}>
          Try the demo practice (fictional couples, kept apart from your records)
        </button>
        {failure}
      </>
    );
  }
  return (
    <section className="try-demo" aria-labelledby={headingId}>
      <h2 id={headingId} className="try-demo__title">
        Just looking? Try the demo practice
      </h2>
      <p>
        A practice of <strong>fictional couples</strong> with months of history: sessions, signed notes,
        assessments, treatment plans and progress charts, including a relapse, a stalled milestone and a
        safety flag. It lives in a separate folder with its own passphrase, shown to you; your own records are
        not created or touched. You can leave it at any time and set up your practice.
      </p>
      {failure}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => open.mutate()}
        disabled={open.isPending}
      >
        Try the demo practice
      </button>
    </section>
  );
}
