/**
 * The process the kill test murders. It opens (or, in trial 0, creates) the vault in the data
 * folder given as argv[2], then writes signed notes as fast as it can. After each sign returns,
 * it writes `<noteId> <contentHash>` to stdout with a synchronous write: once a line is out, the
 * app has told the clinician the note is signed, so it must survive the SIGKILL that follows.
 */
import { Vault } from '@core/vault/vault';
import { fictionalCouple } from '../fixtures/couples';
import { fictionalDapNote, fictionalSession } from '../fixtures/sessions';
import { TEST_KDF, TEST_PASSPHRASE } from '../support/core';
import { say } from './child-output';
import { clinicalCore } from './support';

const [dataDir, mode, trial] = process.argv.slice(2);
if (!dataDir || (mode !== 'create' && mode !== 'unlock')) {
  process.stderr.write('usage: kill-child <dataDir> create|unlock <trial>\n');
  process.exit(2);
}

async function main(): Promise<void> {
  // Without the report modules, whose loading (pdfkit, fonts) costs a second per start: the
  // vault, dispatcher and note handlers under test are the production ones.
  const { dispatch } = clinicalCore(
    new Vault({ dataDir: dataDir as string, clock: () => new Date(), kdf: TEST_KDF }),
  );
  const core = { dispatch };
  const open = await core.dispatch(mode === 'create' ? 'vault:create' : 'vault:unlock', {
    passphrase: TEST_PASSPHRASE,
  });
  if (!open.ok) throw new Error(`open failed: ${open.error.code}`);
  const couple = await core.dispatch(
    'couples:create',
    fictionalCouple({ displayName: `Kill trial ${trial}` }),
  );
  if (!couple.ok) throw new Error(`couple failed: ${couple.error.code}`);
  say('ready');
  for (let i = 0; ; i += 1) {
    const session = await core.dispatch('sessions:create', fictionalSession(couple.value.id));
    if (!session.ok) throw new Error(`session failed: ${session.error.code}`);
    const draft = await core.dispatch('notes:saveDraft', {
      sessionId: session.value.id,
      content: fictionalDapNote({ homework: `Trial ${trial} note ${i}: gratitude journal` }),
    });
    if (!draft.ok) throw new Error(`draft failed: ${draft.error.code}`);
    const signed = await core.dispatch('notes:sign', {
      id: draft.value.id,
      signedBy: 'Dr. Example Clinician, LMFT',
      attest: true,
    });
    if (!signed.ok || !signed.value.contentHash) throw new Error('sign failed');
    say(`signed ${signed.value.id} ${signed.value.contentHash}`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`kill-child: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
