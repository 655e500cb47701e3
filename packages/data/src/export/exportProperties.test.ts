import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { check } from '@placemarkio/check-geojson';
import fc from 'fast-check';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset.js';
import { sourcesBibtex } from './bibtex.js';
import { sourcesCslJson, CitationExportError } from './citations.js';
import { unneutralise, tableToCsv } from './csv.js';
import { tables, type TableName } from './datapackage.js';
import { eventsGeoJson, placesGeoJson } from './geojson.js';
import { sourcesRis } from './ris.js';
import { claimsWebAnnotation } from './webAnnotation.js';
import { Source as SourceSchema } from '../schema/index.js';
import { shippedDataset, tempFolder } from '../../test/helpers.js';
import { runPython } from '../../test/python.js';

const data = shippedDataset();

// What breaks writers: quotes, separators, line ends, formula starts behind invisible or bidi
// characters, NUL, and BibTeX's special characters
const hostile = fc.string({
  unit: fc.constantFrom('"', ',', ';', '\r', '\n', '\r\n', '\t', '=', '+', '-', '@', ' ', '\u200b', '\u200f', '\u202e', '\u2066', '\ufeff', '\u0000', '{', '}', '\\', '%', '#', '&', '$', '~', '^', '_', "'", 'a', 'Z', 'Ж', 'é'),
  minLength: 1,
  maxLength: 24,
});

/** The dataset with one record of each collection given hostile text in its free-text fields. */
function hostileDataset(t: string): Dataset {
  const [claim, ...claims] = data.claims;
  const [event, ...events] = data.events;
  const [actor, ...actors] = data.actors;
  const [place, ...places] = data.places;
  const [source, ...sources] = data.sources;
  return {
    ...data,
    claims: [{ ...claim!, summary: t, quote: { ...claim!.quote, exact: t } }, ...claims],
    events: [{ ...event!, title: t, summary: t }, ...events],
    actors: [{ ...actor!, name: t, description: t }, ...actors],
    places: [{ ...place!, name: t, description: t }, ...places],
    sources: [{ ...source!, title: t, publisher: t }, ...sources],
  };
}

const samples = fc.sample(hostile, { numRuns: 60, seed: 20261201 });

// each property runs Python on many generated tables: minutes, not seconds, on a loaded machine
describe('every exporter over hostile text', { timeout: 180_000 }, () => {
  it("CSV of every collection: Python's csv module reads back every cell exactly (after the formula guard)", () => {
    const names = Object.keys(tables) as TableName[];
    const texts: string[] = [];
    const expected: (string | number | boolean | undefined)[][][] = [];
    for (const t of samples) {
      const d = hostileDataset(t);
      for (const name of names) {
        const table = tables[name](d) as unknown as { columns: { value: (r: unknown) => string | number | boolean | undefined }[] };
        texts.push(tableToCsv(table as never, d[name] as never[]));
        expected.push((d[name] as unknown[]).map((r) => table.columns.map((c) => c.value(r))));
      }
    }
    const dir = tempFolder('hostile-csv');
    try {
      writeFileSync(join(dir, 'texts.json'), JSON.stringify(texts));
      const read = runPython<string[][][]>('read_csv_texts.py', join(dir, 'texts.json'));
      expect(read.length).toBe(texts.length);
      read.forEach((rows, k) => {
        const want = expected[k]!;
        expect(rows.length - 1, `text ${k}: one row per record`).toBe(want.length);
        want.forEach((row, i) => row.forEach((v, j) => expect(unneutralise(rows[i + 1]![j]!), `text ${k} row ${i + 1} column ${j}`).toBe(v === undefined ? '' : String(v))));
      });
      // the hostile text itself came back, not only whatever the columns computed
      expect(read.some((rows) => rows.some((r) => r.some((cell) => samples.includes(unneutralise(cell)))))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('GeoJSON (events, places): valid for a GeoJSON checker, and JSON.parse gives the text back', () => {
    for (const t of samples) {
      const d = hostileDataset(t);
      const events = JSON.parse(JSON.stringify(eventsGeoJson(d)));
      expect(() => check(JSON.stringify(events))).not.toThrow();
      expect(events.features.some((f: { properties: { title?: string } }) => f.properties.title === t)).toBe(true);
      const places = JSON.parse(JSON.stringify(placesGeoJson(d)));
      expect(() => check(JSON.stringify(places))).not.toThrow();
    }
  });

  it('CSL-JSON: JSON.parse and citation-js give the title and publisher back exactly', () => {
    for (const t of samples) {
      const items = JSON.parse(JSON.stringify(sourcesCslJson(hostileDataset(t))));
      expect(items[0].title).toBe(t);
      const read = new Cite(items, { forceType: '@csl/list+object' }).data as { title: string; publisher: string }[];
      expect(read[0]!.title).toBe(t);
      expect(read[0]!.publisher).toBe(t);
    }
  });

  it('Web Annotation: JSON.parse gives the quote back exactly, with its offsets', () => {
    for (const t of samples) {
      const d = hostileDataset(t);
      const read = JSON.parse(JSON.stringify(claimsWebAnnotation(d)));
      const [quote, position] = read.first.items[0].target.selector;
      expect(quote.exact).toBe(t);
      expect(position).toEqual({ type: 'TextPositionSelector', start: d.claims[0]!.quote.start, end: d.claims[0]!.quote.end });
    }
  });

  // BibTeX and RIS have no line break inside a field, and citation-js folds white space runs (as
  // JavaScript's \s counts them, a BOM included) to one space: what must come back is the text so
  // folded, or the writer refuses it
  const folded = (t: string) => t.replace(/\s+/g, ' ').trim();
  for (const [name, write, type] of [
    ['BibTeX (UTF-8)', (d: Dataset) => sourcesBibtex(d), '@biblatex/text'],
    ['BibTeX (ASCII)', (d: Dataset) => sourcesBibtex(d, { ascii: true }), '@biblatex/text'],
    ['RIS', (d: Dataset) => sourcesRis(d), '@ris/file'],
  ] as const) {
    it(`${name}: citation-js reads the title back (white space folded as the format does), or the writer throws a CitationExportError`, () => {
      fc.assert(
        fc.property(hostile, (t) => {
          let text: string;
          try {
            text = write(hostileDataset(t));
          } catch (error) {
            expect(error).toBeInstanceOf(CitationExportError);
            expect((error as Error).message).toMatch(/title|publisher/);
            return;
          }
          const read = new Cite(text, { forceType: type }).data as { id: string; title?: string }[];
          expect(read.map((r) => r.id)).toEqual(data.sources.map((s) => s.id));
          expect(folded(read[0]!.title ?? '').normalize('NFC')).toBe(folded(t).normalize('NFC'));
        }),
        { numRuns: 150 },
      );
    });
  }

  it('a javascript:, data: or file: URL is refused by the schema, so no exporter meets one', () => {
    for (const URL of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', ' https://example.org/', 'JaVaScRiPt:alert(1)']) {
      const result = SourceSchema.safeParse({ ...data.sources[0]!, URL });
      expect(result.success, URL).toBe(false);
      expect(result.error!.issues.map((i) => i.path.join('.'))).toContain('URL');
    }
  });
});
