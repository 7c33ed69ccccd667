import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { backupDatabase, pageSizeOf } from '@core/db/backup';
import { inspectBackupFile } from '@core/db/contents';
import { migrate } from '@core/db/migrate';
import { migrations as allMigrations, type Migration } from '@core/db/migrations';
import {
  assertDatabaseReadable,
  NEW_DATABASE_PAGE_SIZE,
  openEncryptedDatabase,
  type PageSize,
} from '@core/db/open';
import { writeRekeyedCopy } from '@core/db/rekey';
import { createAuditRepo } from '@core/db/repos/audit';
import { errorCode, errorSummary } from '@core/error-summary';
import { CoreFailure } from '@core/errors';
import { createSession, type Session } from '@core/session';
import type { ScryptParams } from '@core/types';
import type { BackupContents } from '@shared/contract/backups';
import type { VaultState } from '@shared/contract/vault';
import { DEFAULT_SCRYPT, unwrapKey, wrapKey } from './key-wrap';
import { generateRecoveryKey, normalizeRecoveryKey } from './recovery-key';
import { copyDurably, DATABASE_FILE, readBackupKeyFile, VAULT_FILE } from './restore-files';
import {
  type DataFolder,
  finishInterruptedSwap,
  incomingPath,
  installRestored,
  keepReplacedRecords,
  moveRecordsAside,
  refuseWhileRestoreUnfinished,
  replacedFolders,
  swapInRestored,
} from './restore-swap';
import {
  abandonRotation,
  commitRotatedDatabase,
  finishInterruptedRotation,
  installPendingVault,
  newKeyId,
  releaseClosedDatabase,
  rotationFiles,
} from './rotation';
import { UnlockThrottle } from './unlock-throttle';
import { databasePageSize, readVaultFile, type VaultFile, writeVaultFile } from './vault-file';

export { DATABASE_FILE, VAULT_FILE } from './restore-files';
export const THROTTLE_FILE = 'unlock-attempts.json';
/**
 * Failed attempts at a backup's key file, counted apart from unlocking this folder's vault:
 * a key file can be made by anyone, so opening one must neither reset nor share the vault's count.
 */
export const BACKUP_THROTTLE_FILE = 'backup-key-attempts.json';
/** A backup's key-file failures are forgotten after a quiet day (no success can reset them). */
const BACKUP_FAILURES_FORGOTTEN_MS = 24 * 60 * 60_000;
export const BACKUP_FOLDER = 'backups';

export interface VaultOptions {
  dataDir: string;
  clock: () => Date;
  kdf?: ScryptParams | undefined;
  migrations?: readonly Migration[];
  /** Runs once the database is open and migrated, inside the unlock (e.g. seeding content). */
  afterOpen?: (session: Session) => void;
  /** Runs just before a lock closes the database (the automatic backup). Never stops the lock. */
  beforeLock?: (session: Session) => void;
  /** The page size of a database set up now; tests pass 4096 to make a vault as older versions did. */
  pageSize?: PageSize;
}

const PASSPHRASE = 'passphrase';
const RECOVERY = 'recovery';

/** The secret that was current when a backup was made. */
export type BackupSecret = { passphrase: string } | { recoveryKey: string };

/** A backup chosen from outside the data folder: the database file and the key file beside it. */
export interface BackupSource {
  fileName: string;
  databasePath: string;
  keyFilePath: string;
}

/** The key generation of this folder's vault file, for telling backups made under earlier keys. */
export interface KeyGeneration {
  keyId: string | null;
  /** When the current key replaced an earlier one; null for a vault's first key. */
  rotatedAt: string | null;
}

export interface RotatedKey {
  /** The new recovery key, shown once. */
  recoveryKey: string;
  rotatedAt: string;
}

export interface RestoredBackup {
  contents: BackupContents;
  /** The `replaced-*` folder in the data folder holding what was there before; null when it was empty. */
  replacedFolder: string | null;
}

