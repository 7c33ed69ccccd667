import type { vaultContract } from '../../../shared/contract/vault';
import type { Vault } from '../vault/vault';
import type { HandlerMap } from './handlers';

export function createVaultHandlers(vault: Vault) {
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
    'vault:lock': async () => {
      await vault.lock();
      return { state: 'locked' as const };
    },
  } satisfies HandlerMap<keyof typeof vaultContract>;
}
