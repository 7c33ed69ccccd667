import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyDatabaseFile } from '@core/db/backup';
import { assertMigrationOrder, migrate, schemaVersion } from '@core/db/migrate';
import { type Migration, migrations } from '@core/db/migrations';
import { NEW_DATABASE_PAGE_SIZE, openEncryptedDatabase } from '@core/db/open';
import type { Db } from '@core/db/sqlite';
import { BACKUP_FOLDER, DATABASE_FILE, Vault } from '@core/vault/vault';
import { afterEach, describe, expect, it } from 'vitest';
import { TEST_KDF, TEST_PASSPHRASE, tempDataDir, testClock } from '../support/core';

const open: Db[] = [];
afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close();
});

function freshDb(): { db: Db; key: Buffer; path: string } {
  const path = join(tempDataDir(), 'm.db');
  const key = randomBytes(32);
  const db = openEncryptedDatabase(path, key);
  open.push(db);
  return { db, key, path };
}

const addNotes: Migration = {
  version: migrations.length + 1,
  name: 'test-add-notes',
  up(db) {
    db.exec('CREATE TABLE test_notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL) STRICT');
  },
};

function failingAfterPartialWork(version: number): Migration {
  return {
    version,
    name: 'test-fails-halfway',
    up(db) {
      db.exec('CREATE TABLE half_done (id INTEGER PRIMARY KEY) STRICT');
      throw new Error('simulated failure in the middle of a migration');
    },
  };
}

const noBackup = () => {
  throw new Error('no backup expected for a new database');
};

describe('migration runner', () => {
  it('brings a new database to the latest version and records it in user_version', () => {
    const { db } = freshDb();
    expect(migrate(db, migrations, noBackup)).toEqual({ from: 0, to: migrations.length });
    expect(schemaVersion(db)).toBe(migrations.length);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['audit_log', 'couples', 'partners']));
  });

  it('does nothing, and takes no backup, when already up to date', () => {
    const { db } = freshDb();
    migrate(db, migrations, noBackup);
    expect(migrate(db, migrations, noBackup)).toEqual({ from: migrations.length, to: migrations.length });
  });

  it('refuses a database from a newer version and leaves it untouched', () => {
    const { db } = freshDb();
    migrate(db, migrations, noBackup);
    db.pragma('user_version = 99');
    expect(() => migrate(db, migrations, noBackup)).toThrow(/newer version/);
    expect(schemaVersion(db)).toBe(99);
  });

  it('rolls back every step of a failing run, leaving the old version and no partial table', () => {
    const { db } = freshDb();
    migrate(db, migrations, noBackup);
    const list = [...migrations, addNotes, failingAfterPartialWork(migrations.length + 2)];
    expect(() => migrate(db, list, () => {})).toThrow(/simulated failure/);
    expect(schemaVersion(db)).toBe(migrations.length);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).not.toContain('test_notes');
    expect(tables).not.toContain('half_done');
  });

  it('asks for a backup before migrating a database that already has a schema', () => {
    const { db } = freshDb();
    migrate(db, migrations, noBackup);
    const backups: number[] = [];
    migrate(db, [...migrations, addNotes], (from) => backups.push(from));
    expect(backups).toEqual([migrations.length]);
  });

  it('refuses a migration list with a gap or a repeat', () => {
    expect(() =>
      assertMigrationOrder([...migrations, { ...addNotes, version: migrations.length + 2 }]),
    ).toThrow(/expected/);
    expect(() => assertMigrationOrder([...migrations, ...migrations])).toThrow(/expected/);
  });
});

