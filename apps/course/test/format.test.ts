import { describe, expect, it } from 'vitest';
import { formatCount, metaDescription } from '../src/components/kz/data';

describe('formatCount', () => {
  it('writes whole numbers as en-GB does, commas between thousands', () => {
    for (const n of [0, 7, 42, 999, 1000, 1234, 12345, 100000, 999999, 1000000, 1234567890]) {
      expect(formatCount(n)).toBe(n.toLocaleString('en-GB'));
    }
    expect(formatCount(4321)).toBe('4,321');
  });
});

describe('metaDescription', () => {
  it('keeps a short first sentence whole and leaves the rest to the page', () => {
    expect(metaDescription('The sources disagree. RSF says one thing; RFE/RL another.')).toBe('The sources disagree.');
  });

  it('cuts a long sentence at a word, never inside one, and says that it was cut', () => {
    const long = `A crowd gathered in the square (${'and then many more words '.repeat(10)}) at dawn.`;
    const cut = metaDescription(long);
    expect(cut.length).toBeLessThanOrEqual(161);
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(long[cut.length - 1]).toBe(' ');
  });

  it('gives a summary without a full stop back as it is', () => {
    expect(metaDescription('Kazakh authorities')).toBe('Kazakh authorities');
  });
});
