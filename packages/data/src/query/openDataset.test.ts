import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Dataset } from '../dataset.js';
import { openDataset } from './openDataset.js';
import { KzDataError } from './errors.js';
import type { Event } from '../schema/index.js';
import { shippedDataset, thrownBy } from '../../test/helpers.js';

const dataset = shippedDataset();
const db = openDataset(dataset);
const SHOOTING = 'zhanaozen-shooting-2011-12-16';

const errorOf = (fn: () => unknown) => thrownBy(fn, KzDataError);

describe('get and resolve', () => {
  it('find a record of any collection by id alone', () => {
    expect(db.resolve('zhanaozen').collection).toBe('places');
    expect(db.resolve(SHOOTING).collection).toBe('events');
    expect(db.resolve('atol-police-shot-dead-16').collection).toBe('claims');
    expect(db.get('vladimir-kozlov', 'actors').name).toBe('Vladimir Kozlov');
  });

  it('type the record by collection', () => {
    expectTypeOf(db.get(SHOOTING, 'events')).toEqualTypeOf<Event>();
  });

  it('throw UNKNOWN_ID for an unknown id and WRONG_COLLECTION for the wrong collection', () => {
    const unknown = errorOf(() => db.get('no-such-record'));
    expect(unknown).toBeInstanceOf(KzDataError);
    expect(unknown.code).toBe('UNKNOWN_ID');
    expect(unknown.message).toContain('no-such-record');
    expect(errorOf(() => db.get('zhanaozen', 'events')).code).toBe('WRONG_COLLECTION');
  });

  it('follow a moved id and refuse a split one with the new ids', () => {
    const withRedirects: Dataset = {
      ...dataset,
      redirects: [
        { id: 'old-shooting', kind: 'moved', to: [SHOOTING], reason: 'renamed', date: '2026-11-24' },
        { id: 'old-pair', kind: 'split', to: ['zhanaozen', 'aktau'], reason: 'two places', date: '2026-11-24' },
      ],
    };
    const redirected = openDataset(withRedirects);
    expect(redirected.resolve('old-shooting')).toMatchObject({ collection: 'events', redirectedFrom: 'old-shooting', record: { id: SHOOTING } });
    const split = errorOf(() => redirected.get('old-pair'));
    expect(split.code).toBe('UNKNOWN_ID');
    expect(split.message).toContain('zhanaozen, aktau');
  });
});