/**
 * The vault owns the database key and the open database. It is the only place that turns a
 * passphrase or recovery key into a key, and the only place that opens or closes the
 * database. Operations run one at a time so an unlock and a lock cannot interleave.
 */
export class Vault {
  private session: Session | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  /** Operations queued or running (a key rotation, a restore, a lock): see `isBusy`. */
  private pending = 0;
  /** Attempts at this folder's own vault; only a real unlock of it resets the count. */
  private readonly throttle: UnlockThrottle;
  /** Attempts at backups' key files (preview and restore from the unlock screen). */
  private readonly backupThrottle: UnlockThrottle;
  private readonly kdf: ScryptParams;
  private readonly migrations: readonly Migration[];
  readonly databasePath: string;
  readonly vaultPath: string;
  readonly backupDir: string;
  /** The data folder's record files, for the restore's file moves (restore-swap.ts). */
  private readonly files: DataFolder;

  constructor(private readonly options: VaultOptions) {
    this.databasePath = join(options.dataDir, DATABASE_FILE);
    this.vaultPath = join(options.dataDir, VAULT_FILE);
    this.backupDir = join(options.dataDir, BACKUP_FOLDER);
    this.files = { dataDir: options.dataDir, databasePath: this.databasePath, vaultPath: this.vaultPath };
    this.throttle = new UnlockThrottle(join(options.dataDir, THROTTLE_FILE), options.clock);
    this.backupThrottle = new UnlockThrottle(join(options.dataDir, BACKUP_THROTTLE_FILE), options.clock, {
      forgetAfterMs: BACKUP_FAILURES_FORGOTTEN_MS,
    });
    this.kdf = options.kdf ?? DEFAULT_SCRYPT;
    this.migrations = options.migrations ?? allMigrations;
  }

  private serial<T>(operation: () => Promise<T> | T): Promise<T> {
    this.pending += 1;
    const next = this.queue.then(operation, operation);
    this.queue = next.catch(() => undefined);
    void this.queue.then(() => {
      this.pending -= 1;
    });
    return next;
  }

  /**
   * Whether an operation on the key or the database is queued or running. Something that must
   * not straddle one (a partner's private check-in, which a rotation's new session would end)
   * waits for it to finish.
   */
  isBusy(): boolean {
    return this.pending > 0;
  }

  status(): VaultState {
    if (this.session) return 'unlocked';
    this.finishInterruptedRotation();
    finishInterruptedSwap(this.files);
    if (!existsSync(this.vaultPath) && !existsSync(this.databasePath)) {
      // Records moved aside by a restore that did not finish: not a computer to set up afresh.
      return replacedFolders(this.options.dataDir).length > 0 ? 'locked' : 'new';
    }
    return 'locked';
  }

  /**
   * A key rotation killed part-way is rolled back or finished (see rotation.ts) before the
   * vault file is read, so the vault file and the database always belong to the same key.
   */
  private finishInterruptedRotation(): void {
    try {
      finishInterruptedRotation(this.databasePath, this.vaultPath);
    } catch (error) {
      // Tried again by the next status or unlock; nothing has been deleted that mattered.
      console.error(`[rekindle] an interrupted key rotation could not be finished: ${errorSummary(error)}`);
    }
  }

  isUnlocked(): boolean {
    return this.session !== null;
  }

  /** The open session; handlers call this and get a `locked` failure when there is none. */
  current(): Session {
    if (!this.session) throw new CoreFailure('locked', 'Rekindle is locked. Unlock it to continue.');
    return this.session;
  }

