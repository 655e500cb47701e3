import { describe, expect, it } from 'vitest';
import { formatEdtf } from './formatEdtf.js';

describe('formatEdtf', () => {
  it('says each bound as precisely as the date gives it, and no more', () => {
    expect(formatEdtf('2011-12-16')).toBe('16 December 2011');
    expect(formatEdtf('2011-12')).toBe('December 2011');
    expect(formatEdtf('2011')).toBe('2011');
    expect(formatEdtf('2012-12~')).toBe('about December 2012');
    expect(formatEdtf('2011-12?')).toBe('December 2011 (uncertain)');
    expect(formatEdtf('2011-05/2011-12-16')).toBe('May 2011 – 16 December 2011');
    expect(formatEdtf('2011/2012-12')).toBe('2011 – December 2012');
  });

  it('never shows an invented day for an end the data leaves open or gives only as a month', () => {
    expect(formatEdtf('2022-01-02/2022-01')).toBe('from 2 January 2022, ending within January 2022');
    expect(formatEdtf('2022-01-05/..')).toBe('from 5 January 2022, end not given');
    expect(formatEdtf('2011-12/')).toBe('from December 2011, end not given');
    expect(formatEdtf('../2022-03-30')).toBe('until 30 March 2022, start not given');
    expect(formatEdtf('2012-12/2012-12-31')).toBe('December 2012 – 31 December 2012');
  });

  it('says "or earlier" for an event known only to come before a dated one (EDTF "on or before")', () => {
    expect(formatEdtf('[..2016]')).toBe('2016 or earlier');
    expect(formatEdtf('[..2016-05]')).toBe('May 2016 or earlier');
  });
});
