import { describe, expect, it } from 'vitest';
import { formatCount } from '../src/components/kz/data';

describe('formatCount', () => {
  it('writes whole numbers as en-GB does, commas between thousands', () => {
    for (const n of [0, 7, 42, 999, 1000, 1234, 12345, 100000, 999999, 1000000, 1234567890]) {
      expect(formatCount(n)).toBe(n.toLocaleString('en-GB'));
    }
    expect(formatCount(4321)).toBe('4,321');
  });
});
