import { coupleSteps } from '@core/demo/steps';
import { describe, expect, it } from 'vitest';

const run = async () => {};

describe('the demo’s steps in time', () => {
  it('keep ten minutes before the present, in order', () => {
    const step = coupleSteps(new Date(2026, 10, 20, 15, 0));
    expect(step('2026-11-20', 16 * 60, run).at).toEqual(new Date(2026, 10, 20, 14, 50));
    expect(step('2026-11-19', 9 * 60, run).at).toEqual(new Date(2026, 10, 20, 14, 50));
  });

  it('keep a step dated today on today just after midnight, where the core accepts today’s date', () => {
    const step = coupleSteps(new Date(2026, 11, 1, 0, 2));
    expect(step('2026-12-01', 14 * 60, run).at).toEqual(new Date(2026, 11, 1, 0, 0));
    expect(step('2026-11-30', 9 * 60, run).at).toEqual(new Date(2026, 11, 1, 0, 0));
  });
});
