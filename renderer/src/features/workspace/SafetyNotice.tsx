import { ResolveSafetyDialog } from '@renderer/features/safety/ResolveSafetyDialog';
import { SafetyFlagList } from '@renderer/features/safety/SafetyFlagList';
import type { SafetyFlag } from '@shared/contract/safety';
import { useState } from 'react';

/**
 * The couple's open safety flags, first on the screen and impossible to miss: what raised each,
 * what it changes in this session, and the way to record how it was addressed.
 */
export function SafetyNotice({ flags, onResolved }: { flags: readonly SafetyFlag[]; onResolved(): void }) {
  const [resolving, setResolving] = useState<SafetyFlag | null>(null);
  if (flags.length === 0) return null;
  return (
    <section
      id="workspace-safety"
      className="banner banner--safety workspace-safety"
      aria-labelledby="workspace-safety-title"
    >
      <h2 id="workspace-safety-title" className="banner__title" tabIndex={-1}>
        <span aria-hidden="true">⚠ </span>
        {flags.length === 1 ? 'A safety concern is open' : `${flags.length} safety concerns are open`}
      </h2>
      <p>
        <strong>Joint homework is paused</strong> until it is addressed: joint, touch and conflict exercises
        cannot be assigned, and individual alternatives are offered instead. The note needs its risk review
        before it can be signed.
      </p>
      <SafetyFlagList flags={flags} onResolve={setResolving} />
      <ResolveSafetyDialog
        flag={resolving}
        onClose={() => {
          setResolving(null);
          onResolved();
        }}
      />
    </section>
  );
}
