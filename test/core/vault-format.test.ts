import { createDecipheriv, scryptSync } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
// The reader below uses the driver package directly and node:crypto, nothing of Rekindle's
// crypto, vault or database code: it follows docs/vault-format.md as a stranger would.
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fictionalCouple } from '../fixtures/couples';
import { makeCore, type TestCore } from '../support/core';

/* ---------- the independent reader, written from docs/vault-format.md ---------- */

interface Wrap {
  kdf: string;
  N: number;
  r: number;
  p: number;
  salt: string;
  cipher: string;
  iv: string;
  tag: string;
  ciphertext: string;
}

interface VaultJson {
  format: string;
  version: number;
  keyId?: string;
  database: { cipher: string; legacy: number; file: string; pageSize?: number };
  wraps: { passphrase: Wrap; recovery: Wrap };
}

/** Section 2, steps 2 to 4: scrypt over the secret's bytes, then AES-256-GCM with the purpose as AAD. */
function unwrapWithBytes(wrap: Wrap, password: Buffer, purpose: 'passphrase' | 'recovery'): Buffer {
  expect([wrap.kdf, wrap.cipher]).toEqual(['scrypt', 'aes-256-gcm']);
  const { N, r, p } = wrap;
  const kek = scryptSync(password, Buffer.from(wrap.salt, 'base64'), 32, { N, r, p, maxmem: 256 * N * r });
  const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrap.iv, 'base64'));
  decipher.setAAD(Buffer.from(`rekindle-vault:${purpose}`, 'ascii'));
  decipher.setAuthTag(Buffer.from(wrap.tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(wrap.ciphertext, 'base64')), decipher.final()]);
}

/** Section 2, step 1: the secret in NFC, as UTF-8. */
function unwrap(wrap: Wrap, secret: string, purpose: 'passphrase' | 'recovery'): Buffer {
  return unwrapWithBytes(wrap, Buffer.from(secret.normalize('NFC'), 'utf8'), purpose);
}

/** Section 2, "The recovery key": upper case, no spaces or hyphens, O→0, I and L→1, groups of four. */
function canonicalRecoveryKey(typed: string): string {
  const compact = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return (compact.match(/.{1,4}/g) ?? []).join('-');
}

/** Section 4: SQLCipher 4 with a raw key, through SQLite3 Multiple Ciphers' pragmas. */
function readCouples(databasePath: string, key: Buffer, pageSize = 4096): string[] {
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    if (pageSize !== 4096) db.pragma(`legacy_page_size=${pageSize}`);
    db.pragma(`key="x'${key.toString('hex')}'"`);
    const rows = db.prepare('SELECT display_name FROM couples ORDER BY display_name').all() as {
      display_name: string;
    }[];
    return rows.map((row) => row.display_name);
  } finally {
    db.close();
  }
}

/** Section 6: scrypt, the header as a JSON array for AAD, AES-256-GCM, then gunzip. */
function openExport(file: string, passphrase: string): { format: string; tables: Record<string, unknown[]> } {
  const e = JSON.parse(readFileSync(file, 'utf8')) as {
    format: string;
    version: number;
    kdf: { name: string; N: number; r: number; p: number; salt: string };
    cipher: string;
    iv: string;
    tag: string;
    ciphertext: string;
  };
  const { N, r, p, salt } = e.kdf;
  const key = scryptSync(passphrase.normalize('NFC'), Buffer.from(salt, 'base64'), 32, {
    N,
    r,
    p,
    maxmem: 256 * N * r,
  });
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(e.iv, 'base64'));
  const aad = JSON.stringify([e.format, e.version, e.kdf.name, N, r, p, salt, e.cipher, e.iv]);
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(Buffer.from(e.tag, 'base64'));
  const gz = Buffer.concat([decipher.update(Buffer.from(e.ciphertext, 'base64')), decipher.final()]);
  return JSON.parse(gunzipSync(gz).toString('utf8'));
}

/* ---------- a practice made by Rekindle ---------- */

// Typed with a decomposed é (e + U+0301): the reader must normalize to NFC as the document says.
const PASSPHRASE = 'cafe\u0301 lantern orchard velvet';
const EXPORT_PASSPHRASE = 'quill harbor juniper meadow';
const COUPLES = ['Couple A for the format test', 'Couple B for the format test'];

