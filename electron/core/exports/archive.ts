import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { CoreFailure } from '@core/errors';
import type { ScryptParams } from '@core/types';
import { deriveKey, neverWrapped } from '@core/vault/key-wrap';
import {
  EXPORT_FILE_FORMAT,
  EXPORT_FILE_VERSION,
  type ExportEnvelope,
  exportEnvelopeSchema,
  exportHeaderAad,
} from '@shared/contract/exports';
import { z } from 'zod';

/**
 * Seals and opens `.rekindle` archives: gzip, then AES-256-GCM under a key scrypt derives from
 * the clinician's export passphrase (the vault's key-wrap pattern and cost). The envelope
 * header is the GCM additional data, so changing the cost, salt or version breaks the tag.
 */

/** Far above any practice's export; stops a hostile file from exhausting memory when inflated. */
const MAX_PLAINTEXT_BYTES = 1024 * 1024 * 1024;

export async function sealArchive(
  document: string,
  passphrase: string,
  params: ScryptParams,
): Promise<string> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const header: Omit<ExportEnvelope, 'tag' | 'ciphertext'> = {
    format: EXPORT_FILE_FORMAT,
    version: EXPORT_FILE_VERSION,
    kdf: { name: 'scrypt', ...params, salt: salt.toString('base64') },
    cipher: 'aes-256-gcm',
    iv: iv.toString('base64'),
  };
  const key = await deriveKey(passphrase, salt, params);
  try {
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(exportHeaderAad(header), 'utf8'));
    const ciphertext = Buffer.concat([
      cipher.update(gzipSync(Buffer.from(document, 'utf8'))),
      cipher.final(),
    ]);
    const envelope: ExportEnvelope = {
      ...header,
      tag: cipher.getAuthTag().toString('base64'),
      ciphertext: ciphertext.toString('base64'),
    };
    return `${JSON.stringify(envelope, null, 1)}\n`;
  } finally {
    key.fill(0);
  }
}

export const NEWER_EXPORT_VERSION =
  'This export was made by a newer version of Rekindle. Update Rekindle, then import it again.';

const NOT_AN_EXPORT = 'That file is not a Rekindle export. Choose a file whose name ends in .rekindle.';

/** Reads the envelope, telling a foreign file and a newer format apart from a damaged one. */
export function readEnvelope(file: Buffer): ExportEnvelope {
  let parsed: unknown;
  try {
    parsed = JSON.parse(file.toString('utf8'));
  } catch {
    throw new CoreFailure('validation', NOT_AN_EXPORT);
  }
  const head = z.object({ format: z.literal(EXPORT_FILE_FORMAT), version: z.number() }).safeParse(parsed);
  if (!head.success) throw new CoreFailure('validation', NOT_AN_EXPORT);
  if (head.data.version > EXPORT_FILE_VERSION) {
    throw new CoreFailure('validation', NEWER_EXPORT_VERSION);
  }
  const envelope = exportEnvelopeSchema.safeParse(parsed);
  if (!envelope.success) {
    throw new CoreFailure('validation', 'This export is damaged: its header is incomplete. Export it again.');
  }
  return envelope.data;
}

function wrongExportPassphrase(): CoreFailure {
  return new CoreFailure(
    'wrong_passphrase',
    'That passphrase does not open this export. Check it and try again (it is the one chosen when the export was made, not the vault passphrase).',
  );
}

/** The data document's JSON text, or a `wrong_passphrase` failure when the tag does not verify. */
export async function openArchive(envelope: ExportEnvelope, passphrase: string): Promise<string> {
  const { kdf } = envelope;
  if (neverWrapped(passphrase)) throw wrongExportPassphrase();
  const key = await deriveKey(passphrase, Buffer.from(kdf.salt, 'base64'), kdf);
  let compressed: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(envelope.iv, 'base64'));
    decipher.setAAD(Buffer.from(exportHeaderAad(envelope), 'utf8'));
    decipher.setAuthTag(Buffer.from(envelope.tag, 'base64'));
    compressed = Buffer.concat([
      decipher.update(Buffer.from(envelope.ciphertext, 'base64')),
      decipher.final(),
    ]);
  } catch {
    // GCM cannot tell a wrong passphrase from an altered file; a wrong passphrase is far likelier.
    throw wrongExportPassphrase();
  } finally {
    key.fill(0);
  }
  try {
    return gunzipSync(compressed, { maxOutputLength: MAX_PLAINTEXT_BYTES }).toString('utf8');
  } catch {
    throw new CoreFailure(
      'validation',
      'This export is damaged: its content cannot be read. Export it again.',
    );
  }
}
