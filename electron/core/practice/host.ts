/**
 * The practice host: what the Electron shell and the end-to-end harness hold instead of a
 * bare core. It keeps the real practice's core (the clinician's vault) and, when asked,
 * builds the demo practice in a separate folder and switches every call to the demo's own
 * core until the clinician leaves it. The `practice:*` channels are answered here, locked or
 * not; every other channel goes to the core of the practice that is open.
 *
 * The real vault is locked before a demo is built and is never read or written by it.
 */

import { createCore } from '@core';
import { DEFAULT_DEMO_COUPLES } from '@core/demo';
import { createDispatcher } from '@core/dispatch';
import { errorSummary } from '@core/error-summary';
import { CoreFailure } from '@core/errors';
import { restrictNewFileModes } from '@core/files';
import type { HandlerMap } from '@core/services/handlers';
import type { Core, CoreOptions } from '@core/types';
import {
  isPracticeChannel,
  type PracticeKind,
  type PracticeStatus,
  type practiceContract,
} from '@shared/contract/practice';
import { DEMO_PASSPHRASE, DemoBuild, DemoBuildCancelled } from './demo-build';
import { DemoFolderRefused, discardDemoFolder } from './demo-folder';

/** The app's demo: every featured situation, months of history, built in seconds. */
export const APP_DEMO_SIZE = { couples: DEFAULT_DEMO_COUPLES, months: 6 };

export interface PracticeHostOptions extends CoreOptions {
  /** The demo practice's own folder: never the real one (`dataDir`), inside it or around it. */
  demoDir: string;
  /** How big a demo to build (tests build a small one). */
  demoSize?: { couples: number; months: number; seed?: string };
}

interface BuildInProgress {
  job: DemoBuild;
  /** Settles once the build has ended and its outcome is handled (a core left over is closed). */
  settled: Promise<void>;
  couples: number;
  /** Set when the build failed: what to tell the clinician. */
  failed: string | null;
  /** The app was locked while the demo was being built: open it locked. */
  lockWhenDone: boolean;
}

/**
 * Channels that would make the demo's shown passphrase wrong. Restoring a backup would also
 * bring real records into the demo's folder, which is thrown away when the demo is left.
 */
const REFUSED_IN_DEMO = new Set([
  'vault:changePassphrase',
  'vault:unlockWithRecoveryKey',
  'vault:restoreBackup',
]);

function failureMessage(error: unknown): string {
  if (error instanceof DemoFolderRefused) return error.message;
  console.error(`[rekindle] the demo practice failed to build: ${errorSummary(error)}`);
  return 'The demo practice could not be built. Your own records were not touched. Try again, or restart Rekindle.';
}

export function createPracticeHost(options: PracticeHostOptions): Core {
  restrictNewFileModes();
  const { demoDir, demoSize = APP_DEMO_SIZE, ...realOptions } = options;
  const clock = options.clock ?? (() => new Date());
  const real = createCore(realOptions);
  let current: Core = real;
  let practice: PracticeKind = 'real';
  let build: BuildInProgress | null = null;
  let closed = false;

  const status = (): PracticeStatus => ({
    practice,
    demoPassphrase: practice === 'demo' ? DEMO_PASSPHRASE : null,
    demoBuild: build
      ? {
          state: build.failed === null ? 'building' : 'failed',
          progress: build.job.progress(),
          couples: build.couples,
          message: build.failed,
        }
      : null,
  });

  function startDemo(): void {
    const job = new DemoBuild({
      demoDir,
      realDir: options.dataDir,
      clock,
      coreOptions: {
        kdf: options.kdf,
        saveDialog: options.saveDialog,
        folderDialog: options.folderDialog,
        openFileDialog: options.openFileDialog,
        screenLock: options.screenLock,
      },
      ...demoSize,
      // Nothing of the real practice stays open while the demo is.
      after: real.lock(),
    });
    const entry: BuildInProgress = {
      job,
      settled: Promise.resolve(),
      couples: demoSize.couples,
      failed: null,
      lockWhenDone: false,
    };
    build = entry;
    entry.settled = job.done.then(
      async (demo) => {
        if (build !== entry || closed) {
          await demo.close();
          return;
        }
        if (entry.lockWhenDone) await demo.lock();
        current = demo;
        practice = 'demo';
        build = null;
      },
      (error: unknown) => {
        if (build === entry && !(error instanceof DemoBuildCancelled)) entry.failed = failureMessage(error);
      },
    );
  }

  /** Stops a build in progress, and waits until its core is closed. */
  async function stopBuild(): Promise<void> {
    const stopping = build;
    build = null;
    if (!stopping) return;
    stopping.job.cancel();
    await stopping.settled;
  }

  async function leaveDemo(): Promise<void> {
    await stopBuild();
    if (practice === 'demo') {
      const demo = current;
      current = real;
      practice = 'real';
      await demo.close();
    }
    try {
      discardDemoFolder(demoDir);
    } catch (error) {
      // The demo is closed either way; a folder we may not delete is left for the next build to report.
      if (!(error instanceof DemoFolderRefused)) throw error;
    }
  }

  const handlers = {
    'practice:status': () => status(),
    'practice:openDemo': () => {
      const idle = practice === 'real' && (build === null || build.failed !== null);
      if (idle) startDemo();
      return status();
    },
    'practice:leaveDemo': async () => {
      await leaveDemo();
      return status();
    },
  } satisfies HandlerMap<keyof typeof practiceContract>;

  const dispatchPractice = createDispatcher({
    handlers,
    isUnlocked: () => true,
    isClosed: () => closed,
    onInternalError: (channel, error) =>
      console.error(`[rekindle] internal error on ${channel}: ${errorSummary(error)}`),
  });

  async function dispatch(channel: string, input: unknown) {
    if (isPracticeChannel(channel)) return dispatchPractice(channel, input);
    if (practice === 'demo' && REFUSED_IN_DEMO.has(channel)) {
      return {
        ok: false as const,
        error: new CoreFailure(
          'conflict',
          'The demo practice keeps the passphrase shown on its unlock screen.',
        ).toError(),
      };
    }
    return current.dispatch(channel, input);
  }

  return {
    dispatch: dispatch as Core['dispatch'],
    async lock() {
      if (build && build.failed === null) build.lockWhenDone = true;
      await current.lock();
    },
    async close() {
      closed = true;
      await stopBuild();
      await current.close();
      if (current !== real) await real.close();
    },
  };
}
