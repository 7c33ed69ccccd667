/**
 * A couple's history is a sequence of dated steps. The orchestrator (`practice.ts`) merges
 * every couple's steps in time order and moves the core's clock to each step's moment
 * before running it.
 */
import { atLocal, hhmm } from './clock';

export interface Step {
  at: Date;
  run(): Promise<void>;
}

export type StepAt = (date: string, minutes: number, run: () => Promise<void>) => Step;

/**
 * Makes one couple's steps: a step at a local time (minutes after midnight) on a date, never
 * before the couple's previous step (their records read in order) and never after ten
 * minutes before the present, nor before the present's own day: in the first ten minutes
 * after midnight, a step dated today would otherwise run yesterday, where the core refuses
 * today's date as in the future.
 */
export function coupleSteps(present: Date): StepAt {
  const startOfToday = new Date(present.getFullYear(), present.getMonth(), present.getDate()).getTime();
  const latest = Math.max(present.getTime() - 10 * 60_000, startOfToday);
  let cursor = 0;
  return (date, minutes, run) => {
    let at = atLocal(date, hhmm(minutes)).getTime();
    at = Math.max(Math.min(at, latest), cursor);
    cursor = at;
    return { at: new Date(at), run };
  };
}
