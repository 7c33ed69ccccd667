import { randomBytes } from 'node:crypto';

/**
 * Recovery keys: 160 random bits in Crockford base32 (no I, L, O, U), shown as eight
 * groups of four so they can be written down and typed back without ambiguity.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BYTES = 20;

export function generateRecoveryKey(): string {
  const bytes = randomBytes(BYTES);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  bytes.fill(0);
  return formatRecoveryKey(out);
}

function formatRecoveryKey(compact: string): string {
  return compact.match(/.{1,4}/g)?.join('-') ?? compact;
}

/**
 * Accepts what a person types back: any case, spaces or hyphens, and the letters base32
 * readers confuse (O for 0, I and L for 1). Returns the canonical grouped form.
 */
export function normalizeRecoveryKey(typed: string): string {
  const compact = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return formatRecoveryKey(compact);
}
