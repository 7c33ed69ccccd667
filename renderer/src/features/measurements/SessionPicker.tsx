import { sessionTitle } from '@renderer/features/sessions/labels';
import { SelectField } from '@renderer/ui/SelectField';
import type { Session } from '@shared/contract/sessions';

/**
 * The session an in-session observation was made in: the couple's sessions, newest first.
 * Choosing one also hands back its date, which the observation takes.
 */
export function SessionPicker({
  sessions,
  value,
  error,
  name = 'sessionId',
  onChange,
}: {
  sessions: readonly Session[];
  value: string;
  error?: string | undefined;
  name?: string;
  onChange(sessionId: string, date: string | null): void;
}) {
  // A booking is not a session anything was observed in until its outcome is recorded.
  const sorted = sessions
    .filter((session) => session.outcome !== 'booked')
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
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
      onValueChange={(sessionId) => onChange(sessionId, sorted.find((s) => s.id === sessionId)?.date ?? null)}
    />
  );
}
