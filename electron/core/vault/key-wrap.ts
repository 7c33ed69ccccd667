import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import type { ScryptParams } from '@core/types';
import { scryptParamsInBounds } from '@shared/contract/scrypt';

/**
 * Wraps the 32-byte database key under a secret (passphrase or recovery key): scrypt
 * derives a key-encryption key, AES-256-GCM encrypts the database key. GCM's tag tells a
 * wrong secret from a right one without storing any verifier.
 */

/** About 0.3-0.5 s and 128 MiB on a laptop: slow enough to make guessing expensive. */
export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };

export interface KeyWrap {
  kdf: 'scrypt';
  N: number;
  r: number;
  p: number;
  salt: string;
  cipher: 'aes-256-gcm';
  iv: string;
  tag: string;
  ciphertext: string;
}

/** The 32-byte key scrypt derives from a secret (normalized to NFC); also seals export archives. */
export function deriveKey(secret: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  // Files are checked against these bounds when read; this catches a caller that forgot, and
  // stops Rekindle writing a wrap it would refuse to read back.
  if (!scryptParamsInBounds(params)) {
    return Promise.reject(new Error('scrypt parameters outside the bounds in shared/contract/scrypt.ts'));
  }
  // maxmem must exceed 128 * N * r; leave headroom so Node does not refuse the call.
  const maxmem = 256 * params.N * params.r + 1024 * 1024;
  return new Promise((resolve, reject) => {
    scrypt(secret.normalize('NFC'), salt, 32, { ...params, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export async function wrapKey(
  key: Buffer,
  secret: string,
  params: ScryptParams,
  purpose: string,
): Promise<KeyWrap> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const kek = await deriveKey(secret, salt, params);
  try {
    const cipher = createCipheriv('aes-256-gcm', kek, iv);
    // Binding the purpose stops a passphrase wrap being swapped in as a recovery wrap.
    cipher.setAAD(Buffer.from(`rekindle-vault:${purpose}`));
    const ciphertext = Buffer.concat([cipher.update(key), cipher.final()]);
    return {
      kdf: 'scrypt',
      ...params,
      salt: salt.toString('base64'),
      cipher: 'aes-256-gcm',
      iv: iv.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
      ciphertext: ciphertext.toString('base64'),
    };
  } finally {
    kek.fill(0);
  }
}

/**
 * A secret no key was ever derived from. scrypt's PBKDF2-HMAC pads a short secret with zero
 * bytes, so `passphrase` followed by NUL characters would derive the same key as
 * `passphrase`; choosing a passphrase refuses NUL characters, so a secret holding one is
 * simply wrong.
 */
export function neverWrapped(secret: string): boolean {
  return secret.includes('\u0000');
}

/** The database key, or `null` when the secret is wrong (the GCM tag does not verify). */
export async function unwrapKey(wrap: KeyWrap, secret: string, purpose: string): Promise<Buffer | null> {
  if (neverWrapped(secret)) return null;
  const kek = await deriveKey(secret, Buffer.from(wrap.salt, 'base64'), wrap);
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrap.iv, 'base64'));
    decipher.setAAD(Buffer.from(`rekindle-vault:${purpose}`));
    decipher.setAuthTag(Buffer.from(wrap.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(wrap.ciphertext, 'base64')), decipher.final()]);
  } catch {
    return null;
  } finally {
    kek.fill(0);
  }
}