  create(passphrase: string): Promise<string> {
    return this.serial(async () => {
      if (this.status() !== 'new') {
        throw new CoreFailure(
          'vault_exists',
          'Rekindle is already set up on this computer. Unlock it instead.',
        );
      }
      mkdirSync(this.options.dataDir, { recursive: true, mode: 0o700 });
      const key = randomBytes(32);
      const recoveryKey = generateRecoveryKey();
      const [passphraseWrap, recoveryWrap] = await Promise.all([
        wrapKey(key, passphrase, this.kdf, PASSPHRASE),
        wrapKey(key, normalizeRecoveryKey(recoveryKey), this.kdf, RECOVERY),
      ]);
      const now = this.options.clock().toISOString();
      const pageSize = this.options.pageSize ?? NEW_DATABASE_PAGE_SIZE;
      // The database first, then the vault file that unlocks it. If writing the vault file
      // fails, the new, empty database is removed so set-up can simply be tried again.
      this.openSession(key, { mustExist: false, pageSize });
      try {
        writeVaultFile(this.vaultPath, {
          format: 'rekindle-vault',
          version: 1,
          database: { cipher: 'sqlcipher', legacy: 4, file: DATABASE_FILE, pageSize },
          createdAt: now,
          passphraseChangedAt: now,
          keyId: newKeyId(),
          wraps: { passphrase: passphraseWrap, recovery: recoveryWrap },
        });
      } catch (error) {
        this.abandonNewDatabase();
        throw error;
      }
      this.current().audit.record('vault.created');
      return recoveryKey;
    });
  }

  unlock(passphrase: string): Promise<void> {
    return this.serial(async () => {
      const vault = this.readVaultForUnlock();
      if (this.session) {
        // Already open (say the screen was reloaded): the passphrase must still be right.
        const key = await this.unwrapThrottled(vault, PASSPHRASE, passphrase);
        // Only the key of the open database proves this folder's vault was unlocked.
        if (timingSafeEqual(key, this.session.key)) this.throttle.reset();
        key.fill(0);
        return;
      }
      const key = await this.unwrapThrottled(vault, PASSPHRASE, passphrase);
      const failedAttempts = this.throttle.failures();
      // The count resets only once the database has opened with the key: a vault file that
      // unwraps but opens nothing is not an unlock.
      this.openSession(key, { mustExist: true, pageSize: databasePageSize(vault) });
      this.throttle.reset();
      const audit = this.current().audit;
      if (failedAttempts > 0) audit.record('vault.unlock_failed', undefined, { attempts: failedAttempts });
      audit.record('vault.unlocked', undefined, { method: PASSPHRASE });
    });
  }

  unlockWithRecoveryKey(recoveryKey: string, newPassphrase: string): Promise<void> {
    return this.serial(async () => {
      const vault = this.readVaultForUnlock();
      const key = await this.unwrapThrottled(vault, RECOVERY, normalizeRecoveryKey(recoveryKey));
      // Only a right key replaces an open session; a wrong one leaves it as it was.
      this.closeSession();
      const failedAttempts = this.throttle.failures();
      const passphraseWrap = await wrapKey(key, newPassphrase, this.kdf, PASSPHRASE);
      // Prove the key opens the database before replacing the passphrase wrap.
      this.openSession(key, { mustExist: true, pageSize: databasePageSize(vault) });
      this.throttle.reset();
      writeVaultFile(this.vaultPath, {
        ...vault,
        passphraseChangedAt: this.options.clock().toISOString(),
        wraps: { ...vault.wraps, passphrase: passphraseWrap },
      });
      const audit = this.current().audit;
      if (failedAttempts > 0) audit.record('vault.unlock_failed', undefined, { attempts: failedAttempts });
      audit.record('vault.recovery_key_used');
      audit.record('vault.unlocked', undefined, { method: RECOVERY });
      audit.record('vault.passphrase_changed', undefined, { method: RECOVERY });
    });
  }

  changePassphrase(current: string, next: string): Promise<void> {
    return this.serial(async () => {
      const session = this.current();
      const vault = this.readVaultForUnlock();
      const key = await this.unwrapThrottled(vault, PASSPHRASE, current, 'current');
      try {
        assertOpenKey(key, session);
        this.throttle.reset();
        const passphraseWrap = await wrapKey(key, next, this.kdf, PASSPHRASE);
        writeVaultFile(this.vaultPath, {
          ...vault,
          passphraseChangedAt: this.options.clock().toISOString(),
          wraps: { ...vault.wraps, passphrase: passphraseWrap },
        });
        session.audit.record('vault.passphrase_changed', undefined, { method: PASSPHRASE });
      } finally {
        key.fill(0);
      }
    });
  }

