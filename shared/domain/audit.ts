/**
 * What the audit log records. Actions name events, never content: the log must be safe to
 * show to anyone reviewing access, so it holds ids and counts, not clinical text or names.
 */
export const auditActions = [
  'vault.created',
  'vault.unlocked',
  'vault.unlock_failed',
  'vault.locked',
  'vault.passphrase_changed',
  'vault.recovery_key_used',
  'database.migrated',
  'couple.created',
  'couple.viewed',
  'couple.updated',
  'couple.archived',
  'assessment.created',
  'assessment.viewed',
  'safety.flag_raised',
  'safety.flag_resolved',
  'session.created',
  'session.updated',
  'note.created',
  'note.viewed',
  'note.signed',
  'note.addendum_added',
  'process_note.created',
  'process_note.updated',
  'process_note.listed',
  'event.created',
  'search.performed',
  'library.entry_created',
  'library.entry_updated',
  'library.seeded',
  'plan.proposed',
  'plan.draft_started',
  'plan.draft_saved',
  'plan.draft_discarded',
  'plan.signed',
  'plan.viewed',
  'plan.compared',
  'plan.reviewed',
  'today.viewed',
  'measurement.created',
  'measurement.updated',
  'measurement.listed',
  'calendar.saved',
  'calendar.viewed',
  'dashboard.viewed',
] as const;

export type AuditAction = (typeof auditActions)[number];

/** Non-identifying facts about an event: field names, counts, versions. */
export type AuditDetail = Record<string, string | number | boolean | string[]>;
