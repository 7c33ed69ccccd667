import { backupFileNameSchema } from '@shared/contract/backups';
import {
  backupCreatedAt,
  backupFileName,
  backupKeyFileName,
  backupKind,
} from '@shared/domain/backups/file-name';
import { describe, expect, it } from 'vitest';

const instant = new Date('2026-11-20T09:05:07.000Z');

describe('backup file names', () => {
  it('names a safety backup apart, so retention and the list can tell it from a scheduled one', () => {
    expect(backupFileName(instant)).toBe('rekindle-backup-20261120-090507.db');
    const safety = backupFileName(instant, 'before-restore');
    expect(safety).toBe('rekindle-backup-20261120-090507-before-restore.db');
    expect(backupKind(safety)).toBe('before-restore');
    expect(backupKind(backupFileName(instant))).toBe('scheduled');
    expect(backupCreatedAt(safety)).toBe(instant.toISOString());
  });

  it('puts the key file beside the backup under the same name', () => {
    expect(backupKeyFileName('rekindle-backup-20261120-090507.db')).toBe(
      'rekindle-backup-20261120-090507.vault.json',
    );
    expect(backupKeyFileName('rekindle-backup-20261120-090507-before-restore.db')).toBe(
      'rekindle-backup-20261120-090507-before-restore.vault.json',
    );
  });

  it('accepts only backup names at the boundary: never a key file, a path or another suffix', () => {
    expect(backupFileNameSchema.safeParse('rekindle-backup-20261120-090507-before-restore.db').success).toBe(
      true,
    );
    for (const name of [
      'rekindle-backup-20261120-090507.vault.json',
      'rekindle-backup-20261120-090507-after-restore.db',
      '../rekindle-backup-20261120-090507.db',
      'rekindle-backup-20261120-090507-before-restore.db/..',
    ]) {
      expect(backupFileNameSchema.safeParse(name).success, name).toBe(false);
    }
    // An impossible date is not a name Rekindle wrote.
    expect(backupCreatedAt('rekindle-backup-20260231-090507-before-restore.db')).toBeNull();
  });
});
