import { visibleRange } from '@renderer/ui/visibleRange';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const base = { viewportHeight: 720, rowHeight: 72, count: 5000, overscan: 12 };

describe('visibleRange', () => {
  it.each([
    ['before the list', -300, { start: 0, end: 18, padTop: 0, padBottom: (5000 - 18) * 72 }],
    ['at the top', 0, { start: 0, end: 22, padTop: 0, padBottom: (5000 - 22) * 72 }],
    ['in the middle', 72 * 1000, { start: 988, end: 1022, padTop: 988 * 72, padBottom: (5000 - 1022) * 72 }],
    ['at the end', 72 * 4990, { start: 4978, end: 5000, padTop: 4978 * 72, padBottom: 0 }],
  ])('%s', (_label, scrolledPast, expected) => {
    expect(visibleRange({ ...base, scrolledPast })).toEqual(expected);
  });

  it('renders nothing for an empty list', () => {
    expect(visibleRange({ ...base, count: 0, scrolledPast: 0 })).toEqual({
      start: 0,
      end: 0,
      padTop: 0,
      padBottom: 0,
    });
  });

  it('always covers the viewport and keeps the total height', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20_000 }),
        fc.integer({ min: -2000, max: 2_000_000 }),
        fc.integer({ min: 100, max: 3000 }),
        (count, scrolledPast, viewportHeight) => {
          const r = visibleRange({ ...base, count, scrolledPast, viewportHeight });
          expect(r.padTop + (r.end - r.start) * 72 + r.padBottom).toBe(count * 72);
          const firstOnScreen = Math.min(count, Math.max(0, Math.floor(scrolledPast / 72)));
          const lastOnScreen = Math.min(count, Math.max(0, Math.ceil((scrolledPast + viewportHeight) / 72)));
          expect(r.start).toBeLessThanOrEqual(firstOnScreen);
          expect(r.end).toBeGreaterThanOrEqual(lastOnScreen);
        },
      ),
    );
  });
});