  /**
   * Key rotation: re-encrypts the database under a fresh random key, issues a new recovery key
   * and wraps the new key under the passphrase (`newPassphrase` when given). Afterwards the old
   * passphrase, the old recovery key and every key file copied before (backups carry one) open
   * nothing current; backups made before keep opening with their own key files.
   *
   * The current passphrase is asked again and throttled like unlock. Everything after the
   * scrypt work is synchronous, so no other request can write between the copy and the swap:
   * nothing saved meanwhile can be left behind in the old database. The on-disk protocol that
   * makes it crash-safe is in rotation.ts; the copy and its proof in db/rekey.ts.
   */
  rotateKey(passphrase: string, newPassphrase?: string): Promise<RotatedKey> {
    return this.serial(async () => {
      const session = this.current();
      refuseWhileRestoreUnfinished(this.options.dataDir, 'The key was not rotated');
      const vault = this.readVaultForUnlock();
      const current = await this.unwrapThrottled(vault, PASSPHRASE, passphrase, 'passphrase');
      try {
        assertOpenKey(current, session);
      } finally {
        current.fill(0);
      }
      this.throttle.reset();
      const key = randomBytes(32);
      const recoveryKey = generateRecoveryKey();
      const [passphraseWrap, recoveryWrap] = await Promise.all([
        wrapKey(key, newPassphrase ?? passphrase, this.kdf, PASSPHRASE),
        wrapKey(key, normalizeRecoveryKey(recoveryKey), this.kdf, RECOVERY),
      ]);
      const rotatedAt = this.options.clock().toISOString();
      const next: VaultFile = {
        ...vault,
        // A rotation is when an older vault moves to today's page size (see db/rekey.ts).
        database: { ...vault.database, pageSize: this.options.pageSize ?? NEW_DATABASE_PAGE_SIZE },
        ...(newPassphrase === undefined ? {} : { passphraseChangedAt: rotatedAt }),
        keyId: newKeyId(),
        keyRotatedAt: rotatedAt,
        wraps: { passphrase: passphraseWrap, recovery: recoveryWrap },
      };
      this.swapInRotatedKey(session, key, next, newPassphrase !== undefined);
      return { recoveryKey, rotatedAt };
    });
  }

  /** Steps 1 to 5 of the rotation protocol (rotation.ts), then opens the records under the new key. */
  private swapInRotatedKey(session: Session, key: Buffer, next: VaultFile, passphraseChanged: boolean): void {
    const files = rotationFiles(this.databasePath, this.vaultPath);
    const pageSize = databasePageSize(next);
    const oldPageSize = pageSizeOf(session.db);
    try {
      writeRekeyedCopy(session.db, session.key, files.copy, key, pageSize, (copy) => {
        // Recorded in the copy, so the database that takes over already says it was rotated.
        createAuditRepo(copy, this.options.clock).record('vault.key_rotated', undefined, {
          passphraseChanged,
        });
        return { audit_log: 1 };
      });
      writeVaultFile(files.pendingVault, next);
    } catch (error) {
      abandonRotation(files);
      key.fill(0);
      throw rotationRefused(error);
    }
    const oldKey = Buffer.from(session.key);
    // Closed without the usual 'vault.locked' entry: the old database is about to be retired.
    this.session = null;
    session.db.close();
    session.key.fill(0);
    try {
      releaseClosedDatabase(this.databasePath);
      commitRotatedDatabase(files, this.databasePath);
    } catch (error) {
      // Not committed: the old database and vault file are untouched, and open again as before.
      abandonRotation(files);
      key.fill(0);
      this.openSession(oldKey, { mustExist: true, pageSize: oldPageSize });
      throw rotationRefused(error);
    }
    oldKey.fill(0);
    try {
      installPendingVault(files, this.vaultPath);
    } catch (error) {
      // Committed: the new key is the key. The next status or unlock installs the pending
      // vault file (recovery rolls forward), so the rotation stands and is not reported failed.
      console.error(`[rekindle] the new vault file waits to be installed: ${errorSummary(error)}`);
    }
    // Every page was just read back by the copy's integrity check: no second pass at opening.
    this.openSession(key, { mustExist: true, pageSize, checked: true });
  }

