import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Claim, Event, Place, Theme } from '../schema/index.js';
import { packageDir, shippedDataset } from '../../test/helpers.js';
import { reverseLinksOf } from './reverseLinks.js';

// only the fields the links are read from; the rest of each record does not matter here
const event = (id: string, partOf?: string, causes: string[] = []) => ({ id, partOf, causes }) as unknown as Event;
const place = (id: string, partOf?: string) => ({ id, partOf }) as unknown as Place;
const theme = (id: string, broader?: string) => ({ id, broader }) as unknown as Theme;
const claim = (id: string, source: string, about: string[]) => ({ id, source, about }) as unknown as Claim;

describe('reverseLinksOf', () => {
  const links = reverseLinksOf({
    events: [event('strike'), event('occupation', 'strike'), event('shooting', 'strike', ['occupation', 'occupation']), event('trial', undefined, ['shooting'])],
    places: [place('kazakhstan'), place('mangystau', 'kazakhstan'), place('zhanaozen', 'mangystau'), place('aktau', 'mangystau')],
    themes: [theme('constructor'), theme('repression', 'constructor'), theme('labour')],
    claims: [claim('a', 'src-1', ['strike', 'labour']), claim('b', 'src-1', ['labour', 'labour', 'repression']), claim('c', 'src-2', ['zhanaozen'])],
  });

  it('lists each forward link backwards, in the order of the collection that holds it', () => {
    expect(links.parts).toEqual({ strike: ['occupation', 'shooting'] });
    expect(links.causedBy).toEqual({ occupation: ['shooting'], shooting: ['trial'] });
    expect(links.contains).toEqual({ kazakhstan: ['mangystau'], mangystau: ['zhanaozen', 'aktau'] });
    expect(links.narrower).toEqual({ constructor: ['repression'] });
    expect(links.sourceClaims).toEqual({ 'src-1': ['a', 'b'], 'src-2': ['c'] });
  });

  it('names a record once however often a link repeats it, and lists only themes under themeClaims', () => {
    expect(links.causedBy.occupation).toEqual(['shooting']);
    expect(links.themeClaims).toEqual({ labour: ['a', 'b'], repression: ['b'] });
  });

  it('has no inherited keys: an id nothing links to finds nothing, even "constructor" or "toString"', () => {
    expect(Object.hasOwn(links.themeClaims, 'constructor')).toBe(false);
    expect(links.themeClaims.constructor).toBeUndefined();
    expect(links.parts.toString).toBeUndefined();
  });
});

describe('the shipped reverse links (dist/runtime/links.json)', () => {
  const dataset = shippedDataset();
  const shipped = JSON.parse(readFileSync(`${packageDir}dist/runtime/links.json`, 'utf8'));

  it('are what reverseLinksOf gives for the shipped records', () => {
    expect(shipped).toEqual(JSON.parse(JSON.stringify(reverseLinksOf(dataset))));
  });

  it('give for every record what a scan of its collection finds', () => {
    const scan = (table: Record<string, string[]>, id: string, ids: string[]) => expect(table[id] ?? [], id).toEqual(ids);
    for (const { id } of dataset.events) {
      scan(shipped.parts, id, dataset.events.filter((e) => e.partOf === id).map((e) => e.id));
      scan(shipped.causedBy, id, dataset.events.filter((e) => e.causes.includes(id)).map((e) => e.id));
    }
    for (const { id } of dataset.places) scan(shipped.contains, id, dataset.places.filter((p) => p.partOf === id).map((p) => p.id));
    for (const { id } of dataset.themes) {
      scan(shipped.narrower, id, dataset.themes.filter((t) => t.broader === id).map((t) => t.id));
      scan(shipped.themeClaims, id, dataset.claims.filter((c) => c.about.includes(id)).map((c) => c.id));
    }
    for (const { id } of dataset.sources) scan(shipped.sourceClaims, id, dataset.claims.filter((c) => c.source === id).map((c) => c.id));
    // the real data has links of every kind, so the scan above compared lists that are not all empty
    for (const [kind, table] of Object.entries(shipped)) expect(Object.keys(table as object).length, kind).toBeGreaterThan(0);
  });
});
