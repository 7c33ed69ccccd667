import { errorMessage, isApiError } from '@renderer/api/client';
import { ConfirmDialog } from '@renderer/ui/Dialog';
import { TextAreaField } from '@renderer/ui/TextAreaField';
import type { SafetyFlag } from '@shared/contract/safety';
import { safetyContract } from '@shared/contract/safety';
import { formatInstant } from '@shared/domain/dates';
import { useState } from 'react';
import { safetyReasonLabel, safetySourceLabels } from './labels';
import { useResolveSafetyFlag } from './queries';

const resolveInput = safetyContract['safety:resolve'].input;

/**
 * Records how a safety concern was addressed. The flag stays on the couple everywhere
 * until this is done; the note is kept with the flag.
 */
export function ResolveSafetyDialog({ flag, onClose }: { flag: SafetyFlag | null; onClose(): void }) {
  const [resolution, setResolution] = useState('');
  const [error, setError] = useState<string | null>(null);
  const resolve = useResolveSafetyFlag(flag?.coupleId ?? '');

  function close() {
    setResolution('');
    setError(null);
    resolve.reset();
    onClose();
  }

  function confirm() {
    if (!flag) return;
    const parsed = resolveInput.safeParse({ id: flag.id, resolution });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Describe how the concern was addressed');
      return;
    }
    setError(null);
    resolve.mutate(
      { id: flag.id, resolution: parsed.data.resolution },
      {
        onSuccess: close,
        onError: (failure) => setError(isApiError(failure) ? (failure.fields.resolution ?? null) : null),
      },
    );
  }

  const formError = resolve.isError && !error ? errorMessage(resolve.error) : null;
  return (
    <ConfirmDialog
      open={flag !== null}
      title="Record how the safety concern was addressed"
      confirmLabel="Mark as addressed"
      busy={resolve.isPending}
      error={formError}
      onConfirm={confirm}
      onCancel={close}
    >
      {flag ? (
        <>
          <p>
            Raised {formatInstant(flag.raisedAt)} from {safetySourceLabels[flag.source]}:
          </p>
          <ul className="reason-list">
            {flag.reasons.map((reason) => (
              <li key={reason}>{safetyReasonLabel(reason)}</li>
            ))}
          </ul>
          <TextAreaField
            name="resolution"
            label="How it was addressed"
            hint="For example: individual safety planning with each partner; joint sessions paused until reviewed."
            value={resolution}
            onValueChange={(text) => {
              setResolution(text);
              setError(null);
            }}
            error={error}
            rows={4}
          />
        </>
      ) : null}
    </ConfirmDialog>
  );
}