  /**
   * The vault file that belongs to the open database. A rotation whose step 5 failed (the new
   * vault file could not take vault.json's name, say while another program held it open) has
   * left vault.json holding the old key's wraps: that step is tried again first, so no stale copy
   * is ever written beside a backup, used to label one, or checked against a recovery key.
   */
  private readCurrentVaultFile(): VaultFile | null {
    this.finishInterruptedRotation();
    return readVaultFile(this.vaultPath);
  }

  /** Which key generation this folder's vault file holds. */
  keyGeneration(): KeyGeneration {
    const vault = this.readCurrentVaultFile();
    return { keyId: vault?.keyId ?? null, rotatedAt: vault?.keyRotatedAt ?? null };
  }

  /**
   * Whether `recoveryKey` opens this vault's recovery wrap. Asked before the key is printed on
   * the emergency access sheet: a mistyped key on paper would only be found out in an
   * emergency. Only for an unlocked vault (whoever asks already holds the records), so it is
   * not throttled and records no failure.
   */
  async recoveryKeyOpens(recoveryKey: string): Promise<boolean> {
    if (!this.session) throw new CoreFailure('locked', 'Rekindle is locked. Unlock it to continue.');
    const vault = this.readCurrentVaultFile();
    if (!vault) return false;
    const key = await unwrapKey(vault.wraps.recovery, normalizeRecoveryKey(recoveryKey), RECOVERY);
    key?.fill(0);
    return key !== null;
  }

  /**
   * Writes a copy of the vault file (wrapped keys only, nothing clinical) to `target`, beside
   * a backup: without it the backup opens only on this computer, and a dead disk takes the
   * only copy of the wrapped key with it.
   */
  copyKeyFile(target: string): void {
    const vault = this.readCurrentVaultFile();
    if (!vault) {
      throw new CoreFailure(
        'vault_missing',
        'The vault key file (vault.json) is missing from the data folder.',
      );
    }
    // The page size written out even where this vault file predates it: a backup's key file
    // says plainly how its copy is to be opened.
    writeVaultFile(target, { ...vault, database: { ...vault.database, pageSize: databasePageSize(vault) } });
  }

  /**
   * Replaces the open database with a copy of `sourcePath` (a backup made with the same key,
   * whose key file says its page size is `sourcePageSize`).
   * The copy is proven to open and read before anything changes; `beforeSwap` (the safety
   * backup) runs next, and if it throws nothing has changed. The old database is moved away
   * only after it is closed, and put back if the copy cannot be opened.
   */
  replaceDatabase<T>(
    sourcePath: string,
    sourcePageSize: PageSize,
    steps: {
      beforeSwap(session: Session): T;
      afterSwap(session: Session, prepared: T, contents: BackupContents): void;
    },
  ): Promise<{ prepared: T; contents: BackupContents }> {
    return this.serial(() => {
      const session = this.current();
      const incoming = incomingPath(this.files);
      refuseWhileRestoreUnfinished(this.options.dataDir, 'Nothing was restored');
      // A page size is fixed for a key's lifetime (only a new key brings a new one), and the
      // vault file that stays in place records the current one: a copy with another cannot
      // take the database's place under it.
      const pageSize = pageSizeOf(session.db);
      if (sourcePageSize !== pageSize) {
        throw new CoreFailure(
          'conflict',
          'This backup was written in a different database format from the records in use, so it cannot replace them from here. Lock Rekindle and choose “Restore from a backup” on the unlock screen; nothing has been changed.',
        );
      }
      try {
        copyDurably(sourcePath, session.key, incoming, pageSize);
        const contents = inspectBackupFile(incoming, session.key, pageSize);
        if (contents.compatibility === 'newer') throw newerBackup();
        const prepared = steps.beforeSwap(session);
        const key = Buffer.from(session.key);
        this.closeSession();
        // With the old database closed: on failure it is back in place and open again.
        swapInRestored(
          this.files,
          () => this.openSession(Buffer.from(key), { mustExist: true, pageSize }),
          () => this.openSession(key, { mustExist: true, pageSize }),
        );
        key.fill(0);
        keepReplacedRecords(this.options.dataDir, this.options.clock());
        steps.afterSwap(this.current(), prepared, contents);
        return { prepared, contents };
      } finally {
        rmSync(incoming, { force: true });
      }
    });
  }

