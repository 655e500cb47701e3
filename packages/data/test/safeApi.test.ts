import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Account, Event, Source } from '../src/index.js';
import { openDataset } from '../src/query/openDataset.js';
import { KzDataError } from '../src/query/errors.js';
import { nodeJson, shippedDataset, thrownBy } from './helpers.js';

const db = openDataset(shippedDataset());
const SHOOTING = 'zhanaozen-shooting-2011-12-16';

/** The error a call throws, as code and message. */
function refusal(fn: () => unknown): { code: string; message: string } {
  const { code, message } = thrownBy(fn, KzDataError);
  return { code, message };
}

describe('the query API checks its arguments at run time, as the CLI does', () => {
  it('findEvents: an unknown filter key or event type throws INVALID_ARGUMENT naming the valid ones', () => {
    expect(refusal(() => db.findEvents({ form: '2011' } as never))).toEqual({ code: 'INVALID_ARGUMENT', message: expect.stringContaining('from, to, place, actor, theme, type') });
    const type = refusal(() => db.findEvents({ type: 'shootng' } as never));
    expect(type.code).toBe('INVALID_ARGUMENT');
    expect(type.message).toContain('"shootng"');
    expect(type.message).toContain('shooting');
    expect(refusal(() => db.findEvents({ place: 42 } as never)).code).toBe('INVALID_ARGUMENT');
    expect(refusal(() => db.findEvents('2011' as never)).code).toBe('INVALID_ARGUMENT');
    // a filter left undefined is no filter
    expect(db.findEvents({ type: undefined }).length).toBe(shippedDataset().events.length);
    expect(db.findEvents({ type: 'shooting' }).map((e) => e.id)).toContain(SHOOTING);
  });

  it('findEvents: an id of another collection throws WRONG_COLLECTION, an unknown one UNKNOWN_ID', () => {
    expect(refusal(() => db.findEvents({ place: 'vladimir-kozlov' }))).toEqual({ code: 'WRONG_COLLECTION', message: 'place "vladimir-kozlov" is in actors, not places' });
    expect(refusal(() => db.findEvents({ actor: 'zhanaozn' })).code).toBe('UNKNOWN_ID');
  });

  it('accountsOf: an unknown property throws INVALID_ARGUMENT naming the valid ones, an unknown id UNKNOWN_ID', () => {
    const property = refusal(() => db.accountsOf(SHOOTING, 'kiled' as never));
    expect(property.code).toBe('INVALID_ARGUMENT');
    expect(property.message).toMatch(/"kiled" is not one of: .*killed/);
    expect(refusal(() => db.accountsOf('nope')).code).toBe('UNKNOWN_ID');
    expect(db.accountsOf(SHOOTING, 'killed').length).toBeGreaterThan(0);
  });

  it('get: an unknown collection name throws INVALID_ARGUMENT; search checks its options', () => {
    expect(refusal(() => db.get('zhanaozen', 'place' as never))).toEqual({ code: 'INVALID_ARGUMENT', message: expect.stringContaining('sources, claims, events, actors, places, themes') });
    expect(refusal(() => db.search('zhanaozen', { limt: 2 } as never)).code).toBe('INVALID_ARGUMENT');
    expect(refusal(() => db.search('zhanaozen', { limit: 0 })).code).toBe('INVALID_ARGUMENT');
    expect(db.search('zhanaozen', { limit: 1 })).toHaveLength(1);
  });
});

const node = (code: string, type: 'module' | 'commonjs') => nodeJson([type === 'module' ? '--input-type=module' : '--input-type=commonjs', '-e', code]);

describe('the built package (ESM and CommonJS)', () => {
  it('fatalitiesOf refuses a typo (UNKNOWN_ID) and a place (WRONG_COLLECTION) instead of answering nothing', () => {
    const code = (m: string) => `${m}
      const codes = ['nope', 'zhanaozen', 'zhanaozen-shooting-2011-12-16'].map((id) => { try { x.fatalitiesOf(id); return 'ok'; } catch (e) { return e.code; } });
      let text; try { x.exportText('events', 'xlsx'); } catch (e) { text = e.code; }
      let option; try { x.eventsCsv(undefined, { boom: true }); } catch (e) { option = e.code; }
      console.log(JSON.stringify([...codes, text, option]));`;
    const expected = ['UNKNOWN_ID', 'WRONG_COLLECTION', 'ok', 'INVALID_ARGUMENT', 'INVALID_ARGUMENT'];
    expect(node(code(`import * as x from '@kzprotest/data/export';`), 'module')).toEqual(expected);
    expect(node(code(`const x = require('@kzprotest/data/export');`), 'commonjs')).toEqual(expected);
  });

  it('records are frozen: assigning to one throws and get() still returns the original', () => {
    for (const [load, type] of [[`import * as d from '@kzprotest/data';`, 'module'], [`const d = require('@kzprotest/data');`, 'commonjs']] as const) {
      const out = node(`${load}
        const title = d.events[0].title;
        const tries = [() => { 'use strict'; d.events[0].title = 'x'; }, () => d.events[0].places.push('x'), () => { 'use strict'; d.get('zhanaozen').aliases[0] = 'x'; }, () => d.events.pop()];
        const threw = tries.map((f) => { try { f(); return false; } catch (e) { return e instanceof TypeError; } });
        console.log(JSON.stringify([threw, d.get(d.events[0].id).title === title, Object.isFrozen(d.claims[0].quote)]));`, type);
      expect(out, type).toEqual([[true, true, true, true], true, true]);
    }
  });

  it('one KzDataError class: an error from the CommonJS build is instanceof the ES module build\'s class', () => {
    const out = node(`import { createRequire } from 'node:module';
      import { KzDataError, get } from '@kzprotest/data';
      const cjs = createRequire(import.meta.url)('@kzprotest/data');
      const thrown = (g) => { try { g('nope'); } catch (e) { return e; } };
      console.log(JSON.stringify([cjs.KzDataError === KzDataError, thrown(cjs.get) instanceof KzDataError, thrown(get) instanceof cjs.KzDataError, thrown(cjs.get).code, thrown(get).constructor.name]));`, 'module');
    expect(out).toEqual([true, true, true, 'UNKNOWN_ID', 'KzDataError']);
  });
});

describe('the records\' types', () => {
  it('are read-only all the way down, as the frozen records are', () => {
    expectTypeOf<Event['places']>().toEqualTypeOf<readonly string[]>();
    expectTypeOf<Event['dateRange']>().toEqualTypeOf<{ readonly earliest: string; readonly latest: string }>();
    expectTypeOf<Source['author'][number]>().toEqualTypeOf<{ readonly family: string; readonly given: string } | { readonly literal: string }>();
    expectTypeOf<Account['claim']['about']>().toEqualTypeOf<readonly string[]>();
  });
});
