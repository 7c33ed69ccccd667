import { formatBytes } from '@renderer/features/exports/formatBytes';
import { describe, expect, it } from 'vitest';

describe('the export screen', () => {
  it('gives file sizes as people read them', () => {
    expect(formatBytes(820)).toBe('820 bytes');
    expect(formatBytes(51_200)).toBe('50 KB');
    expect(formatBytes(1_343_156)).toBe('1.3 MB');
  });
});
