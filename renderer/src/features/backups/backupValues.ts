import { type FieldErrors, placeFieldErrors } from '@renderer/ui/fieldErrors';
import {
  type BackupPolicy,
  type BackupVerification,
  backupIntervalHoursSchema,
  backupPolicySchema,
} from '@shared/contract/backups';
import { issuesToFieldErrors } from '@shared/contract/field-issues';

/** The schedule form's fields, by the contract's dotted paths, in screen order. */
export const SCHEDULE_FIELD_ORDER = ['intervalHours', 'policy.daily', 'policy.weekly'] as const;
export type ScheduleField = (typeof SCHEDULE_FIELD_ORDER)[number];

/** What is typed in the schedule form: text, so nothing typed is ever lost or rewritten. */
export type ScheduleFormValues = Record<ScheduleField, string>;

export interface ScheduleInput {
  intervalHours: number;
  policy: BackupPolicy;
}

export function scheduleFormValues(status: {
  intervalHours: number;
  policy: BackupPolicy;
}): ScheduleFormValues {
  return {
    intervalHours: String(status.intervalHours),
    'policy.daily': String(status.policy.daily),
    'policy.weekly': String(status.policy.weekly),
  };
}

/** A whole number as typed, or NaN so the schema explains what is wrong; '' stays '' for its own message. */
function numberFrom(text: string): number {
  return /^\s*-?\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

const EMPTY_MESSAGES: Record<ScheduleField, string> = {
  intervalHours: 'Enter a number of hours from 1 to 168',
  'policy.daily': 'Enter how many daily backups to keep, from 1 to 60',
  'policy.weekly': 'Enter how many weekly backups to keep, from 0 to 52',
};

/** Checks the schedule with the contract's own schemas: the input to send, or an error per field. */
export function validateSchedule(
  values: ScheduleFormValues,
): { ok: true; input: ScheduleInput } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  for (const field of SCHEDULE_FIELD_ORDER) {
    if (values[field].trim() === '') errors[field] = EMPTY_MESSAGES[field];
  }
  const interval = backupIntervalHoursSchema.safeParse(numberFrom(values.intervalHours));
  if (!interval.success && !errors.intervalHours) {
    errors.intervalHours = interval.error.issues[0]?.message ?? EMPTY_MESSAGES.intervalHours;
  }
  const policy = backupPolicySchema.safeParse({
    daily: numberFrom(values['policy.daily']),
    weekly: numberFrom(values['policy.weekly']),
  });
  if (!policy.success) {
    const found = issuesToFieldErrors(
      policy.error.issues.map((issue) => ({ ...issue, path: ['policy', ...issue.path] })),
    );
    for (const [path, message] of Object.entries(found)) {
      if (!(path in errors)) errors[path] = message;
    }
  }
  if (Object.keys(errors).length > 0 || !interval.success || !policy.success) {
    return { ok: false, errors };
  }
  return { ok: true, input: { intervalHours: interval.data, policy: policy.data } };
}

/** Places the core's field errors (`policy.daily`, `intervalHours`...) on the schedule's fields. */
export function placeScheduleErrors(fields: Readonly<Record<string, string>>): FieldErrors {
  return placeFieldErrors(fields, SCHEDULE_FIELD_ORDER);
}

/** A backup's size for people: bytes, KB or MB (1 KB = 1024 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${Math.round(kb)} KB`;
  const mb = kb / 1024;
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
}

/** The words for a backup's check; color is never the only signal. */
export const verificationLabels: Record<BackupVerification, string> = {
  verified: 'Verified',
  failed: 'Failed — the backup is damaged, make a new one',
  unchecked: 'Not checked yet',
};

/** "every 24 hours", "every hour", "every 168 hours (a week)". */
export function intervalText(hours: number): string {
  if (hours === 1) return 'every hour';
  if (hours === 168) return 'every 168 hours (a week)';
  return `every ${hours} hours`;
}
