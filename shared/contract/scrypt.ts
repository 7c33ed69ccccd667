import { z } from 'zod';

/**
 * Bounds on the scrypt cost and the byte lengths of every key wrap read from disk: the vault
 * file, a backup's key file and a `.rekindle` export archive. Each of those files names its
 * own cost, so without bounds a crafted file could ask for gigabytes of memory (N = 2^22,
 * r = 32, p = 16) or for a cost so low that guessing is nearly free. docs/vault-format.md
 * documents these numbers; a file outside them is refused as damaged or foreign before any
 * key is derived.
 */

/** The accepted costs: N a power of two from 2^14 (about 16 MiB) to 2^18 (256 MiB, with r = 8). */
export const SCRYPT_N_VALUES = [2 ** 14, 2 ** 15, 2 ** 16, 2 ** 17, 2 ** 18] as const;
export const SCRYPT_R = 8;
export const SCRYPT_MAX_P = 2;

export const SALT_BYTES = 16;
export const GCM_IV_BYTES = 12;
export const GCM_TAG_BYTES = 16;
/** A wrapped database key: 32 bytes, and GCM adds no padding. */
export const WRAPPED_KEY_BYTES = 32;

/**
 * Canonical, padded base64 (RFC 4648 section 4) of exactly `bytes` bytes. Checked on the text,
 * so the decoded length is known before anything is decoded; a regular expression also
 * publishes as a JSON Schema `pattern`.
 */
export function base64OfBytes(bytes: number, what: string) {
  // Every 3 bytes are 4 characters; 1 or 2 bytes left over are 2 or 3 characters and padding.
  const left = bytes % 3;
  const characters = Math.floor(bytes / 3) * 4 + (left === 0 ? 0 : left + 1);
  const padding = left === 0 ? '' : '='.repeat(3 - left);
  return z
    .string()
    .regex(new RegExp(`^[A-Za-z0-9+/]{${characters}}${padding}$`))
    .describe(`base64 of ${bytes} bytes: ${what}`);
}

export const scryptNSchema = z
  .literal(SCRYPT_N_VALUES)
  .describe('scrypt cost N: a power of two from 2^14 to 2^18');
export const scryptRSchema = z
  .number()
  .int()
  .min(SCRYPT_R)
  .max(SCRYPT_R)
  .describe('scrypt block size r: always 8');
export const scryptPSchema = z
  .number()
  .int()
  .min(1)
  .max(SCRYPT_MAX_P)
  .describe('scrypt parallelism p: 1 or 2');

/** Whether Rekindle would read back a wrap made with these parameters. */
export function scryptParamsInBounds(params: { N: number; r: number; p: number }): boolean {
  return (
    scryptNSchema.safeParse(params.N).success &&
    scryptRSchema.safeParse(params.r).success &&
    scryptPSchema.safeParse(params.p).success
  );
}

/** The scrypt fields every wrap on disk records: cost and salt. */
export const scryptFields = {
  N: scryptNSchema,
  r: scryptRSchema,
  p: scryptPSchema,
  salt: base64OfBytes(SALT_BYTES, 'scrypt salt, random'),
};
export const gcmIvSchema = base64OfBytes(GCM_IV_BYTES, 'AES-GCM nonce, random');
export const gcmTagSchema = base64OfBytes(GCM_TAG_BYTES, 'AES-GCM authentication tag');
