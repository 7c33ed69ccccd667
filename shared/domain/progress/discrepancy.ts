/**
 * Where the two partners see the same thing very differently.
 *
 * Clinical why: each partner rates trust, closeness or communication on their own 0-10 scale,
 * and the gap between the two views is itself clinically useful: a partner who feels the
 * trust is back while the other still feels unsafe is a conversation to have in session. A
 * gap of 3 or more points is flagged. Ratings are paired by date because partners rarely fill
 * in the form on exactly the same day; a rating is paired at most once, with the nearest
 * rating of the other partner within a few days, so one old rating cannot be compared again
 * and again.
 */
import { epochDay } from '@shared/domain/dates';
import { type DatedValue, sortedByDate } from './values';

export interface DiscrepancyOptions {
  /** Ratings at most this many days apart can be paired. Default 3. */
  withinDays?: number;
  /** A pair differing by at least this much is flagged. Default 3 (on a 0-10 scale). */
  threshold?: number;
}

export interface RatingPair {
  A: DatedValue;
  B: DatedValue;
  /** The later of the two dates: when the pair was complete. */
  date: string;
  /** |A - B|. */
  gap: number;
  /** Who rated higher; null when equal. */
  higher: 'A' | 'B' | null;
  flagged: boolean;
}

export interface Discrepancy {
  /** Every pair, oldest first. */
  pairs: RatingPair[];
  /** The flagged pairs, oldest first. */
  flagged: RatingPair[];
  /** The most recent flagged pair, or null. */
  latest: RatingPair | null;
  /** Whether the most recent pair is flagged: the partners disagree now, not just once. */
  current: boolean;
}

/**
 * Rules: every (A, B) rating pair at most `withinDays` days apart (default 3) is a candidate.
 * Candidates are taken closest in time first (ties: the earlier pair, then the smaller gap, then
 * the lower values), each rating joining at most one pair. A pair is
 * flagged when |A - B| >= `threshold` (default 3). Pairs are listed by the later of their two
 * dates. Every ordering depends only on dates and values, never on which partner is A, so
 * swapping the partners swaps A and B in every pair and changes nothing else.
 */
export function partnerDiscrepancy(
  aRatings: readonly DatedValue[],
  bRatings: readonly DatedValue[],
  options: DiscrepancyOptions = {},
): Discrepancy {
  const withinDays = Math.max(0, options.withinDays ?? 3);
  const threshold = options.threshold ?? 3;
  const as = sortedByDate(aRatings, 'rating A');
  const bs = sortedByDate(bRatings, 'rating B');

  interface Candidate {
    a: number;
    b: number;
    apart: number;
    early: string;
    late: string;
    gap: number;
    low: number;
    high: number;
  }
  const candidates: Candidate[] = [];
  const aDays = as.map((r) => epochDay(r.date));
  const bDays = bs.map((r) => epochDay(r.date));
  // Both lists are sorted, so each A rating only meets the B ratings in its window of days.
  let firstB = 0;
  for (const [a, ra] of as.entries()) {
    const day = aDays[a] ?? 0;
    while (firstB < bs.length && (bDays[firstB] ?? 0) < day - withinDays) firstB += 1;
    for (let b = firstB; b < bs.length && (bDays[b] ?? 0) <= day + withinDays; b += 1) {
      const rb = bs[b] as DatedValue;
      const apart = Math.abs((bDays[b] ?? 0) - day);
      const [early, late] = ra.date <= rb.date ? [ra.date, rb.date] : [rb.date, ra.date];
      candidates.push({
        a,
        b,
        apart,
        early,
        late,
        gap: Math.abs(ra.value - rb.value),
        low: Math.min(ra.value, rb.value),
        high: Math.max(ra.value, rb.value),
      });
    }
  }
  candidates.sort(
    (x, y) =>
      x.apart - y.apart || compare(x.early, y.early) || x.gap - y.gap || x.low - y.low || x.high - y.high,
  );

  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: RatingPair[] = [];
  for (const c of candidates) {
    if (usedA.has(c.a) || usedB.has(c.b)) continue;
    usedA.add(c.a);
    usedB.add(c.b);
    const A = as[c.a] as DatedValue;
    const B = bs[c.b] as DatedValue;
    pairs.push({
      A,
      B,
      date: c.late,
      gap: c.gap,
      higher: A.value > B.value ? 'A' : B.value > A.value ? 'B' : null,
      flagged: c.gap >= threshold,
    });
  }
  const earlier = (p: RatingPair) => [p.A.date, p.B.date].sort()[0] as string;
  const lower = (p: RatingPair) => Math.min(p.A.value, p.B.value);
  pairs.sort(
    (x, y) =>
      compare(x.date, y.date) || compare(earlier(x), earlier(y)) || lower(x) - lower(y) || x.gap - y.gap,
  );
  const flagged = pairs.filter((p) => p.flagged);
  return {
    pairs,
    flagged,
    latest: flagged.at(-1) ?? null,
    current: pairs.at(-1)?.flagged ?? false,
  };
}

function compare(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
