import { DATE_LOCALE } from '@shared/domain/dates';
import type { SaveState } from './useAutosave';

/** Where the draft stands, announced politely: "Saving…", "Saved at 14:05", "Not saved: …". */
export function SaveStatus({ state }: { state: SaveState }) {
  let text = 'Drafts save themselves as you type.';
  if (state.kind === 'saving') text = 'Saving…';
  if (state.kind === 'saved') text = `Saved at ${formatClock(state.at)}`;
  if (state.kind === 'error') {
    // Storage failures already say "Not saved: …"; do not say it twice.
    const reason = state.message.replace(/^Not saved:\s*/i, '');
    text = `Not saved: ${reason} What you typed is kept; it will be saved again on your next change.`;
  }
  return (
    <p className={`save-status save-status--${state.kind}`} role="status" data-testid="save-status">
      {text}
    </p>
  );
}

/** A stored instant as the local time of day, HH:MM. */
function formatClock(date: Date): string {
  return date.toLocaleTimeString(DATE_LOCALE, { hour: '2-digit', minute: '2-digit', hour12: false });
}
