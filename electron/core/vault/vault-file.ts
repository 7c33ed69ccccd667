import { z } from 'zod';
import { LEGACY_PAGE_SIZE, PAGE_SIZES, type PageSize } from '../db/open';
import { CoreFailure } from '../errors';
import { readFileIfExists, writeFileAtomic } from '../files';
import type { KeyWrap } from './key-wrap';

/**
 * The vault file holds the database key wrapped twice (passphrase, recovery key) and the
 * parameters needed to unwrap it. It holds no clinical data and no usable key material.
 */
const keyWrapSchema = z.object({
  kdf: z.literal('scrypt'),
  N: z
    .number()
    .int()
    .min(2 ** 10)
    .max(2 ** 22),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
  salt: z.string().min(16),
  cipher: z.literal('aes-256-gcm'),
  iv: z.string().min(12),
  tag: z.string().min(16),
  ciphertext: z.string().min(32),
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
