import { sessionTitle } from '@renderer/features/sessions/labels';
import { SelectField } from '@renderer/ui/SelectField';
import type { Session } from '@shared/contract/sessions';

/** A booking is not a session anything was observed in until its outcome is recorded. */
function observable(sessions: readonly Session[]): Session[] {
  return sessions.filter((session) => session.outcome !== 'booked');
}

/** The date of a session that can be picked, which an observation made in it takes; null for none. */
export function sessionDate(sessions: readonly Session[], sessionId: string): string | null {
  return observable(sessions).find((session) => session.id === sessionId)?.date ?? null;
}

/** The session an in-session observation was made in: the couple's sessions, newest first. */
export function SessionPicker({
  sessions,
  name,
  value,
  error,
  onValueChange,
}: {
  sessions: readonly Session[];
  name: string;
  value: string;
  error?: string | undefined;
  onValueChange(sessionId: string): void;
}) {
  const sorted = observable(sessions).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const options = [
    { value: '', label: sorted.length > 0 ? 'Choose a session' : 'No sessions recorded yet' },
    ...sorted.map((session) => ({
      value: session.id,
      label: `${sessionTitle(session)}${session.outcome === 'held' ? '' : ` (${session.outcome === 'noShow' ? 'no-show' : 'cancelled'})`}`,
    })),
  ];
  return (
    <SelectField
      name={name}
      label="Session"
      value={value}
      options={options}
      error={error}
      hint="The session the observation was made in"
      onValueChange={onValueChange}
    />
  );
}