  /** Opens a backup read-only with the secret current when it was made, and says what it holds. */
  previewBackup(source: BackupSource, secret: BackupSecret): Promise<BackupContents> {
    return this.serial(async () => {
      const keyFile = readBackupKeyFile(source.keyFilePath);
      const key = await this.unwrapBackupKey(keyFile, secret);
      try {
        // No count is reset: whoever made the key file knows its passphrase.
        return inspectBackupFile(source.databasePath, key, databasePageSize(keyFile));
      } finally {
        key.fill(0);
      }
    });
  }

  /**
   * Restores a backup into the data folder while locked (or before set-up): the way forward
   * when the database or vault file is damaged or gone, or on a new computer. What is in the
   * data folder is moved into a `replaced-*` folder, never deleted; the backup and its key
   * file take its place and the vault is left unlocked. With the recovery key, `newPassphrase`
   * replaces the backup's passphrase.
   */
  restoreBackup(source: BackupSource, secret: BackupSecret, newPassphrase?: string): Promise<RestoredBackup> {
    return this.serial(async () => {
      if (this.session) {
        throw new CoreFailure(
          'conflict',
          'Rekindle is unlocked. Restore from the Backups screen, which first makes a safety backup of the current records.',
        );
      }
      this.finishInterruptedRotation();
      const keyFile = readBackupKeyFile(source.keyFilePath);
      const key = await this.unwrapBackupKey(keyFile, secret);
      const failedAttempts = this.throttle.failures();
      const { dataDir } = this.options;
      mkdirSync(dataDir, { recursive: true, mode: 0o700 });
      const incoming = incomingPath(this.files);
      const pageSize = databasePageSize(keyFile);
      try {
        copyDurably(source.databasePath, key, incoming, pageSize);
        const contents = inspectBackupFile(incoming, key, pageSize);
        if (contents.compatibility === 'newer') throw newerBackup();
        const now = this.options.clock();
        const vault: VaultFile =
          newPassphrase === undefined
            ? keyFile
            : {
                ...keyFile,
                passphraseChangedAt: now.toISOString(),
                wraps: {
                  ...keyFile.wraps,
                  passphrase: await wrapKey(key, newPassphrase, this.kdf, PASSPHRASE),
                },
              };
        const moved = moveRecordsAside(dataDir, now);
        installRestored(this.files, vault, moved, () =>
          this.openSession(Buffer.from(key), { mustExist: true, pageSize: databasePageSize(vault) }),
        );
        // The restored records opened and are now this folder's own vault: that is an unlock.
        // The backup key-file count stays (a crafted backup restores too).
        this.throttle.reset();
        const audit = this.current().audit;
        const method = 'passphrase' in secret ? PASSPHRASE : RECOVERY;
        if (failedAttempts > 0) audit.record('vault.unlock_failed', undefined, { attempts: failedAttempts });
        audit.record('backup.restored', undefined, {
          fileName: source.fileName,
          replacedFolder: moved?.folder ?? 'none',
          locked: true,
        });
        if (method === RECOVERY) audit.record('vault.recovery_key_used');
        audit.record('vault.unlocked', undefined, { method });
        if (newPassphrase !== undefined) audit.record('vault.passphrase_changed', undefined, { method });
        return { contents, replacedFolder: moved?.folder ?? null };
      } finally {
        rmSync(incoming, { force: true });
        key.fill(0);
      }
    });
  }