describe('findEvents', () => {
  it('returns every event in date order without filters', () => {
    const list = db.findEvents();
    expect(list).toHaveLength(dataset.events.length);
    for (let i = 1; i < list.length; i++) expect(list[i - 1]!.dateRange.earliest <= list[i]!.dateRange.earliest).toBe(true);
  });

  it('filters by a month and finds the 16 December 2011 shooting', () => {
    const ids = db.findEvents({ from: '2011-12', to: '2011-12' }).map((e) => e.id);
    expect(ids).toContain(SHOOTING);
    expect(ids).toContain('shetpe-killing-2011-12-17');
    // an interval that ends on 16 December 2011 overlaps December
    expect(ids).toContain('zhanaozen-oil-strike-2011');
    expect(ids).not.toContain('kozlov-trial-2012');
  });

  it('counts events in places inside the place asked for', () => {
    const inRegion = db.findEvents({ place: 'mangystau-region' }).map((e) => e.id);
    expect(inRegion).toContain(SHOOTING); // Zhanaozen is part of Mangystau
    const inKazakhstan = db.findEvents({ place: 'kazakhstan' });
    expect(inKazakhstan.length).toBeGreaterThanOrEqual(inRegion.length);
  });

  it('combines filters with AND', () => {
    const list = db.findEvents({ actor: 'kazakh-police', theme: 'repression', from: '2011' , to: '2011' });
    expect(list.map((e) => e.id)).toContain(SHOOTING);
    for (const e of list) {
      expect(e.actors.some((a) => a.actor === 'kazakh-police')).toBe(true);
      expect(e.themes).toContain('repression');
    }
    expect(db.findEvents({ type: 'shooting' }).every((e) => e.type === 'shooting')).toBe(true);
  });

  it('throws INVALID_DATE for a date that is not one and UNKNOWN_ID for an unknown place', () => {
    expect(errorOf(() => db.findEvents({ from: '16/12/2011' })).code).toBe('INVALID_DATE');
    expect(errorOf(() => db.findEvents({ to: '2011-02-30' })).code).toBe('INVALID_DATE');
    expect(errorOf(() => db.findEvents({ from: '2012', to: '2011' })).code).toBe('INVALID_DATE');
    expect(errorOf(() => db.findEvents({ place: 'atlantis' })).code).toBe('UNKNOWN_ID');
  });

  it('finds a long event that ends on the first day of the window among many one-day events before it', () => {
    const day = (offset: number) => new Date(Date.UTC(2000, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
    // 1,000 one-day events, one a day; the first lasts 500 days (so the scan starts 500 days before
    // the window) and the one at position 130, in the middle of a block, ends on day 600
    const latest = (i: number) => day(i === 0 ? 500 : i === 130 ? 600 : i);
    const events = Array.from({ length: 1000 }, (_, i) => ({ ...dataset.events[0]!, id: `e-${String(i).padStart(3, '0')}`, dateRange: { earliest: day(i), latest: latest(i) } }));
    const synthetic = openDataset({ ...dataset, events });
    expect(synthetic.findEvents({ from: day(600), to: day(601) }).map((e) => e.id)).toEqual(['e-130', 'e-600', 'e-601']);
    expect(synthetic.findEvents({ from: day(601), to: day(601) }).map((e) => e.id)).toEqual(['e-601']);
    expect(synthetic.findEvents({ from: day(500), to: day(500) }).map((e) => e.id)).toEqual(['e-000', 'e-130', 'e-500']);
  });

  it('agrees with a naive filter on a random corpus of short, long and open-ended events', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const day = (offset: number) => new Date(Date.UTC(2000, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
    // enough events for many blocks of the scan's skip list, long ones among them
    const events = Array.from({ length: 3000 }, (_, i) => {
      const start = Math.floor(random() * 8000);
      const span = random() < 0.8 ? Math.floor(random() * 20) : random() < 0.5 ? Math.floor(random() * 900) : 40_000;
      return { ...dataset.events[0]!, id: `e-${i}`, dateRange: { earliest: day(start), latest: span === 40_000 ? '2999-12-31' : day(start + span) } };
    }).sort((a, b) => a.dateRange.earliest.localeCompare(b.dateRange.earliest) || a.id.localeCompare(b.id));
    const synthetic = openDataset({ ...dataset, events });
    for (let q = 0; q < 200; q++) {
      const a = day(Math.floor(random() * 8200));
      const b = day(Math.floor(random() * 8200));
      const [from, to] = a <= b ? [a, b] : [b, a];
      const naive = events.filter((e) => e.dateRange.latest >= from && e.dateRange.earliest <= to).map((e) => e.id);
      expect(synthetic.findEvents({ from, to }).map((e) => e.id)).toEqual(naive);
      expect(synthetic.findEvents({ from }).map((e) => e.id)).toEqual(events.filter((e) => e.dateRange.latest >= from).map((e) => e.id));
      expect(synthetic.findEvents({ to }).map((e) => e.id)).toEqual(events.filter((e) => e.dateRange.earliest <= to).map((e) => e.id));
    }
  });
});

describe('accountsOf', () => {
  it('puts every source’s death toll for 16 December 2011 side by side, with who claims it', () => {
    const accounts = db.accountsOf(SHOOTING, 'killed');
    const expected = dataset.claims.filter((c) => c.about.includes(SHOOTING) && c.figure?.property === 'killed');
    expect(accounts.map((a) => a.claim.id).sort()).toEqual(expected.map((c) => c.id).sort());
    const iwpr = accounts.find((a) => a.claim.id === 'atol-police-shot-dead-16')!;
    expect(iwpr.source.id).toBe('atol-2012-cold-winds-from-janaozen');
    expect(iwpr.claim.figure).toMatchObject({ value: 16, raw: 'at 16' });
    expect(iwpr.claimants).toEqual([]);
    for (const a of accounts) expect(a.claimants.map((c) => c.id)).toEqual(a.claim.attributedTo);
  });

  it('returns every claim about a record without a property', () => {
    const all = db.accountsOf('yevgeny-zhovtis');
    expect(all.length).toBe(dataset.claims.filter((c) => c.about.includes('yevgeny-zhovtis')).length);
    expect(all.every((a) => a.claim.about.includes('yevgeny-zhovtis'))).toBe(true);
  });
});

describe('search', () => {
  it('finds a place by another spelling, ignoring case and diacritics', () => {
    expect(db.search('janaozen')[0]!.id).toBe('zhanaozen');
    expect(db.search('AQTAU')[0]!.id).toBe('aktau');
    expect(db.search('Zhanaözen')[0]!.id).toBe('zhanaozen');
    expect(db.search('mangistau')[0]!.id).toBe('mangystau-region');
  });

  it('finds a person by surname and by a prefix', () => {
    expect(db.search('kozlov')[0]!.id).toBe('vladimir-kozlov');
    expect(db.search('zhovt').map((h) => h.id)).toContain('yevgeny-zhovtis');
  });

  it('returns nothing for nothing', () => {
    expect(db.search('   ')).toEqual([]);
    expect(db.search('qqqqqq')).toEqual([]);
  });
});
