import type { Dataset } from '../dataset.js';
import { deepFreeze } from './deepFreeze.js';

/**
 * The fields of each collection's records that hold an array or an object: `flat` ones hold only
 * strings and numbers, `nested` ones hold objects too. freezeRecords.test.ts derives the same
 * table from the zod schemas, so a schema that gains such a field fails that test until it is here.
 */
export const containerFields = {
  sources: {
    flat: ['contentWarnings', 'attributionClaims'],
    nested: ['author', 'original', 'copies', 'regions', 'unverified', 'errata', 'coverageSkips', 'regionOffsets'],
  },
  claims: { flat: ['quote', 'attributedTo', 'about', 'figure', 'disputes', 'contentWarnings'], nested: [] },
  events: { flat: ['dateClaims', 'places', 'themes', 'causes', 'dateRange', 'claims', 'contentWarnings'], nested: ['dateBasis', 'actors'] },
  actors: { flat: ['aliases', 'claims'], nested: ['roles', 'spellings'] },
  places: { flat: ['aliases', 'claims'], nested: ['coordinates', 'spellings'] },
  themes: { flat: [], nested: [] },
  redirects: { flat: ['to'], nested: [] },
} as const satisfies Record<keyof Dataset, { flat: readonly string[]; nested: readonly string[] }>;

/**
 * Freezes every record of a dataset as deepFreeze would, visiting only the fields that can hold
 * something to freeze: it runs once per import over every record, and a walk of every field of
 * every record (before the code is warm) cost more than the freezing itself (BENCHMARKS.md, import).
 * @example freezeRecords(dataset).events[0].places.push('x') // TypeError
 */
export function freezeRecords<T extends Dataset>(dataset: T): T {
  if (Object.isFrozen(dataset)) return dataset;
  for (const name in containerFields) {
    const { flat, nested } = containerFields[name as keyof Dataset];
    const records = dataset[name as keyof Dataset] as unknown as Record<string, unknown>[];
    for (let r = 0; r < records.length; r++) {
      const record = records[r]!;
      for (let f = 0; f < flat.length; f++) {
        const value = record[flat[f]!];
        if (value !== undefined) Object.freeze(value);
      }
      for (let f = 0; f < nested.length; f++) deepFreeze(record[nested[f]!]);
      Object.freeze(record);
    }
    Object.freeze(records);
  }
  return Object.freeze(dataset);
}
