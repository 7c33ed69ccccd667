/**
 * How a demo couple's therapy unfolds over time: one latent progress curve (fast for
 * committed couples, dented by each relapse) from which every rating, log and evaluation is
 * drawn, so check-ins, journals, evaluations and review assessments tell the same story.
 */
import type { Ratings } from '@shared/contract/assessments';
import { type RatingArea, ratingAreas } from '@shared/domain/assessment';
import { daysBetweenIso } from '@shared/domain/dates';
import type { Rng } from './prng';
import type { CoupleProfile, Position } from './profile';

export interface Relapse {
  date: string;
  partner: Position;
}

export const clampTo = (value: number, min: number, max: number) =>
  Math.max(min, Math.min(max, Math.round(value)));

export class Course {
  readonly relapses: Relapse[] = [];

  constructor(
    private readonly profile: CoupleProfile,
    /** The plan's first day: progress is measured from here. */
    private readonly from: string,
  ) {}

  /** 0 at the start, rising toward 1; a relapse takes some of it back for a few weeks. */
  progress(date: string): number {
    const weeks = Math.max(0, daysBetweenIso(this.from, date) / 7);
    let value = 1 - Math.exp(-weeks / this.profile.paceWeeks);
    for (const relapse of this.relapses) {
      const since = daysBetweenIso(relapse.date, date);
      if (since >= 0) value -= 0.22 * Math.exp(-since / 24);
    }
    return Math.max(0, Math.min(1, value));
  }

  /** How much a relapse has set the couple back on a date (0 when none is recent). */
  setback(date: string): number {
    let value = 0;
    for (const relapse of this.relapses) {
      const since = daysBetweenIso(relapse.date, date);
      if (since >= 0) value += 0.25 * Math.exp(-since / 12);
    }
    return value;
  }

  /** A partner's underlying rating of an area on a date (not rounded). */
  rating(position: Position, area: RatingArea, date: string): number {
    const partner = this.profile.partners[position];
    const base = partner.ratings[area];
    const room = Math.max(0, 9.3 - base);
    return base + room * 0.8 * this.progress(date) * partner.responsiveness;
  }

  /** The six ratings as a partner would give them on a date (whole numbers, a little noise). */
  ratings(position: Position, date: string, rng: Rng, spread = 0.9): Ratings {
    return Object.fromEntries(
      ratingAreas.map((area) => [
        area,
        clampTo(this.rating(position, area, date) + rng.noise(spread), 0, 10),
      ]),
    ) as Ratings;
  }

  /** The latest relapse of a partner on or before a date. */
  lastRelapse(position: Position, date: string): Relapse | undefined {
    return this.relapses.filter((r) => r.partner === position && r.date <= date).at(-1);
  }
}
