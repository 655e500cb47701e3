import { describe, expect, expectTypeOf, it } from 'vitest';
import { nodeJson, packageDir, thrownBy } from '../test/helpers.js';
import { events, get, KzDataError, linksTo, places } from './index.js';

const refusal = (fn: () => unknown) => thrownBy(fn, KzDataError).code;

describe('linksTo', () => {
  it('gives the records whose forward link names a record, in their collection\'s order', () => {
    const region = places.find((p) => places.some((q) => q.partOf === p.id))!;
    expect(linksTo(region.id, 'contains')).toEqual(places.filter((p) => p.partOf === region.id).map((p) => p.id));
    const whole = events.find((e) => events.some((f) => f.partOf === e.id))!;
    expect(linksTo(whole.id, 'parts')).toEqual(events.filter((e) => e.partOf === whole.id).map((e) => e.id));
    for (const id of linksTo(whole.id, 'parts')) expect(get(id, 'events').partOf).toBe(whole.id);
  });

  it('answers a record nothing links to with an empty, frozen list', () => {
    const alone = places.find((p) => !places.some((q) => q.partOf === p.id))!;
    const none = linksTo(alone.id, 'contains');
    expect(none).toEqual([]);
    expect(Object.isFrozen(none)).toBe(true);
    expect(Object.isFrozen(linksTo('kazakhstan', 'contains'))).toBe(true);
  });

  it('refuses an unknown id (UNKNOWN_ID) and an unknown kind of link (INVALID_ARGUMENT)', () => {
    expect(refusal(() => linksTo('no-such-record', 'parts'))).toBe('UNKNOWN_ID');
    expect(refusal(() => linksTo('kazakhstan', 'children' as never))).toBe('INVALID_ARGUMENT');
    expect(refusal(() => linksTo('kazakhstan', 'constructor' as never))).toBe('INVALID_ARGUMENT');
  });

  it('is typed from the build: its kinds of link are the keys of what reverseLinksOf returns', () => {
    expectTypeOf<Parameters<typeof linksTo>[1]>().toEqualTypeOf<'parts' | 'causedBy' | 'contains' | 'narrower' | 'sourceClaims' | 'themeClaims'>();
    expectTypeOf(linksTo).returns.toEqualTypeOf<readonly string[]>();
  });

  it('gives the same lists from each built entry: Node\'s ES module and CommonJS builds and the bundlers\' build', () => {
    const expected = linksTo('kazakhstan', 'contains');
    expect(expected.length).toBeGreaterThan(0);
    const script = (load: string) => `${load}.then((kz) => console.log(JSON.stringify(kz.linksTo('kazakhstan', 'contains'))))`;
    for (const file of ['dist/index.node.js', 'dist/index.node.cjs', 'dist/index.js']) {
      expect(nodeJson(['-e', script(`import(${JSON.stringify(`${packageDir}${file}`)})`)]), file).toEqual(expected);
    }
  });
});
