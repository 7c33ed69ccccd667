import { PageHeading } from '@renderer/ui/PageHeading';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { CoupleForm } from './CoupleForm';
import { emptyCoupleForm } from './coupleValues';
import { today } from './format';
import { useCreateCouple } from './queries';

export function NewCouplePage() {
  const navigate = useNavigate();
  const create = useCreateCouple();
  const [initial] = useState(() => emptyCoupleForm(today()));
  return (
    <div className="page">
      <PageHeading>Add a couple</PageHeading>
      <CoupleForm
        initial={initial}
        submitLabel="Save couple"
        onSubmit={async (input) => {
          const couple = await create.mutateAsync(input);
          // Replace the form in history: Back from the new record goes to the list, not an empty form.
          navigate(`/couples/${couple.id}`, { replace: true, state: { flash: 'Couple added.' } });
        }}
        onCancel={() => navigate('/couples')}
      />
    </div>
  );
}
