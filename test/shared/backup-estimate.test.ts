import { estimateBackupMs, estimatedFraction, remainingText } from '@shared/domain/backups/estimate';
import { describe, expect, it } from 'vitest';

describe('the estimate shown while a backup runs', () => {
  it('scales the last backup by the size of the database now', () => {
    expect(estimateBackupMs({ ms: 4_000, bytes: 100_000_000 }, 150_000_000)).toBe(6_000);
  });

  it('has no estimate without a usable last backup, or when it would be over in a moment', () => {
    expect(estimateBackupMs(null, 100)).toBeNull();
    expect(estimateBackupMs({ ms: 0, bytes: 100 }, 100)).toBeNull();
    expect(estimateBackupMs({ ms: 100, bytes: 0 }, 100)).toBeNull();
    expect(estimateBackupMs({ ms: 300, bytes: 10_000_000 }, 12_000_000)).toBeNull();
  });

  it('fills the bar in step with the estimate, then creeps towards 99 % and never reaches the end', () => {
    expect(estimatedFraction(0, 10_000)).toBe(0);
    expect(estimatedFraction(5_000, 10_000)).toBeCloseTo(0.5);
    expect(estimatedFraction(9_000, 10_000)).toBeCloseTo(0.9);
    const later = [10_000, 12_000, 15_000].map((ms) => estimatedFraction(ms, 10_000));
    for (let i = 1; i < later.length; i += 1) expect(later[i]).toBeGreaterThan(later[i - 1] as number);
    expect(Math.max(...later)).toBeLessThan(0.99);
    expect(estimatedFraction(300_000, 10_000)).toBeLessThanOrEqual(0.99);
    expect(estimatedFraction(1_000, 0)).toBe(0);
  });

  it('says what is left in plain words', () => {
    expect(remainingText(0, 12_000)).toBe('about 12 seconds left');
    expect(remainingText(0, 240_000)).toBe('about 4 minutes left');
    expect(remainingText(11_500, 12_000)).toBe('almost done');
    expect(remainingText(20_000, 12_000)).toBe('almost done');
  });
});
