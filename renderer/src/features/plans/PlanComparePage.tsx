import { formatInstantDate } from '@renderer/features/couples/format';
import { SelectField } from '@renderer/ui/SelectField';
import { EmptyState, QueryView } from '@renderer/ui/states';
import type { Couple } from '@shared/contract/couples';
import type { PlanVersionSummary } from '@shared/contract/plans';
import { useQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router';
import { PlanDiffList } from './PlanDiffList';
import { PlanPageFrame } from './PlanPageFrame';
import { planStatusLabels } from './planLabels';
import { couplePlanQuery, planDiffQuery } from './queries';

function optionLabel(version: PlanVersionSummary): string {
  const when = version.signedAt ? `signed ${formatInstantDate(version.signedAt)}` : 'not signed';
  return `Version ${version.version}: ${planStatusLabels[version.status].toLowerCase()}, ${when}`;
}

/** Any two versions side by side as a readable list of changes; the choice lives in the address. */
export function PlanComparePage() {
  const { id = '' } = useParams();
  return (
    <PlanPageFrame coupleId={id} title="Compare plan versions">
      {(couple) => <CompareBody couple={couple} />}
    </PlanPageFrame>
  );
}

function CompareBody({ couple }: { couple: Couple }) {
  const plan = useQuery(couplePlanQuery(couple.id));
  const [params, setParams] = useSearchParams();
  return (
    <QueryView query={plan} loading="Loading the versions…" errorTitle="The versions could not be loaded">
      {(planData) => {
        // Oldest first reads naturally in the pickers: from an earlier version to a later one.
        const versions = [...planData.versions].sort((a, b) => a.version - b.version);
        if (versions.length < 2)
          return (
            <EmptyState title="Only one version so far">
              <p>Once the plan has been revised there are two versions to compare.</p>
            </EmptyState>
          );
        const has = (value: string | null) => versions.some((version) => version.id === value);
        const latest = versions.at(-1);
        const previous = versions.at(-2);
        const fromId = has(params.get('from')) ? (params.get('from') ?? '') : (previous?.id ?? '');
        const toId = has(params.get('to')) ? (params.get('to') ?? '') : (latest?.id ?? '');
        const options = versions.map((version) => ({ value: version.id, label: optionLabel(version) }));
        const choose = (which: 'from' | 'to', value: string) =>
          setParams(
            { from: which === 'from' ? value : fromId, to: which === 'to' ? value : toId },
            { replace: true },
          );

        return (
          <div className="tab-panel__stack">
            <div className="field-grid compare-pickers">
              <SelectField
                name="from"
                label="From version"
                value={fromId}
                options={options}
                onValueChange={(v) => choose('from', v)}
              />
              <SelectField
                name="to"
                label="To version"
                value={toId}
                options={options}
                onValueChange={(v) => choose('to', v)}
              />
            </div>
            {fromId === toId ? (
              <p className="notice notice--info">Choose two different versions to see what changed.</p>
            ) : (
              <DiffResult fromId={fromId} toId={toId} />
            )}
          </div>
        );
      }}
    </QueryView>
  );
}

function DiffResult({ fromId, toId }: { fromId: string; toId: string }) {
  const diff = useQuery(planDiffQuery(fromId, toId));
  return (
    <QueryView query={diff} loading="Comparing…" errorTitle="The versions could not be compared">
      {(diffData) => {
        return (
          <section aria-labelledby="diff-heading" className="panel">
            <h2 id="diff-heading" className="diff__heading">
              From version {diffData.from.version} to version {diffData.to.version}:{' '}
              {diffData.changes.length === 1 ? '1 change' : `${diffData.changes.length} changes`}
            </h2>
            <PlanDiffList changes={diffData.changes} />
          </section>
        );
      }}
    </QueryView>
  );
}