describe('docs/vault-format.md, followed by an independent reader', () => {
  const folder = mkdtempSync(join(tmpdir(), 'rekindle-format-'));
  let t: TestCore;
  let recoveryKey = '';
  let exportFile = '';
  let backupFile = '';

  beforeAll(async () => {
    t = await makeCore({
      core: { saveDialog: async ({ fileName }) => join(folder, fileName), folderDialog: async () => folder },
    });
    ({ recoveryKey } = await t.ok('vault:create', { passphrase: PASSPHRASE }));
    for (const displayName of COUPLES) await t.ok('couples:create', fictionalCouple({ displayName }));
    await t.ok('backups:configure', { chooseFolder: true });
    backupFile = join(folder, (await t.ok('backups:create', {})).fileName);
    const made = await t.ok('exports:create', {
      scope: { kind: 'practice' },
      includeProcessNotes: false,
      passphrase: EXPORT_PASSPHRASE,
    });
    exportFile = join(folder, made.fileName ?? '');
    // Locked, as at quitting: the reader opens the files Rekindle left.
    await t.ok('vault:lock', {});
  });
  afterAll(async () => {
    await t.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  const vaultJson = () => JSON.parse(readFileSync(join(t.dataDir, 'vault.json'), 'utf8')) as VaultJson;

  it('names the format and its database as the document says', () => {
    const vault = vaultJson();
    expect(vault).toMatchObject({
      format: 'rekindle-vault',
      version: 1,
      database: { cipher: 'sqlcipher', legacy: 4, file: 'rekindle.db' },
    });
    if (vault.keyId !== undefined) expect(vault.keyId).toMatch(/^[0-9a-f]+$/);
    if (vault.database.pageSize !== undefined) expect([4096, 16384]).toContain(vault.database.pageSize);
    for (const wrap of [vault.wraps.passphrase, vault.wraps.recovery]) {
      expect(Buffer.from(wrap.salt, 'base64')).toHaveLength(16);
      expect(Buffer.from(wrap.iv, 'base64')).toHaveLength(12);
      expect(Buffer.from(wrap.tag, 'base64')).toHaveLength(16);
      expect(Buffer.from(wrap.ciphertext, 'base64')).toHaveLength(32);
    }
    // Not a plain SQLite file: the first 16 bytes are SQLCipher's salt.
    expect(readFileSync(join(t.dataDir, vault.database.file)).subarray(0, 16).toString('latin1')).not.toBe(
      'SQLite format 3\0',
    );
  });

  it('opens the records with the passphrase', () => {
    const vault = vaultJson();
    const key = unwrap(vault.wraps.passphrase, PASSPHRASE, 'passphrase');
    expect(readCouples(join(t.dataDir, vault.database.file), key, vault.database.pageSize)).toEqual(COUPLES);
    // The composed form is the same passphrase after NFC; the raw decomposed bytes are not.
    expect(unwrap(vault.wraps.passphrase, PASSPHRASE.normalize('NFC'), 'passphrase').equals(key)).toBe(true);
    expect(() =>
      unwrapWithBytes(vault.wraps.passphrase, Buffer.from(PASSPHRASE, 'utf8'), 'passphrase'),
    ).toThrow();
  });

  it('opens the records with the recovery key as a person might type it back', () => {
    const vault = vaultJson();
    const typed = recoveryKey.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
    const key = unwrap(vault.wraps.recovery, canonicalRecoveryKey(typed), 'recovery');
    expect(canonicalRecoveryKey(typed)).toBe(recoveryKey);
    expect(recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(readCouples(join(t.dataDir, vault.database.file), key, vault.database.pageSize)).toEqual(COUPLES);
    // The AAD binds the purpose: the recovery wrap does not open as a passphrase wrap.
    expect(() => unwrap(vault.wraps.recovery, recoveryKey, 'passphrase')).toThrow();
  });

  it('opens a backup with its own key file', () => {
    const keyFile = JSON.parse(readFileSync(backupFile.replace(/\.db$/, '.vault.json'), 'utf8')) as VaultJson;
    const key = unwrap(keyFile.wraps.passphrase, PASSPHRASE, 'passphrase');
    expect(readCouples(backupFile, key, keyFile.database.pageSize)).toEqual(COUPLES);
    expect(readdirSync(folder).filter((name) => name.endsWith('.db-wal'))).toEqual([]);
  });

  it('decrypts the export archive', () => {
    const data = openExport(exportFile, EXPORT_PASSPHRASE);
    expect(data.format).toBe('rekindle-export-data');
    const names = (data.tables.couples as { display_name: string }[]).map((row) => row.display_name).sort();
    expect(names).toEqual(COUPLES);
  });
});