  /** Unwraps a backup's key file, throttled like unlock but on its own count, with messages about the backup. */
  private async unwrapBackupKey(keyFile: VaultFile, secret: BackupSecret): Promise<Buffer> {
    try {
      return 'passphrase' in secret
        ? await this.unwrapThrottled(keyFile, PASSPHRASE, secret.passphrase, undefined, this.backupThrottle)
        : await this.unwrapThrottled(
            keyFile,
            RECOVERY,
            normalizeRecoveryKey(secret.recoveryKey),
            undefined,
            this.backupThrottle,
          );
    } catch (error) {
      if (error instanceof CoreFailure && error.code === 'wrong_passphrase') {
        throw new CoreFailure(
          'wrong_passphrase',
          'That passphrase does not open this backup. It opens with the passphrase that was current when the backup was made.',
          error.retryAfterMs === undefined ? {} : { retryAfterMs: error.retryAfterMs },
        );
      }
      throw error;
    }
  }

  lock(): Promise<void> {
    return this.serial(() => {
      if (this.session && this.options.beforeLock) {
        try {
          this.options.beforeLock(this.session);
        } catch {
          // The records must close whatever happens to the backup (it logs its own failures).
        }
      }
      this.closeSession();
    });
  }

  private closeSession(): void {
    const session = this.session;
    if (!session) return;
    this.session = null;
    try {
      session.audit.record('vault.locked');
    } finally {
      session.db.close();
      session.key.fill(0);
    }
  }

