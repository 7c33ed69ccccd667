import { errorMessage, isApiError } from '@renderer/api/client';
import { today } from '@renderer/features/couples/format';
import { type FieldErrors, withoutError } from '@renderer/ui/fieldErrors';
import { SelectField } from '@renderer/ui/SelectField';
import { TextAreaField } from '@renderer/ui/TextAreaField';
import { TextField } from '@renderer/ui/TextField';
import { issuesToFieldErrors } from '@shared/contract/field-issues';
import { eventKindLabels, eventKinds, recordContract } from '@shared/contract/record';
import { type FormEvent, useState } from 'react';
import { useCreateEvent } from './queries';

const eventInput = recordContract['timeline:addEvent'].input;
type Kind = (typeof eventKinds)[number];

/** Records something that happened outside a session: a relapse, a disclosure, a crisis, a milestone. */
export function EventForm({ coupleId, onDone }: { coupleId: string; onDone(): void }) {
  const [kind, setKind] = useState<Kind | ''>('');
  const [occurredOn, setOccurredOn] = useState(today);
  const [partner, setPartner] = useState<'' | 'A' | 'B'>('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useCreateEvent(coupleId);

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = eventInput.safeParse({
      coupleId,
      occurredOn,
      kind: kind === '' ? undefined : kind,
      partner: partner === '' ? null : partner,
      description,
    });
    if (!parsed.success) {
      setErrors(issuesToFieldErrors(parsed.error.issues));
      return;
    }
    create.mutate(parsed.data, {
      onSuccess: onDone,
      onError: (error) => setErrors(isApiError(error) ? error.fields : {}),
    });
  }

  const clear = (path: string) => setErrors((current) => withoutError(current, path));
  return (
    <form className="form panel" onSubmit={submit} noValidate aria-labelledby="event-form-heading">
      <h3 id="event-form-heading">Record an event</h3>
      <div className="field-grid">
        <SelectField
          name="event.kind"
          label="What happened"
          value={kind}
          options={[
            { value: '', label: 'Choose…' },
            ...eventKinds.map((k) => ({ value: k, label: eventKindLabels[k] })),
          ]}
          error={errors.kind}
          onValueChange={(value) => {
            setKind(value);
            clear('kind');
          }}
        />
        <TextField
          name="event.occurredOn"
          label="Date"
          type="date"
          value={occurredOn}
          error={errors.occurredOn}
          onValueChange={(value) => {
            setOccurredOn(value);
            clear('occurredOn');
          }}
        />
        <SelectField
          name="event.partner"
          label="Partner"
          value={partner}
          options={[
            { value: '' as const, label: 'Both or not specific' },
            { value: 'A', label: 'Partner A' },
            { value: 'B', label: 'Partner B' },
          ]}
          onValueChange={(value: '' | 'A' | 'B') => setPartner(value)}
        />
      </div>
      <TextAreaField
        name="event.description"
        label="Description"
        rows={3}
        value={description}
        error={errors.description}
        onValueChange={(value) => {
          setDescription(value);
          clear('description');
        }}
      />
      {create.isError && !(isApiError(create.error) && Object.keys(create.error.fields).length > 0) ? (
        <p className="field__error" role="alert">
          {errorMessage(create.error)}
        </p>
      ) : null}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? 'Saving…' : 'Save event'}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={onDone}
          disabled={create.isPending}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
