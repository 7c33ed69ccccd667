/**
 * Builds the demo practice in the background: a new vault in the demo folder, filled by the
 * demo generator through a core of its own. The generator moves that core's clock through
 * the months it writes; once built, the core follows the app's clock like any other.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { createCore } from '@core';
import { createDemoClock, DEFAULT_DEMO_PASSPHRASE, generateDemoPractice, historyStart } from '@core/demo';
import type { DemoDispatch } from '@core/demo/practice';
import type { Core, CoreOptions } from '@core/types';
import { prepareDemoFolder } from './demo-folder';

export const DEMO_PASSPHRASE = DEFAULT_DEMO_PASSPHRASE;

/**
 * The generator's calls are synchronous SQLite work behind promises: without a turn of the
 * event loop now and then, nothing else (a progress poll, a lock) would run until the end.
 */
const CALLS_BETWEEN_TURNS = 8;

export interface DemoBuildOptions {
  demoDir: string;
  /** The real practice's folder: the demo never lives in it or around it. */
  realDir: string;
  /** The app's clock. */
  clock: () => Date;
  /** What the demo core shares with the real one (scrypt cost, dialogs). */
  coreOptions: Pick<CoreOptions, 'kdf' | 'saveDialog' | 'folderDialog' | 'openFileDialog' | 'screenLock'>;
  couples: number;
  months: number;
  seed?: string;
  /** Settles before the build touches anything (the host locks the real vault first). */
  after?: Promise<void>;
}

export class DemoBuildCancelled extends Error {
  constructor() {
    super('The demo practice was not built: it was canceled.');
    this.name = 'DemoBuildCancelled';
  }
}

export class DemoBuild {
  /** The demo's core, open (unlocked) on the built practice; rejects if the build fails or is cancelled. */
  readonly done: Promise<Core>;
  private cancelled = false;
  private fraction = 0;

  constructor(private readonly options: DemoBuildOptions) {
    this.done = this.run();
  }

  /** 0 to 1: how much of the practice's history has been written. */
  progress(): number {
    return this.fraction;
  }

  /** Stops at the next call; `done` then rejects with `DemoBuildCancelled` once the core is closed. */
  cancel(): void {
    this.cancelled = true;
  }

  private async run(): Promise<Core> {
    const o = this.options;
    await o.after;
    if (this.cancelled) throw new DemoBuildCancelled();
    prepareDemoFolder(o.demoDir, o.realDir);

    const present = o.clock();
    const start = historyStart(present, o.months);
    const demoClock = createDemoClock(start);
    let built = false;
    const core = createCore({
      ...o.coreOptions,
      dataDir: o.demoDir,
      demo: true,
      clock: () => (built ? o.clock() : demoClock.now()),
    });
    const span = Math.max(1, present.getTime() - start.getTime());
    let calls = 0;
    const dispatch: DemoDispatch = async (channel, input) => {
      if (this.cancelled) throw new DemoBuildCancelled();
      calls++;
      if (calls % CALLS_BETWEEN_TURNS === 0) {
        this.fraction = Math.min(0.99, Math.max(0, (demoClock.now().getTime() - start.getTime()) / span));
        await nextTurn();
        if (this.cancelled) throw new DemoBuildCancelled();
      }
      return core.dispatch(channel, input);
    };

    try {
      const created = await dispatch('vault:create', { passphrase: DEMO_PASSPHRASE });
      if (!created.ok) throw new Error(`The demo vault could not be created: ${created.error.message}`);
      demoClock.set(present);
      await generateDemoPractice({
        dispatch,
        clock: demoClock,
        couples: o.couples,
        months: o.months,
        ...(o.seed ? { seed: o.seed } : {}),
      });
      built = true;
      this.fraction = 1;
      return core;
    } catch (error) {
      await core.close();
      throw error;
    }
  }
}