describe('migrating an existing vault', () => {
  it('writes an encrypted, verified backup of the old version before applying a new migration', async () => {
    const dataDir = tempDataDir();
    const clock = testClock();
    const before = new Vault({ dataDir, clock: clock.now, kdf: TEST_KDF });
    await before.create(TEST_PASSPHRASE);
    before
      .current()
      .db.exec("INSERT INTO audit_log (at, actor, action) VALUES ('2026-01-01', 'test', 'marker')");
    const key = Buffer.from(before.current().key);
    await before.lock();

    const after = new Vault({
      dataDir,
      clock: clock.now,
      kdf: TEST_KDF,
      migrations: [...migrations, addNotes],
    });
    await after.unlock(TEST_PASSPHRASE);
    expect(schemaVersion(after.current().db)).toBe(addNotes.version);
    const actions = after
      .current()
      .audit.list()
      .map((entry) => entry.action);
    expect(actions).toContain('database.migrated');
    await after.lock();

    const backups = readdirSync(join(dataDir, BACKUP_FOLDER));
    expect(backups).toHaveLength(1);
    const backupPath = join(dataDir, BACKUP_FOLDER, backups[0] ?? '');
    expect(backups[0]).toMatch(new RegExp(`^pre-migration-v${migrations.length}-.*\\.db$`));
    expect(readFileSync(backupPath).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    // The copy has the page size of the database it was made from, which the vault file records.
    expect(() => verifyDatabaseFile(backupPath, key, NEW_DATABASE_PAGE_SIZE)).not.toThrow();
    const copy = openEncryptedDatabase(backupPath, key, {
      mustExist: true,
      readonly: true,
      pageSize: NEW_DATABASE_PAGE_SIZE,
    });
    open.push(copy);
    expect(copy.pragma('page_size', { simple: true })).toBe(NEW_DATABASE_PAGE_SIZE);
    expect(schemaVersion(copy)).toBe(migrations.length);
    expect(copy.prepare("SELECT count(*) FROM audit_log WHERE action = 'marker'").pluck().get()).toBe(1);
    expect(existsSync(join(dataDir, DATABASE_FILE))).toBe(true);
  });

  it('refuses to unlock a database written by a newer Rekindle, naming the reason', async () => {
    const dataDir = tempDataDir();
    const clock = testClock();
    const vault = new Vault({ dataDir, clock: clock.now, kdf: TEST_KDF });
    await vault.create(TEST_PASSPHRASE);
    vault.current().db.pragma('user_version = 42');
    await vault.lock();
    await expect(vault.unlock(TEST_PASSPHRASE)).rejects.toMatchObject({ code: 'database_newer' });
    expect(vault.status()).toBe('locked');
  });
});

describe('migration 7: bookings', () => {
  it('rebuilds sessions keeping every row and reference, with foreign keys and the signed-note guard intact', () => {
    const { db } = freshDb();
    migrate(db, migrations.slice(0, 6), noBackup);
    db.exec(`
      INSERT INTO couples (id, display_name, status, created_at, updated_at, search_text, sort_key)
        VALUES ('c1', 'Fictional couple', 'active', '2026-01-01', '2026-01-01', 'fictional couple', 'fictional couple');
      INSERT INTO sessions (id, couple_id, date, start_time, duration_minutes, type, place, outcome, outcome_reason,
          attendance_a, attendance_b, checkin_a, checkin_b, created_at, updated_at)
        VALUES ('s1', 'c1', '2026-02-01', '10:00', 50, 'joint', 'office', 'held', NULL, 'present', 'late',
          NULL, NULL, '2026-02-01', '2026-02-01'),
          ('s2', 'c1', '2026-02-08', '10:00', 50, 'joint', 'office', 'cancelled', 'Ill', 'notExpected',
          'notExpected', NULL, NULL, '2026-02-08', '2026-02-08');
      INSERT INTO notes (id, session_id, couple_id, format, content, status, created_at, updated_at, signed_at,
          signed_by, content_hash)
        VALUES ('n1', 's1', 'c1', 'DAP', '{}', 'signed', '2026-02-01', '2026-02-01', '2026-02-01', 'Dr. Example', 'abc');
    `);
    expect(migrate(db, migrations, () => {})).toEqual({ from: 6, to: migrations.length });
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(
      db.prepare('SELECT id, outcome, cancelled_by, notice_hours FROM sessions ORDER BY id').all(),
    ).toEqual([
      { id: 's1', outcome: 'held', cancelled_by: null, notice_hours: null },
      { id: 's2', outcome: 'cancelled', cancelled_by: null, notice_hours: null },
    ]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    // The rebuilt table is the one notes reference, and still refuses to change a signed note's session.
    expect(() => db.prepare("UPDATE sessions SET duration_minutes = 80 WHERE id = 's1'").run()).toThrow(
      /signed/,
    );
    expect(() =>
      db
        .prepare(
          "INSERT INTO notes (id, session_id, couple_id, format, content, status, created_at, updated_at) VALUES ('n2', 'missing', 'c1', 'DAP', '{}', 'draft', 'x', 'x')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    db.prepare(
      "INSERT INTO sessions (id, couple_id, date, start_time, duration_minutes, type, place, outcome, attendance_a, attendance_b, created_at, updated_at) VALUES ('s3', 'c1', '2026-03-01', '10:00', 50, 'joint', 'office', 'booked', 'notExpected', 'notExpected', 'x', 'x')",
    ).run();
  });
});

describe('migration 8: homework', () => {
  it('applies to an existing version-7 vault, keeping its records, with the review guards in place', async () => {
    const dataDir = tempDataDir();
    const clock = testClock();
    const before = new Vault({
      dataDir,
      clock: clock.now,
      kdf: TEST_KDF,
      migrations: migrations.slice(0, 7),
    });
    await before.create(TEST_PASSPHRASE);
    before.current().db.exec(`
      INSERT INTO couples (id, display_name, status, created_at, updated_at, search_text, sort_key)
        VALUES ('c1', 'Fictional couple', 'active', '2026-01-01', '2026-01-01', 'fictional couple', 'fictional couple');
      INSERT INTO sessions (id, couple_id, date, start_time, duration_minutes, type, place, outcome,
          attendance_a, attendance_b, created_at, updated_at)
        VALUES ('s1', 'c1', '2026-02-01', '10:00', 50, 'joint', 'office', 'held', 'present', 'present', 'x', 'x'),
          ('s2', 'c1', '2026-02-08', '10:00', 50, 'joint', 'office', 'held', 'present', 'present', 'x', 'x');
    `);
    await before.lock();

    const after = new Vault({ dataDir, clock: clock.now, kdf: TEST_KDF, migrations: migrations.slice(0, 8) });
    await after.unlock(TEST_PASSPHRASE);
    const { db } = after.current();
    try {
      expect(schemaVersion(db)).toBe(8);
      expect(db.prepare('SELECT count(*) FROM sessions').pluck().get()).toBe(2);
      expect(readdirSync(join(dataDir, BACKUP_FOLDER))).toEqual([
        expect.stringMatching(/^pre-migration-v7-/),
      ]);
      const insert = db.prepare(`
        INSERT INTO homework (id, couple_id, assigned_in_session_id, library_id, title, who, joint, assigned_on,
          due_date, status, comment, reviewed_in_session_id, reviewed_on, created_at, updated_at)
        VALUES (@id, 'c1', 's1', NULL, 'Fictional task', @who, @joint, '2026-02-01', @due, @status, @comment,
          @reviewedIn, @reviewedOn, 'x', 'x')`);
      const row = {
        id: 'h1',
        who: 'both',
        joint: 0,
        due: '2026-02-07',
        status: 'assigned',
        comment: null,
        reviewedIn: null,
        reviewedOn: null,
      };
      insert.run(row);
      // Review fields only with a review; joint only for a library exercise; due not before assigned.
      expect(() => insert.run({ ...row, id: 'h2', comment: 'Fictional' })).toThrow(/CHECK/);
      expect(() => insert.run({ ...row, id: 'h3', status: 'done' })).toThrow(/CHECK/);
      expect(() => insert.run({ ...row, id: 'h4', joint: 1 })).toThrow(/CHECK/);
      expect(() => insert.run({ ...row, id: 'h5', due: '2026-01-31' })).toThrow(/CHECK/);
      expect(() => insert.run({ ...row, id: 'h6', who: 'everyone' })).toThrow(/CHECK/);
      db.prepare(
        "UPDATE homework SET status = 'done', reviewed_in_session_id = 's2', reviewed_on = '2026-02-08' WHERE id = 'h1'",
      ).run();
      expect(() => db.prepare("DELETE FROM homework WHERE id = 'h1'").run()).toThrow(/reviewed/);
      db.prepare(
        "INSERT INTO notes (id, session_id, couple_id, format, content, status, created_at, updated_at, signed_at, signed_by, content_hash) VALUES ('n2', 's2', 'c1', 'DAP', '{}', 'signed', 'x', 'x', 'x', 'Dr. Example', 'abc')",
      ).run();
      expect(() => db.prepare("UPDATE homework SET status = 'partly' WHERE id = 'h1'").run()).toThrow(
        /signed/,
      );
    } finally {
      await after.lock();
    }
  });
});

describe('migration 9: consents', () => {
  it('applies to an existing version-8 vault; a consent can be revoked once and never edited or deleted', async () => {
    const dataDir = tempDataDir();
    const clock = testClock();
    const before = new Vault({
      dataDir,
      clock: clock.now,
      kdf: TEST_KDF,
      migrations: migrations.slice(0, 8),
    });
    await before.create(TEST_PASSPHRASE);
    before.current().db.exec(`
      INSERT INTO couples (id, display_name, status, created_at, updated_at, search_text, sort_key)
        VALUES ('c1', 'Fictional couple', 'active', '2026-01-01', '2026-01-01', 'fictional couple', 'fictional couple');
    `);
    await before.lock();

    const after = new Vault({ dataDir, clock: clock.now, kdf: TEST_KDF, migrations: migrations.slice(0, 9) });
    await after.unlock(TEST_PASSPHRASE);
    const { db } = after.current();
    try {
      expect(schemaVersion(db)).toBe(9);
      expect(db.prepare('SELECT count(*) FROM couples').pluck().get()).toBe(1);
      const insert = db.prepare(`
        INSERT INTO consents (id, couple_id, partner, recipient_kind, recipient_name, purpose, scope, signed_on,
          expires_on, expiry_event, created_at)
        VALUES (@id, 'c1', 'A', @kind, @name, 'Fictional purpose', @scope, '2026-03-01', @expires, @event, 'x')`);
      const row = {
        id: 'k1',
        kind: 'court',
        name: 'Sample Court (fictional)',
        scope: '["diagnosis"]',
        expires: '2027-03-01',
        event: null,
      };
      insert.run(row);
      // Expiry after signing; a date or an event, not both or neither; a name unless for the couple; some scope.
      expect(() => insert.run({ ...row, id: 'k2', expires: '2026-03-01' })).toThrow(/CHECK/);
      expect(() => insert.run({ ...row, id: 'k3', event: 'End of treatment' })).toThrow(/CHECK/);
      expect(() => insert.run({ ...row, id: 'k4', expires: null })).toThrow(/CHECK/);
      expect(() => insert.run({ ...row, id: 'k5', name: null })).toThrow(/CHECK/);
      expect(() => insert.run({ ...row, id: 'k6', scope: '[]' })).toThrow(/CHECK/);
      insert.run({ ...row, id: 'k7', kind: 'couple', name: null });
      expect(() => db.prepare("UPDATE consents SET purpose = 'Changed' WHERE id = 'k1'").run()).toThrow(
        /revoked/,
      );
      expect(() => db.prepare("UPDATE consents SET revoked_on = '2026-02-28' WHERE id = 'k1'").run()).toThrow(
        /CHECK/,
      );
      db.prepare("UPDATE consents SET revoked_on = '2026-04-01' WHERE id = 'k1'").run();
      expect(() => db.prepare("UPDATE consents SET revoked_on = '2026-05-01' WHERE id = 'k1'").run()).toThrow(
        /revoked, once/,
      );
      expect(() => db.prepare("DELETE FROM consents WHERE id = 'k7'").run()).toThrow(/cannot be deleted/);
    } finally {
      await after.lock();
    }
  });
});
