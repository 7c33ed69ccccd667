import { LEGACY_PAGE_SIZE, PAGE_SIZES, type PageSize } from '@core/db/open';
import { CoreFailure } from '@core/errors';
import { readFileIfExists, writeFileAtomic } from '@core/files';
import {
  base64OfBytes,
  gcmIvSchema,
  gcmTagSchema,
  scryptFields,
  WRAPPED_KEY_BYTES,
} from '@shared/contract/scrypt';
import { z } from 'zod';
import type { KeyWrap } from './key-wrap';

/**
 * The vault file holds the database key wrapped twice (passphrase, recovery key) and the
 * parameters needed to unwrap it. It holds no clinical data and no usable key material.
 * docs/vault-format.md specifies it. Every field is bounded (shared/contract/scrypt.ts): the
 * file names its own scrypt cost, so an unbounded one could make reading it cost gigabytes of
 * memory, or next to nothing; a file outside the bounds is damaged (or not ours).
 */
const keyWrapSchema = z.object({
  kdf: z.literal('scrypt'),
  ...scryptFields,
  cipher: z.literal('aes-256-gcm'),
  iv: gcmIvSchema,
  tag: gcmTagSchema,
  ciphertext: base64OfBytes(WRAPPED_KEY_BYTES, 'the encrypted database key'),
}) satisfies z.ZodType<KeyWrap>;

const vaultFileSchema = z.object({
  format: z.literal('rekindle-vault'),
  version: z.literal(1),
  /**
   * How the database is encrypted, so a future version knows what it opens. `pageSize` is the
   * SQLCipher page size (`cipher_page_size`); vault files written before it was recorded have
   * none, and their databases have 4096-byte pages.
   */
  database: z.object({
    cipher: z.literal('sqlcipher'),
    legacy: z.literal(4),
    file: z.string(),
    pageSize: z.union(PAGE_SIZES.map((size) => z.literal(size))).optional(),
  }),
  createdAt: z.string(),
  passphraseChangedAt: z.string(),
  /**
   * Names the database key's generation (random, not secret). Backups carry a copy of this file
   * as their key file, so comparing ids tells a backup made under an earlier key. Absent in
   * vaults made before key rotation existed: that is the first key.
   */
  keyId: z
    .string()
    .regex(/^[0-9a-f]{32}$/)
    .optional(),
  /** When this key replaced an earlier one; absent for a vault's first key. */
  keyRotatedAt: z.string().optional(),
  wraps: z.object({ passphrase: keyWrapSchema, recovery: keyWrapSchema }),
});

export type VaultFile = z.infer<typeof vaultFileSchema>;

/** The page size of the database a vault or key file goes with. */
export function databasePageSize(vault: Pick<VaultFile, 'database'>): PageSize {
  return vault.database.pageSize ?? LEGACY_PAGE_SIZE;
}

export function readVaultFile(path: string): VaultFile | null {
  const text = readFileIfExists(path);
  if (text === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw vaultCorrupt();
  }
  const parsed = vaultFileSchema.safeParse(json);
  if (!parsed.success) throw vaultCorrupt();
  return parsed.data;
}

export function writeVaultFile(path: string, vault: VaultFile): void {
  writeFileAtomic(path, `${JSON.stringify(vault, null, 2)}\n`);
}

function vaultCorrupt(): CoreFailure {
  return new CoreFailure(
    'vault_corrupt',
    'The vault key file is damaged, so the database cannot be opened. Choose “Restore from a backup” to put a backup and its key file in place; nothing has been changed.',
  );
}
