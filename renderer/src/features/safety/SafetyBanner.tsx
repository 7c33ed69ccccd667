import { QueryView } from '@renderer/ui/states';
import type { SafetyFlag } from '@shared/contract/safety';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { openSafetyFlagsQuery } from './queries';
import { ResolveSafetyDialog } from './ResolveSafetyDialog';
import { SafetyFlagList } from './SafetyFlagList';

/**
 * The couple's open safety flags, impossible to miss, each with what raised it and a way
 * to record how it was addressed.
 */
export function SafetyBanner({ coupleId, openCount }: { coupleId: string; openCount: number }) {
  const flags = useQuery({ ...openSafetyFlagsQuery(coupleId), enabled: openCount > 0 });
  const [resolving, setResolving] = useState<SafetyFlag | null>(null);
  if (openCount <= 0) return null;
  return (
    <section className="banner banner--safety" aria-labelledby="safety-banner-title">
      <h2 id="safety-banner-title" className="banner__title">
        {openCount === 1 ? 'A safety concern is open' : `${openCount} safety concerns are open`}
      </h2>
      <p>
        A safety screen for this couple was positive and has not been resolved. Review it before any joint
        session: partner violence and active crisis rule out conjoint work until they are addressed.
      </p>
      <QueryView
        query={flags}
        loading="Loading the open flags…"
        errorTitle="The open flags could not be loaded"
        inline
      >
        {({ items }) => <SafetyFlagList flags={items} onResolve={setResolving} />}
      </QueryView>
      <ResolveSafetyDialog flag={resolving} onClose={() => setResolving(null)} />
    </section>
  );
}
