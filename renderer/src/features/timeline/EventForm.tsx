import { UNEXPECTED_FAILURE } from '@renderer/api/client';
import { today } from '@renderer/features/couples/format';
import { SelectField } from '@renderer/ui/SelectField';
import { TextAreaField } from '@renderer/ui/TextAreaField';
import { TextField } from '@renderer/ui/TextField';
import { useForm } from '@renderer/ui/useForm';
import type { Input } from '@shared/contract';
import { eventKindLabels, eventKinds, timelineContract } from '@shared/contract/timeline';
import { useState } from 'react';
import { useCreateEvent } from './queries';

const eventInput = timelineContract['timeline:addEvent'].input;
type Kind = (typeof eventKinds)[number];

interface EventValues {
  kind: Kind | '';
  occurredOn: string;
  partner: '' | 'A' | 'B';
  description: string;
}

const KIND_OPTIONS = [
  { value: '' as const, label: 'Choose…' },
  ...eventKinds.map((kind) => ({ value: kind, label: eventKindLabels[kind] })),
];
const PARTNER_OPTIONS = [
  { value: '' as const, label: 'Both or not specific' },
  { value: 'A' as const, label: 'Partner A' },
  { value: 'B' as const, label: 'Partner B' },
];

/** Records something that happened outside a session: a relapse, a disclosure, a crisis, a milestone. */
export function EventForm({ coupleId, onDone }: { coupleId: string; onDone(): void }) {
  const create = useCreateEvent(coupleId);
  const [initial] = useState<EventValues>(() => ({
    kind: '',
    occurredOn: today(),
    partner: '',
    description: '',
  }));
  const form = useForm<EventValues, Input<'timeline:addEvent'>>({
    initial,
    schema: eventInput,
    draft: (values) => ({
      ...values,
      coupleId,
      kind: values.kind === '' ? undefined : values.kind,
      partner: values.partner === '' ? null : values.partner,
    }),
    save: async (input) => {
      await create.mutateAsync(input);
      onDone();
    },
    namePrefix: 'event.',
    focus: 'none',
    failureMessage: UNEXPECTED_FAILURE,
  });

  return (
    <form className="form panel" onSubmit={form.submit} noValidate aria-labelledby="event-form-heading">
      <h3 id="event-form-heading">Record an event</h3>
      <div className="field-grid">
        <SelectField {...form.bind('kind')} label="What happened" options={KIND_OPTIONS} />
        <TextField {...form.bind('occurredOn')} label="Date" type="date" />
        <SelectField {...form.bind('partner')} label="Partner" options={PARTNER_OPTIONS} />
      </div>
      <TextAreaField {...form.bind('description')} label="Description" rows={3} />
      {form.formError ? (
        <p className="field__error" role="alert">
          {form.formError}
        </p>
      ) : null}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={form.saving}>
          {form.saving ? 'Saving…' : 'Save event'}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone} disabled={form.saving}>
          Cancel
        </button>
      </div>
    </form>
  );
}
