import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain .mjs script without types
import { isoNumericSource } from '../../scripts/generate-iso-numeric.mjs';
import { shippedDataset } from '../../test/helpers.js';
import { eventsTable, interaction } from './eventsTable.js';
import { timePrecision } from './location.js';

const data = shippedDataset();
countries.registerLocale(en);
const table = eventsTable(data);
const cellOf = (name: string, eventId: string) => table.columns.find((c) => c.name === name)!.value(data.events.find((e) => e.id === eventId)!);

describe('ACLED columns of the events table', () => {
  it('interaction follows the codebook: both codes lower first, N0 for a sole actor, empty when a code is missing', () => {
    expect(interaction(1, 6, true)).toBe(16);
    expect(interaction(6, 1, true)).toBe(16);
    expect(interaction(6, 6, true)).toBe(66);
    expect(interaction(6, undefined, false)).toBe(60);
    expect(interaction(6, undefined, true)).toBeUndefined();
    expect(interaction(undefined, 1, true)).toBeUndefined();
    // the Zhanaozen shooting: state forces against protesters
    expect([cellOf('inter1', 'zhanaozen-shooting-2011-12-16'), cellOf('inter2', 'zhanaozen-shooting-2011-12-16'), cellOf('interaction', 'zhanaozen-shooting-2011-12-16')]).toEqual([1, 6, 16]);
    for (const e of data.events) {
      const [i1, i2, both] = ['inter1', 'inter2', 'interaction'].map((c) => cellOf(c, e.id)) as (number | undefined)[];
      if (both !== undefined) expect(String(both), e.id).toBe(i2 === undefined ? `${i1}0` : `${Math.min(i1!, i2)}${Math.max(i1!, i2)}`);
    }
  });

  it('iso is the ISO 3166-1 numeric code that i18n-iso-countries gives for the country', () => {
    expect(cellOf('iso', 'zhanaozen-shooting-2011-12-16')).toBe(398);
    for (const e of data.events) {
      const country = cellOf('country', e.id) as string | undefined;
      const expected = country === undefined ? undefined : Number(countries.alpha2ToNumeric(countries.getAlpha2Code(country, 'en')!));
      expect(cellOf('iso', e.id), e.id).toBe(expected);
    }
  });

  it('the generated iso table is what the installed i18n-iso-countries gives (run scripts/generate-iso-numeric.mjs after an upgrade)', () => {
    expect(readFileSync(new URL('./isoNumeric.generated.ts', import.meta.url), 'utf8')).toBe(isoNumericSource());
  });

  it('time_precision: 1 a day, 2 an uncertain day or a week, 3 within a month, empty for a year or a longer span', () => {
    const at = (date: string, earliest: string, latest: string) => timePrecision({ date, dateRange: { earliest, latest } });
    expect(at('2011-12-16', '2011-12-16', '2011-12-16')).toBe(1);
    expect(at('2011-12-16~', '2011-12-16', '2011-12-16')).toBe(2);
    expect(at('2011-12-16/2011-12-20', '2011-12-16', '2011-12-20')).toBe(2);
    expect(at('2011-12', '2011-12-01', '2011-12-31')).toBe(3);
    expect(at('2011', '2011-01-01', '2011-12-31')).toBeUndefined();
    expect(at('2011-05/2011-12-16', '2011-05-01', '2011-12-16')).toBeUndefined();
    for (const e of data.events.filter((x) => /^\d{4}$/.test(x.date))) expect(cellOf('time_precision', e.id), e.id).toBeUndefined();
  });
});
