import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { shippedDataset } from '../../test/helpers.js';
import type { Dataset } from '../dataset.js';
import type { Claim, Event } from '../schema/index.js';
import { actorsCsv } from './actorsTable.js';
import { claimsCsv } from './claimsTable.js';
import { eventsCsv } from './eventsTable.js';
import { placesCsv } from './placesTable.js';
import { sourcesCsv } from './sourcesTable.js';

const data = shippedDataset();
const read = (text: string) => {
  const result = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
};
const split = (cell: string | undefined) => (cell ? cell.split('; ') : []);

describe('CSV tables of the shipped data, read back with papaparse', () => {
  it('claims: one row per claim, quotes byte for byte (line breaks, curly quotes), offsets and figures', () => {
    const rows = read(claimsCsv(data, { spreadsheetSafe: false }));
    expect(rows.map((r) => r.id)).toEqual(data.claims.map((c) => c.id));
    for (const [i, c] of data.claims.entries()) {
      const r = rows[i]!;
      expect(r.quote, c.id).toBe(c.quote.exact);
      expect(Number(r.quote_start), c.id).toBe(c.quote.start);
      expect(Number(r.quote_end), c.id).toBe(c.quote.end);
      expect(r.source).toBe(c.source);
      expect(split(r.about)).toEqual(c.about);
      expect(split(r.attributed_to)).toEqual(c.attributedTo);
      expect(r.figure_raw).toBe(c.figure?.raw ?? '');
      expect(r.figure_value).toBe(c.figure?.value === undefined ? '' : String(c.figure.value));
      expect(r.figure_min).toBe(c.figure?.min === undefined ? '' : String(c.figure.min));
    }
    // the data has multi-line quotes: the CSV must keep their line breaks inside one cell
    expect(data.claims.some((c) => c.quote.exact.includes('\n'))).toBe(true);
  });

  it('claims: a disagreement is listed at both claims, so a reader of either row finds the other side', () => {
    const rows = new Map(read(claimsCsv(data)).map((r) => [r.id, r]));
    expect(split(rows.get('rsf-authorities-recognized-disproportionate-force')!.disputes)).toEqual(['rferl-williamson-authorities-failed-to-address', 'rferl-zhumalyuly-shooters-unpunished']);
    expect(split(rows.get('rferl-zhumalyuly-shooters-unpunished')!.disputes)).toEqual(['rsf-authorities-recognized-disproportionate-force']);
    expect(rows.get('rsf-official-toll-15-dead')!.disputes).toBe('');
  });

  it('events: one row per event, ids, EDTF dates, types and places as the data', () => {
    const rows = read(eventsCsv(data));
    expect(rows.map((r) => r.kz_id)).toEqual(data.events.map((e) => e.id));
    for (const [i, e] of data.events.entries()) {
      const r = rows[i]!;
      expect(r.event_id_cnty).toBe(e.id);
      expect(r.edtf_date).toBe(e.date);
      // a date with no earliest day ("[..2016]": on or before) has no event_date or year, never the far-past sentinel
      expect(r.event_date, e.id).toBe(e.date.startsWith('[..') ? '' : e.dateRange.earliest);
      // an end the source leaves open is empty, never the far-future day the range uses for sorting
      expect(r.date_latest, e.id).toBe(e.date.endsWith('/..') ? '' : e.dateRange.latest);
      expect(r.disputed, e.id).toBe(String(e.disputed));
      expect(r.kz_type).toBe(e.type);
      expect(split(r.kz_places)).toEqual(e.places);
      expect(split(r.claim_ids)).toEqual(e.claims);
      expect(r.notes!.startsWith(e.summary), e.id).toBe(true);
      // unknown stays empty: no event gets a toll without a killed claim about it
      const killed = data.claims.filter((c) => c.about.includes(e.id) && c.figure?.property === 'killed');
      if (!killed.length) expect(r.fatalities, e.id).toBe('');
    }
  });

  it('events: the Zhanaozen shooting carries every killed figure with its claim and source', () => {
    const row = read(eventsCsv(data)).find((r) => r.kz_id === 'zhanaozen-shooting-2011-12-16')!;
    const killed = data.claims.filter((c) => c.about.includes('zhanaozen-shooting-2011-12-16') && c.figure?.property === 'killed');
    expect(killed.length).toBeGreaterThan(0);
    for (const c of killed) expect(row.figures).toContain(`[${c.id}; `);
    expect(Number(row.fatalities)).toBe(Math.min(...killed.map((c) => c.figure!.value ?? c.figure!.min!)));
    expect(row).toMatchObject({ event_type: 'Protests', sub_event_type: 'Excessive force against protesters', time_precision: '1', location: 'Zhanaozen', geo_precision: '1' });
    const zhanaozen = data.places.find((p) => p.id === 'zhanaozen')!;
    expect(Number(row.latitude)).toBe(zhanaozen.coordinates!.latitude);
    expect(Number(row.longitude)).toBe(zhanaozen.coordinates!.longitude);
  });

  it('sources, actors and places: one row per record with names and coordinates as the data', () => {
    const sources = read(sourcesCsv(data));
    expect(sources.map((r) => [r.id, r.title, r.issued, r.url])).toEqual(data.sources.map((s) => [s.id, s.title, s.issued ?? '', s.URL ?? '']));
    const actors = read(actorsCsv(data));
    expect(actors.map((r) => [r.id, r.name, split(r.aliases)])).toEqual(data.actors.map((a) => [a.id, a.name, a.aliases]));
    const places = read(placesCsv(data));
    expect(places.map((r) => [r.id, r.name, r.latitude, r.coordinates_dataset])).toEqual(
      data.places.map((p) => [p.id, p.name, p.coordinates ? String(p.coordinates.latitude) : '', p.coordinates?.origin.dataset ?? '']),
    );
  });
});

