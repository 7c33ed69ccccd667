import { generateRecoveryKey, normalizeRecoveryKey } from '@core/vault/recovery-key';
import { delayAfterFailures } from '@core/vault/unlock-throttle';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('recovery keys', () => {
  it('are different every time and carry 160 bits in 32 characters', () => {
    const keys = new Set(Array.from({ length: 200 }, generateRecoveryKey));
    expect(keys.size).toBe(200);
    for (const key of keys) expect(key.replace(/-/g, '')).toHaveLength(32);
  });

  it('survive being typed back in any case, spaced, or with confusable letters', () => {
    fc.assert(
      fc.property(fc.constant(null), () => {
        const key = generateRecoveryKey();
        const typed = ` ${key.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'O').replace(/1/g, 'l')} `;
        expect(normalizeRecoveryKey(typed)).toBe(key);
      }),
      { numRuns: 50 },
    );
  });
});

describe('unlock delays', () => {
  it('allow three free attempts, then double, capped at five minutes', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(delayAfterFailures)).toEqual([0, 0, 0, 1000, 2000, 4000, 8000]);
    expect(delayAfterFailures(40)).toBe(300_000);
  });

  it('never shrink as failures grow', () => {
    fc.assert(fc.property(fc.nat(100), (n) => delayAfterFailures(n + 1) >= delayAfterFailures(n)));
  });
});
