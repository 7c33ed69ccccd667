import { realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { CoreFailure } from '@core/errors';
import type { OpenFileDialog } from '@core/types';
import type { BackupSource, Vault } from '@core/vault/vault';
import { readVaultFile } from '@core/vault/vault-file';
import type { ChosenBackup, vaultContract } from '@shared/contract/vault';
import { backupCreatedAt, backupKeyFileName } from '@shared/domain/backups/file-name';
import { isoInstantOrNull } from '@shared/domain/dates';
import type { HandlerMap } from './handlers';

export interface VaultHandlerDeps {
  /** Where restoring asks for the backup file; absent where there is no window. */
  openFileDialog: OpenFileDialog | undefined;
}

function sameFile(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/** The key file beside a backup, if it is there and readable: when its passphrase was set. */
function keyFileFacts(path: string): ChosenBackup['keyFile'] {
  try {
    const keyFile = readVaultFile(path);
    const passphraseSetAt = keyFile ? isoInstantOrNull(keyFile.passphraseChangedAt) : null;
    return passphraseSetAt === null ? null : { passphraseSetAt };
  } catch {
    return null;
  }
}

export function createVaultHandlers(vault: Vault, deps: VaultHandlerDeps = { openFileDialog: undefined }) {
  /**
   * The backup chosen for a locked restore. Its path stays here, in the core: the renderer
   * only ever names the file, so it can never point the restore at a path of its own.
   */
  let chosen: BackupSource | null = null;

  function source(): BackupSource {
    if (!chosen) throw new CoreFailure('not_found', 'Choose the backup to restore first.');
    return chosen;
  }

  return {
    'vault:status': () => ({ state: vault.status() }),
    'vault:create': async ({ passphrase }) => ({ recoveryKey: await vault.create(passphrase) }),
    'vault:unlock': async ({ passphrase }) => {
      await vault.unlock(passphrase);
      return { state: 'unlocked' as const };
    },
    'vault:unlockWithRecoveryKey': async ({ recoveryKey, newPassphrase }) => {
      await vault.unlockWithRecoveryKey(recoveryKey, newPassphrase);
      return { state: 'unlocked' as const };
    },
    'vault:changePassphrase': async ({ current, next }) => {
      await vault.changePassphrase(current, next);
      return { changed: true as const };
    },
    'vault:rotateKey': async ({ passphrase, newPassphrase }) => vault.rotateKey(passphrase, newPassphrase),
    'vault:lock': async () => {
      await vault.lock();
      return { state: 'locked' as const };
    },

    'vault:chooseBackup': async () => {
      if (!deps.openFileDialog) {
        throw new CoreFailure('not_saved', 'Choosing a backup needs the Rekindle desktop window.');
      }
      const path = await deps.openFileDialog({
        title: 'Choose a Rekindle backup to restore',
        buttonLabel: 'Choose backup',
        filter: { name: 'Rekindle backups', extensions: ['db'] },
      });
      if (path === null) return { backup: chosen ? describeChosen(chosen) : null };
      if (!isAbsolute(path) || !isFile(path)) {
        throw new CoreFailure('not_found', 'That file cannot be found. Choose a Rekindle backup file.');
      }
      if (sameFile(path, vault.databasePath)) {
        throw new CoreFailure(
          'validation',
          'That is the database Rekindle is trying to open, not a backup. Choose a backup file (rekindle-backup-….db).',
        );
      }
      const fileName = basename(path);
      chosen = {
        fileName,
        databasePath: path,
        keyFilePath: join(dirname(path), backupKeyFileName(fileName)),
      };
      return { backup: describeChosen(chosen) };
    },

    'vault:previewBackup': async (secret) => {
      const from = source();
      const contents = await vault.previewBackup(from, secret);
      return { fileName: from.fileName, createdAt: backupCreatedAt(from.fileName), contents };
    },

    'vault:restoreBackup': async (input) => {
      const from = source();
      const { contents, replacedFolder } =
        'newPassphrase' in input
          ? await vault.restoreBackup(from, { recoveryKey: input.recoveryKey }, input.newPassphrase)
          : await vault.restoreBackup(from, { passphrase: input.passphrase });
      chosen = null;
      return {
        state: 'unlocked' as const,
        restored: { fileName: from.fileName, createdAt: backupCreatedAt(from.fileName), contents },
        replacedFolder,
      };
    },
  } satisfies HandlerMap<keyof typeof vaultContract>;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function describeChosen(from: BackupSource): ChosenBackup {
  return {
    fileName: from.fileName,
    createdAt: backupCreatedAt(from.fileName),
    keyFile: keyFileFacts(from.keyFilePath),
  };
}