// a small dataset built here, so the rule is tested on tolls the real data may not (yet) have
function withTolls(figures: { id: string; value?: number; min?: number; max?: number; qualifier: string; attributedTo?: string[] }[]): Dataset {
  const base = shippedDataset();
  const event = { ...base.events.find((e) => e.id === 'zhanaozen-shooting-2011-12-16')! } as Event;
  const source = base.sources[0]!.id;
  const claims = figures.map(
    (f) =>
      ({
        id: f.id,
        source,
        quote: { exact: 'x', start: 0, end: 1 },
        region: 'body',
        kind: 'figure',
        attributedTo: f.attributedTo ?? [],
        about: [event.id],
        figure: { property: 'killed', value: f.value, min: f.min, max: f.max, qualifier: f.qualifier, unit: 'people', raw: `${f.qualifier} ${f.value ?? f.min ?? f.max}` },
      }) as Claim,
  );
  return { ...base, claims, events: [{ ...event, claims: claims.map((c) => c.id) }] };
}

describe('the fatalities rule', () => {
  it('takes the lowest figure, names its claim, and lists every account in notes', () => {
    const d = withTolls([
      { id: 'toll-16', value: 16, qualifier: 'none' },
      { id: 'toll-at-least-16', min: 16, qualifier: 'at least' },
      { id: 'toll-15-official', value: 15, qualifier: 'none', attributedTo: ['kazakh-authorities'] },
      { id: 'toll-up-to-70', max: 70, qualifier: 'up to' },
    ]);
    const [row] = read(eventsCsv(d));
    expect(row!.fatalities).toBe('15');
    expect(row!.fatalities_claim_id).toBe('toll-15-official');
    for (const id of ['toll-16', 'toll-at-least-16', 'toll-15-official', 'toll-up-to-70']) {
      expect(row!.notes).toContain(`claim ${id}`);
      expect(row!.figures).toContain(`[${id}; `);
    }
    expect(row!.notes).toContain('disputed');
    expect(row!.figures).toContain('Kazakh authorities');
  });

  it('leaves fatalities empty (not 0) when the only toll is an upper bound, or there is none', () => {
    expect(read(eventsCsv(withTolls([{ id: 'toll-up-to-70', max: 70, qualifier: 'up to' }])))[0]!.fatalities).toBe('');
    expect(read(eventsCsv(withTolls([])))[0]!.fatalities).toBe('');
    expect(read(eventsCsv(withTolls([{ id: 'toll-0', value: 0, qualifier: 'none' }])))[0]!.fatalities).toBe('0');
  });
});
