import { describe, expect, it } from 'vitest';
import { placeChain } from './placeChain.js';

const places = new Map([
  ['zhanaozen', { id: 'zhanaozen', partOf: 'mangystau' }],
  ['mangystau', { id: 'mangystau', partOf: 'kazakhstan' }],
  ['kazakhstan', { id: 'kazakhstan' }],
  ['a', { id: 'a', partOf: 'b' }],
  ['b', { id: 'b', partOf: 'a' }],
]);
const parent = (p: { partOf?: string }) => (p.partOf ? places.get(p.partOf) : undefined);

describe('placeChain', () => {
  it('walks a place\'s parents, nearest first', () => {
    expect(placeChain(places.get('zhanaozen'), parent).map((p) => p.id)).toEqual(['zhanaozen', 'mangystau', 'kazakhstan']);
  });

  it('stops at a cycle, at a parent it cannot find, and gives nothing for no place', () => {
    expect(placeChain(places.get('a'), parent).map((p) => p.id)).toEqual(['a', 'b']);
    expect(placeChain({ id: 'x', partOf: 'nowhere' }, parent).map((p) => p.id)).toEqual(['x']);
    expect(placeChain(undefined, parent)).toEqual([]);
  });
});
