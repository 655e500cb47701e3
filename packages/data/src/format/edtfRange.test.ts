import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, parseEdtfPoint, plainDateRange } from './edtfRange.js';

describe('EDTF points and plain date ranges', () => {
  it('reads a point with its precision and qualifier, and nothing else', () => {
    expect(parseEdtfPoint('2012-12~')).toEqual({ year: '2012', month: '12', day: undefined, qualifier: '~' });
    expect(parseEdtfPoint('2011-12-16')).toEqual({ year: '2011', month: '12', day: '16', qualifier: '' });
    expect(parseEdtfPoint('2011-12/2012')).toBeUndefined();
    expect(parseEdtfPoint('201X')).toBeUndefined();
  });

  it('gives the first and last day of a year, a month and a day, and says what the calendar lacks', () => {
    expect(plainDateRange('2011')).toEqual({ earliest: '2011-01-01', latest: '2011-12-31' });
    expect(plainDateRange('2012-02')).toEqual({ earliest: '2012-02-01', latest: '2012-02-29' });
    expect(plainDateRange('2011-12-16')).toEqual({ earliest: '2011-12-16', latest: '2011-12-16' });
    expect(plainDateRange('2011-13')).toEqual({ error: 'month' });
    expect(plainDateRange('2011-02-29')).toEqual({ error: 'day' });
    expect(plainDateRange('2011-12~')).toBeUndefined();
  });

  it('counts and moves whole days across a year end', () => {
    expect(daysBetween('2011-12-16', '2012-01-05')).toBe(20);
    expect(addDays('2011-12-31', 1)).toBe('2012-01-01');
  });
});
