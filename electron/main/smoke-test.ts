import type { WebContents } from 'electron';
import { z } from 'zod';

/**
 * `Rekindle --smoke-test`: the release pipeline starts each packaged build with this flag on
 * macOS, Windows and Linux before anyone installs it. The app starts as usual, but on a
 * throwaway data folder (data-folder.ts); once the window has loaded, this drives the real
 * path a clinician's first minutes take, through the renderer's own bridge: the preload,
 * IPC, the core and the native SQLite module in the packaged build. The app then quits
 * through its normal quit (drafts, vault closed), with status 0, or exits with 1 saying
 * which step failed.
 */
export const SMOKE_TEST_FLAG = '--smoke-test';

/** Long enough for a slow CI machine's first start; a hung start must still end the run. */
export const SMOKE_TEST_TIMEOUT_MS = 120_000;

export function isSmokeTest(argv: readonly string[]): boolean {
  return argv.includes(SMOKE_TEST_FLAG);
}

/** What the page reports back: every step it passed, or the one that failed and why. */
const smokeReportSchema = z.object({
  passed: z.array(z.string()),
  failed: z.object({ step: z.string(), detail: z.string() }).nullable(),
});
export type SmokeReport = z.infer<typeof smokeReportSchema>;

/**
 * Runs in the renderer's main world, where the preload has put `window.rekindle`. Plain
 * JavaScript in a string: it is evaluated in the page, not bundled. The couple is obviously
 * fictional.
 */
export const SMOKE_SCRIPT = `(async () => {
  const passed = [];
  const fail = (step, detail) => ({ passed, failed: { step, detail: String(detail) } });
  const bridge = window.rekindle;
  if (!bridge || typeof bridge.invoke !== 'function') return fail('bridge', 'window.rekindle.invoke is missing');
  passed.push('bridge');
  const call = async (channel, input) => {
    const envelope = await bridge.invoke(channel, input);
    if (!envelope || envelope.ok !== true) {
      throw new Error(channel + ': ' + (envelope && envelope.error ? envelope.error.code + ' ' + envelope.error.message : 'no answer'));
    }
    return envelope.value;
  };
  const partner = (firstName, inRecovery) => ({
    firstName, lastName: 'Smoketest', preferredName: null, pronouns: null, dateOfBirth: null,
    phone: null, email: null, inRecovery, substances: inRecovery ? ['alcohol'] : [],
    severity: null, yearsOfUse: null, sobrietyDate: null,
  });
  let step = 'vault';
  try {
    const created = await call('vault:create', { passphrase: 'smoke test lantern orchard velvet compass' });
    if (typeof created.recoveryKey !== 'string' || created.recoveryKey.length < 20) return fail('vault', 'no recovery key');
    passed.push('vault');
    step = 'couple';
    const couple = await call('couples:create', {
      displayName: 'Smoke Test Couple (fictional)', status: 'intake', referralSource: null,
      startDate: null, partnerA: partner('Alpha', true), partnerB: partner('Beta', false),
    });
    passed.push('couple');
    step = 'read back';
    const read = await call('couples:get', { id: couple.id });
    if (read.displayName !== 'Smoke Test Couple (fictional)' || read.partnerA.firstName !== 'Alpha') {
      return fail('read back', 'the couple read back is not the one written');
    }
    passed.push('read back');
    return { passed, failed: null };
  } catch (error) {
    return fail(step, error && error.message);
  }
})()`;

/** Waits for the window's first load, then runs the script; never rejects (failures are reported). */
export async function runSmokeTest(
  contents: Pick<WebContents, 'once' | 'isLoading' | 'executeJavaScript'>,
): Promise<SmokeReport> {
  const loaded = await new Promise<string | null>((resolve) => {
    if (!contents.isLoading()) {
      resolve(null);
      return;
    }
    contents.once('did-finish-load', () => resolve(null));
    contents.once('did-fail-load', (_event, code, description) => resolve(`${code} ${description}`));
  });
  if (loaded !== null) return { passed: [], failed: { step: 'load', detail: loaded } };
  try {
    // The page is checked like any other input: a page that answers nothing has failed.
    const answer = smokeReportSchema.safeParse(await contents.executeJavaScript(SMOKE_SCRIPT));
    return answer.success
      ? answer.data
      : { passed: [], failed: { step: 'script', detail: 'the page gave no report' } };
  } catch (error) {
    return {
      passed: [],
      failed: { step: 'script', detail: error instanceof Error ? error.message : String(error) },
    };
  }
}
