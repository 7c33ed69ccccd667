import { today as todayIso } from '@renderer/features/couples/format';
import { PlanEditor } from '@renderer/features/plans/editor/PlanEditor';
import { EmptyState, QueryView } from '@renderer/ui/states';
import type { Couple } from '@shared/contract/couples';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { PlanPageFrame } from './PlanPageFrame';
import { couplePlanQuery } from './queries';
import { StartPlanActions } from './StartPlanActions';
import { usePartnerNames } from './usePartnerNames';

/** The couple's open draft in the editor; signing or discarding returns to the Plan tab. */
export function PlanDraftPage() {
  const { id = '' } = useParams();
  return (
    <PlanPageFrame coupleId={id} title="Treatment plan draft">
      {(couple) => <DraftBody couple={couple} />}
    </PlanPageFrame>
  );
}

function DraftBody({ couple }: { couple: Couple }) {
  const plan = useQuery(couplePlanQuery(couple.id));
  const navigate = useNavigate();
  const partnerNames = usePartnerNames(couple);
  const [today] = useState(todayIso);
  const backToPlan = (flash: string) => navigate(`/couples/${couple.id}?tab=plan`, { state: { flash } });

  return (
    <QueryView query={plan} loading="Opening the draft…" errorTitle="The draft could not be opened">
      {(planData) => {
        const { draft, active } = planData;
        if (!draft)
          return (
            <EmptyState
              title="No draft is open"
              action={<StartPlanActions coupleId={couple.id} hasActive={active !== null} />}
            >
              <p>Start one from a proposal, a blank page or, when there is one, the active plan.</p>
            </EmptyState>
          );
        return (
          <PlanEditor
            key={draft.id}
            coupleId={couple.id}
            draft={draft}
            partnerNames={partnerNames}
            safetyFlagOpen={couple.openSafetyFlags > 0}
            today={today}
            onSigned={(version) =>
              backToPlan(`Version ${version.version} is signed and is now the active plan.`)
            }
            onDiscarded={() => backToPlan('The draft was discarded.')}
          />
        );
      }}
    </QueryView>
  );
}
