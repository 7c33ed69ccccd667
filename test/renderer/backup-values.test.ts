import {
  formatBytes,
  intervalText,
  placeScheduleErrors,
  scheduleFormValues,
  validateSchedule,
  verificationLabels,
} from '@renderer/features/backups/backupValues';
import { describe, expect, it } from 'vitest';

const valid = { intervalHours: '24', 'policy.daily': '7', 'policy.weekly': '0' };

describe('the backup schedule form', () => {
  it('reads the saved schedule as text', () => {
    expect(scheduleFormValues({ intervalHours: 12, policy: { daily: 14, weekly: 4 } })).toEqual({
      intervalHours: '12',
      'policy.daily': '14',
      'policy.weekly': '4',
    });
  });

  it('sends whole numbers in range, with spaces trimmed', () => {
    expect(validateSchedule({ ...valid, intervalHours: ' 168 ' })).toEqual({
      ok: true,
      input: { intervalHours: 168, policy: { daily: 7, weekly: 0 } },
    });
  });

  it('explains each field that is out of range, not a number or empty', () => {
    expect(validateSchedule({ intervalHours: '0', 'policy.daily': '61', 'policy.weekly': '-1' })).toEqual({
      ok: false,
      errors: {
        intervalHours: 'The interval must be at least 1 hour',
        'policy.daily': 'Keep at most 60 daily backups',
        'policy.weekly': 'Weekly backups kept cannot be negative',
      },
    });
    expect(validateSchedule({ intervalHours: '1.5', 'policy.daily': 'seven', 'policy.weekly': '' })).toEqual({
      ok: false,
      errors: {
        intervalHours: 'The interval must be a number of hours',
        'policy.daily': 'Daily backups kept must be a number',
        'policy.weekly': 'Enter how many weekly backups to keep, from 0 to 52',
      },
    });
  });

  it('places the core’s field errors on the schedule’s fields, and the rest on the form', () => {
    expect(
      placeScheduleErrors({ 'policy.daily': 'Keep at least 1 daily backup', other: 'Something else' }),
    ).toEqual({ 'policy.daily': 'Keep at least 1 daily backup', '': 'Something else' });
  });
});

describe('backup wording', () => {
  it('gives sizes in bytes, KB and MB', () => {
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(1023)).toBe('1023 bytes');
    expect(formatBytes(323_584)).toBe('316 KB');
    expect(formatBytes(5 * 1024 * 1024 + 300_000)).toBe('5.3 MB');
    expect(formatBytes(250 * 1024 * 1024)).toBe('250 MB');
  });

  it('words every verification state and interval', () => {
    expect(verificationLabels.failed).toBe('Failed — the backup is damaged, make a new one');
    expect(verificationLabels.unchecked).toBe('Not checked yet');
    expect(intervalText(1)).toBe('every hour');
    expect(intervalText(24)).toBe('every 24 hours');
  });
});
