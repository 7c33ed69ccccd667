/**
 * The demo practice: an obviously fictional caseload with months of history, written only
 * through the core's public `dispatch`, for the "Try the demo practice" choice, screenshots,
 * scale tests and benchmarks.
 *
 * Every couple's history is a sequence of dated steps (`coupleHistory`). The steps of all
 * couples are merged in time order and the clock is moved to each step's moment before it
 * runs, so the whole practice (audit log included) reads as if it had been kept day by day
 * and nothing is dated after the clock's starting point, "the present". Content depends only
 * on the seed, the number of couples, the months and the present; record ids are the core's.
 */
import type { Channel, Envelope, Input, Output } from '@shared/contract';
import { isSafetySensitive } from '@shared/domain/library';
import type { DemoClock } from './clock';
import { isoDay } from './clock';
import { coupleHistory, type DemoApi, type DemoTally, emptyTally } from './couple-history';
import { DEFAULT_DEMO_MONTHS, DEFAULT_DEMO_SEED } from './defaults';
import { lightCoupleHistory } from './light-history';
import { coupleProfile } from './profile';
import type { Step } from './steps';

export type DemoDispatch = (channel: string, input: unknown) => Promise<Envelope<unknown>>;

export interface DemoProgress {
  couplesDone: number;
  couples: number;
  dispatches: number;
  /** The date history has reached. */
  simulatedDate: string;
}

export interface DemoPracticeOptions {
  /** `core.dispatch` of an unlocked core. */
  dispatch: DemoDispatch;
  /** The clock the core was created with; its current time is the present. Left at the present. */
  clock: DemoClock;
  couples: number;
  /** The longest history a couple has, in months (default 9); each couple gets 3 to this many. */
  months?: number;
  seed?: string | number;
  /**
   * Scale tests: every couple but the featured ones (the first eight, who carry the relapse,
   * the stall, the safety flag...) gets only a record and a few sessions.
   */
  light?: boolean;
  onProgress?: (progress: DemoProgress) => void;
}

export interface DemoCounts extends DemoTally {
  dispatches: number;
  /** The present the history ends at. */
  today: string;
  seed: string;
}

/** A refused call: which channel, and the core's error (the demo data is fictional, so fields are safe to show). */
export class DemoGenerationError extends Error {
  constructor(
    readonly channel: string,
    readonly error: { code: string; message: string; fields?: Record<string, string> | undefined },
  ) {
    super(`${channel} was refused: ${error.code} ${error.message} ${JSON.stringify(error.fields ?? {})}`);
    this.name = 'DemoGenerationError';
  }
}

interface Pending {
  at: number;
  index: number;
  step: Step;
  history: Iterator<Step, void, undefined>;
}

/** A binary min-heap of pending steps by time, then couple. */
class StepQueue {
  private readonly items: Pending[] = [];

  get size(): number {
    return this.items.length;
  }

  private less(a: Pending, b: Pending): boolean {
    return a.at < b.at || (a.at === b.at && a.index < b.index);
  }

  push(item: Pending): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(items[i] as Pending, items[parent] as Pending)) break;
      [items[i], items[parent]] = [items[parent] as Pending, items[i] as Pending];
      i = parent;
    }
  }

  pop(): Pending | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < items.length && this.less(items[left] as Pending, items[smallest] as Pending))
          smallest = left;
        if (right < items.length && this.less(items[right] as Pending, items[smallest] as Pending))
          smallest = right;
        if (smallest === i) break;
        [items[i], items[smallest]] = [items[smallest] as Pending, items[i] as Pending];
        i = smallest;
      }
    }
    return top;
  }
}

export const DEMO_LETTERHEAD = {
  practiceName: 'Demo Couples Practice (fictional)',
  address: '1 Example Lane\nSampleville, EX 00000',
  phone: '+1 555 0100',
  clinicianName: 'Dr. Robin Example (fictional)',
  credentials: 'PhD, LMFT',
  licenceNumber: 'DEMO-0000',
};

export async function generateDemoPractice(options: DemoPracticeOptions): Promise<DemoCounts> {
  const couples = Math.floor(options.couples);
  if (!(couples >= 1)) throw new RangeError('The demo practice needs at least one couple');
  const months = Math.max(1, Math.floor(options.months ?? DEFAULT_DEMO_MONTHS));
  const seed = String(options.seed ?? DEFAULT_DEMO_SEED);
  const { clock } = options;
  const present = clock.now();
  const today = isoDay(present);

  let dispatches = 0;
  const api: DemoApi = {
    async ok<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
      dispatches++;
      const result = await options.dispatch(channel, input);
      if (!result.ok) throw new DemoGenerationError(channel, result.error);
      return result.value as Output<C>;
    },
  };

  const status = await api.ok('vault:status', {});
  if (status.state !== 'unlocked')
    throw new Error('Create or unlock the vault before generating the demo practice');
  // The demo's own preferences file gets an obviously fictional letterhead, so its printed
  // documents look like a practice's without borrowing the real one.
  await api.ok('settings:update', { letterhead: DEMO_LETTERHEAD });
  const sensitive = new Set(
    (await api.ok('library:list', {})).items
      .filter((item) => isSafetySensitive(item.entry))
      .map((item) => item.entry.id),
  );

  const tally = emptyTally();
  const queue = new StepQueue();
  const enqueue = (index: number, history: Iterator<Step, void, undefined>): boolean => {
    const next = history.next();
    if (next.done) return false;
    queue.push({ at: next.value.at.getTime(), index, step: next.value, history });
    return true;
  };
  let couplesDone = 0;
  for (let index = 0; index < couples; index++) {
    const profile = coupleProfile({ seed, index, couples, months, today });
    const history =
      options.light && profile.roles.size === 0
        ? lightCoupleHistory({ api, profile, seed, present, tally })
        : coupleHistory({
            api,
            profile,
            seed,
            present,
            isSensitive: (id) => sensitive.has(id),
            tally,
          });
    if (!enqueue(index, history)) couplesDone++;
  }

  let reported = -1;
  const report = (at: number) => {
    if (!options.onProgress) return;
    options.onProgress({ couplesDone, couples, dispatches, simulatedDate: isoDay(new Date(at)) });
  };
  try {
    for (let item = queue.pop(); item; item = queue.pop()) {
      clock.set(item.step.at);
      await item.step.run();
      if (!enqueue(item.index, item.history)) {
        couplesDone++;
        report(item.at);
      } else if (dispatches - reported >= 2000) {
        reported = dispatches;
        report(item.at);
      }
    }
  } finally {
    clock.set(present);
  }
  return { ...tally, dispatches, today, seed };
}
