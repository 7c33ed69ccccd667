import { PageHeading } from '@renderer/ui/PageHeading';
import { pageFrame, QueryView } from '@renderer/ui/states';
import type { Couple } from '@shared/contract/couples';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { CoupleForm } from './CoupleForm';
import { coupleFormFromCouple } from './coupleValues';
import { coupleQuery, useUpdateCouple } from './queries';

export function EditCouplePage() {
  const { id = '' } = useParams();
  const couple = useQuery(coupleQuery(id));

  return (
    <QueryView
      query={couple}
      loading="Loading the couple…"
      errorTitle="This couple could not be opened"
      frame={pageFrame('Edit couple')}
    >
      {(found) => (
        // Keyed by id so a different couple starts from its own values, never the last one's.
        <EditForm key={found.id} couple={found} />
      )}
    </QueryView>
  );
}

function EditForm({ couple }: { couple: Couple }) {
  const navigate = useNavigate();
  const update = useUpdateCouple(couple.id);
  const detailPath = `/couples/${couple.id}`;
  const [initial] = useState(() => coupleFormFromCouple(couple));
  return (
    <div className="page">
      <PageHeading>Edit {couple.displayName}</PageHeading>
      <CoupleForm
        initial={initial}
        submitLabel="Save changes"
        onSubmit={async (input) => {
          await update.mutateAsync(input);
          navigate(detailPath, { replace: true, state: { flash: 'Changes saved.' } });
        }}
        onCancel={() => navigate(detailPath, { replace: true })}
      />
    </div>
  );
}
