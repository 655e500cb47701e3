import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { shippedDataset } from '../../test/helpers.js';
import { collections } from '../schema/index.js';
import { containerFields, freezeRecords } from './freezeRecords.js';

type Def = { type: string; innerType?: z.ZodType; out?: z.ZodType; shape?: Record<string, z.ZodType>; element?: z.ZodType; options?: z.ZodType[]; items?: z.ZodType[]; valueType?: z.ZodType };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const wrappers = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly', 'nonoptional', 'catch']);

/** The schema under optional(), default(), a transform's output and the like. */
function unwrapped(schema: z.ZodType): Def {
  let def = defOf(schema);
  while (wrappers.has(def.type) || def.type === 'pipe') def = defOf((def.type === 'pipe' ? def.out : def.innerType)!);
  return def;
}

/** What a value of this schema holds: 'scalar', 'flat' (an array or object of scalars) or 'nested'. */
function holds(schema: z.ZodType): 'scalar' | 'flat' | 'nested' {
  const def = unwrapped(schema);
  const inner: z.ZodType[] =
    def.type === 'object' ? Object.values(def.shape!)
    : def.type === 'array' ? [def.element!]
    : def.type === 'tuple' ? def.items!
    : def.type === 'record' ? [def.valueType!]
    : def.type === 'union' ? def.options!
    : [];
  if (def.type === 'union') return inner.map(holds).reduce((a, b) => (a === 'nested' || b === 'nested' ? 'nested' : a === 'flat' || b === 'flat' ? 'flat' : 'scalar'));
  if (!['object', 'array', 'tuple', 'record'].includes(def.type)) return 'scalar';
  return inner.every((s) => holds(s) === 'scalar') ? 'flat' : 'nested';
}

describe('freezeRecords', () => {
  it('visits every field that the zod schemas say can hold an array or an object', () => {
    const fromSchemas = Object.fromEntries(
      Object.entries(collections).map(([name, { output }]) => {
        const fields = Object.entries(unwrapped(output).shape!).map(([field, schema]) => [field, holds(schema)] as const);
        return [name, { flat: fields.filter(([, h]) => h === 'flat').map(([f]) => f).sort(), nested: fields.filter(([, h]) => h === 'nested').map(([f]) => f).sort() }];
      }),
    );
    const listed = Object.fromEntries(Object.entries(containerFields).map(([name, { flat, nested }]) => [name, { flat: [...flat].sort(), nested: [...nested].sort() }]));
    expect(listed).toEqual(fromSchemas);
  });

  it('leaves nothing reachable from the shipped records unfrozen', () => {
    const dataset = freezeRecords(shippedDataset());
    const unfrozen: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (typeof value !== 'object' || value === null) return;
      if (!Object.isFrozen(value)) unfrozen.push(path);
      for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`);
    };
    walk(dataset, 'dataset');
    expect(unfrozen).toEqual([]);
    // the walk met objects at every depth the records have, three levels below a source's errata included
    expect(Object.isFrozen(dataset.sources.find((s) => s.errata.some((e) => e.evidence.length))?.errata[0]?.evidence[0]?.quote)).toBe(true);
  });

  it('returns a dataset that is already frozen as it is, so the Node build does not freeze twice', () => {
    const dataset = freezeRecords(shippedDataset());
    expect(freezeRecords(dataset)).toBe(dataset);
  });
});
