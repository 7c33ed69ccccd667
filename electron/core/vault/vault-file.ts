import { z } from 'zod';
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
  /** How the database is encrypted, so a future version knows what it opens. */
  database: z.object({ cipher: z.literal('sqlcipher'), legacy: z.literal(4), file: z.string() }),
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
