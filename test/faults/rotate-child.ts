/**
 * The process the rotation kill test murders, and the disk-full test starves. It unlocks the
 * vault in the data folder given as argv[2] with argv[3], says `ready`, rotates the key (to the
 * passphrase argv[4], or keeping argv[3] when they are equal) and says `rotated <ms>` or, when
 * the rotation is refused, `refused <code> <message>`. Then it idles until it is killed, or
 * exits when argv[5] is `exit`.
 */
import { CoreFailure } from '@core/errors';
import { Vault } from '@core/vault/vault';
import { say } from './child-output';

/**
 * TEST_KDF, written out: importing it from test/support would bundle the whole core into a child
 * that starts 110 times, and only the vault is under test here.
 */
const KDF = { N: 2 ** 14, r: 8, p: 1 };

const [dataDir, passphrase, nextPassphrase, after] = process.argv.slice(2);
if (!dataDir || !passphrase || !nextPassphrase) {
  process.stderr.write('usage: rotate-child <dataDir> <passphrase> <nextPassphrase> [exit]\n');
  process.exit(2);
}

async function main(): Promise<void> {
  const vault = new Vault({ dataDir: dataDir as string, clock: () => new Date(), kdf: KDF });
  await vault.unlock(passphrase as string);
  say('ready');
  const started = performance.now();
  try {
    await vault.rotateKey(passphrase as string, nextPassphrase === passphrase ? undefined : nextPassphrase);
    say(`rotated ${Math.round(performance.now() - started)}`);
  } catch (error) {
    if (!(error instanceof CoreFailure)) throw error;
    say(`refused ${error.code} ${error.message}`);
  }
  if (after === 'exit') process.exit(0);
  setInterval(() => undefined, 60_000);
}

main().catch((error: unknown) => {
  process.stderr.write(`rotate-child: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