  /** Undoes a set-up that failed half-way: only ever called on a database created seconds ago. */
  private abandonNewDatabase(): void {
    const session = this.session;
    this.session = null;
    session?.db.close();
    session?.key.fill(0);
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${this.databasePath}${suffix}`, { force: true });
  }

  private readVaultForUnlock(): VaultFile {
    this.finishInterruptedRotation();
    finishInterruptedSwap(this.files);
    const vault = readVaultFile(this.vaultPath);
    const hasDatabase = existsSync(this.databasePath);
    if (!vault && !hasDatabase) {
      const replaced = replacedFolders(this.options.dataDir).at(-1);
      if (replaced) {
        throw new CoreFailure(
          'database_missing',
          `The records are not in the data folder: a restore that did not finish moved them into the folder “${replaced}” inside it, where they are kept. Restore from a backup, or move rekindle.db and vault.json back from that folder; nothing has been deleted.`,
        );
      }
      throw new CoreFailure('vault_missing', 'Rekindle has not been set up on this computer yet.');
    }
    if (!vault) {
      throw new CoreFailure(
        'vault_missing',
        'The vault key file (vault.json) is missing from the data folder, so the database cannot be opened. Choose “Restore from a backup” to put a backup and its key file in place; the database has not been changed.',
      );
    }
    if (!hasDatabase) {
      throw new CoreFailure(
        'database_missing',
        'The database file (rekindle.db) is missing from the data folder. Choose “Restore from a backup” to put a backup in its place; nothing has been changed.',
      );
    }
    return vault;
  }

  private async unwrapThrottled(
    vault: VaultFile,
    purpose: typeof PASSPHRASE | typeof RECOVERY,
    secret: string,
    field?: string,
    throttle: UnlockThrottle = this.throttle,
  ): Promise<Buffer> {
    const wait = throttle.waitMs();
    if (wait > 0) throw throttled(wait);
    const key = await unwrapKey(
      purpose === PASSPHRASE ? vault.wraps.passphrase : vault.wraps.recovery,
      secret,
      purpose,
    );
    if (key) return key;
    throttle.recordFailure();
    const retryAfterMs = throttle.waitMs();
    const fields = field ? { [field]: 'That passphrase is not correct.' } : undefined;
    if (purpose === RECOVERY) {
      throw new CoreFailure(
        'wrong_recovery_key',
        'That recovery key does not open this vault. Check each group of characters.',
        {
          ...(retryAfterMs > 0 ? { retryAfterMs } : {}),
        },
      );
    }
    throw new CoreFailure('wrong_passphrase', 'That passphrase is not correct.', {
      ...(fields ? { fields } : {}),
      ...(retryAfterMs > 0 ? { retryAfterMs } : {}),
    });
  }

  private openSession(
    key: Buffer,
    { mustExist, pageSize, checked = false }: { mustExist: boolean; pageSize: PageSize; checked?: boolean },
  ): void {
    let db: ReturnType<typeof openEncryptedDatabase> | undefined;
    try {
      db = openEncryptedDatabase(this.databasePath, key, { mustExist, pageSize });
      if (mustExist && !checked) assertDatabaseReadable(db);
      const opened = db;
      const result = migrate(opened, this.migrations, (fromVersion) => {
        mkdirSync(this.backupDir, { recursive: true, mode: 0o700 });
        const stamp = this.options.clock().toISOString().replace(/[:.]/g, '-');
        backupDatabase(opened, key, join(this.backupDir, `pre-migration-v${fromVersion}-${stamp}.db`));
      });
      const session = createSession(opened, key, this.options.clock);
      if (result.from > 0 && result.to !== result.from) {
        session.audit.record('database.migrated', undefined, { from: result.from, to: result.to });
      }
      this.options.afterOpen?.(session);
      // Only a fully prepared session counts as unlocked.
      this.session = session;
    } catch (error) {
      db?.close();
      key.fill(0);
      throw error;
    }
  }
}

function newerBackup(): CoreFailure {
  return new CoreFailure(
    'database_newer',
    'This backup was made by a newer version of Rekindle. Install that version or a later one to restore it; nothing has been changed.',
  );
}

/** The vault file's key must be the open database's: otherwise the file was replaced underneath. */
function assertOpenKey(key: Buffer, session: Session): void {
  if (!timingSafeEqual(key, session.key)) {
    throw new CoreFailure(
      'vault_corrupt',
      'The vault key file does not match the open database. Nothing was changed.',
    );
  }
}

const DISK_FULL_CODES = new Set(['SQLITE_FULL', 'ENOSPC', 'EFBIG', 'EDQUOT']);

/**
 * Why a rotation was refused, for the clinician. Nothing changed by then: the old key, its
 * passphrase and recovery key, and the records stay as they were.
 */
function rotationRefused(error: unknown): CoreFailure {
  if (error instanceof CoreFailure) return error;
  const code = errorCode(error);
  const unchanged = 'Your records, passphrase and recovery key are unchanged.';
  if (code !== null && DISK_FULL_CODES.has(code)) {
    return new CoreFailure(
      'not_saved',
      `The encryption key was not changed: there is not enough free disk space for the re-encrypted copy of your records (about the size of the database). Free some space and try again. ${unchanged}`,
    );
  }
  if (code === 'SQLITE_IOERR_WRITE') {
    // SQLite names only ENOSPC as full; a quota or file-size limit, or a failing drive, arrives
    // as a plain write error. A copy the size of the database is the likeliest thing to hit one.
    return new CoreFailure(
      'not_saved',
      `The encryption key was not changed: the re-encrypted copy of your records could not be written to the disk (SQLITE_IOERR_WRITE); the disk may be full. Free some space and try again. ${unchanged}`,
    );
  }
  return new CoreFailure(
    'not_saved',
    `The encryption key was not changed: the re-encrypted copy of your records could not be written and checked (${typeof code === 'string' ? code : 'error'}). ${unchanged}`,
  );
}

function throttled(waitMs: number): CoreFailure {
  const seconds = Math.ceil(waitMs / 1000);
  return new CoreFailure(
    'throttled',
    `Too many attempts. Wait ${seconds} second${seconds === 1 ? '' : 's'} before trying again.`,
    { retryAfterMs: waitMs },
  );
}
