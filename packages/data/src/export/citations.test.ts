import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shippedDataset } from '../../test/helpers.js';
import type { Source } from '../schema/index.js';
import { CitationExportError, sourcesBibtex, sourcesCslJson, sourcesRis, sourceToCsl } from './citations.js';
import { edtfToCsl } from './cslDate.js';

const data = shippedDataset();
type Parsed = { id: string; title?: string; author?: { family?: string; given?: string; literal?: string }[]; issued?: { 'date-parts': number[][] } };
// the format is forced: citation-js would otherwise guess it from the text, and a hostile title can look like BibTeX
const parseWithCitationJs = (text: string, type: '@biblatex/text' | '@ris/file') => new Cite(text, { forceType: type }).data as Parsed[];
const nameKey = (n: { family?: string; given?: string; literal?: string }) => n.literal ?? [n.family, n.given].filter(Boolean).join(', ');
const dateParts = (s: Source) => (s.issued ? (edtfToCsl(s.issued) as { 'date-parts': number[][] })['date-parts'] : undefined);

// A small independent reader of RIS lines ("TAG  - value"), for what citation-js cannot read back
function risRecords(text: string): Record<string, string[]>[] {
  const records: Record<string, string[]>[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^([A-Z][A-Z0-9])  - ?(.*)$/.exec(line);
    if (!m) continue;
    if (m[1] === 'TY') records.push({});
    if (m[1] !== 'ER') (records.at(-1)![m[1]!] ??= []).push(m[2]!);
  }
  return records;
}

describe('edtfToCsl', () => {
  it('keeps the precision of the EDTF date and marks approximation', () => {
    expect(edtfToCsl('2012-12-20')).toEqual({ 'date-parts': [[2012, 12, 20]] });
    expect(edtfToCsl('2012-12')).toEqual({ 'date-parts': [[2012, 12]] });
    expect(edtfToCsl('2019~')).toEqual({ 'date-parts': [[2019]], circa: true });
    expect(edtfToCsl('2011-05/2011-12-16')).toEqual({ 'date-parts': [[2011, 5], [2011, 12, 16]] });
    expect(edtfToCsl('201X')).toEqual({ literal: '201X' });
    expect(edtfToCsl('2022-01-05/..')).toEqual({ literal: '2022-01-05/..' });
  });
});

describe('citations of the shipped sources', () => {
  it('CSL-JSON has every source with no date or URL the record lacks', () => {
    const items = sourcesCslJson(data);
    expect(items.map((i) => i.id)).toEqual(data.sources.map((s) => s.id));
    for (const [i, s] of data.sources.entries()) {
      expect('URL' in items[i]!, s.id).toBe(s.URL !== undefined);
      expect('issued' in items[i]!, s.id).toBe(s.issued !== undefined);
    }
  });

  it('BibTeX read back by citation-js has the same keys, titles, authors and dates', () => {
    const parsed = parseWithCitationJs(sourcesBibtex(data), '@biblatex/text');
    expect(parsed.map((p) => p.id)).toEqual(data.sources.map((s) => s.id));
    for (const [i, s] of data.sources.entries()) {
      const p = parsed[i]!;
      expect(p.title, s.id).toBe(sourceToCsl(s).title);
      expect((p.author ?? []).map(nameKey), s.id).toEqual(s.author.map(nameKey));
      expect(p.issued?.['date-parts'], s.id).toEqual(dateParts(s));
    }
  });

  it('RIS: citation-js reads back every title and year; every author and date is in the tags', () => {
    const text = sourcesRis(data);
    const parsed = parseWithCitationJs(text, '@ris/file');
    const records = risRecords(text);
    expect(parsed).toHaveLength(data.sources.length);
    expect(records).toHaveLength(data.sources.length);
    for (const [i, s] of data.sources.entries()) {
      expect(parsed[i]!.title, s.id).toBe(sourceToCsl(s).title);
      expect(parsed[i]!.issued?.['date-parts'][0]![0], s.id).toBe(dateParts(s)?.[0]![0]);
      const r = records[i]!;
      expect([...(r.AU ?? []), ...(r.A1 ?? [])], s.id).toEqual(s.author.map(nameKey));
      const parts = dateParts(s)?.[0];
      if (parts) expect([...(r.DA ?? []), ...(r.Y1 ?? [])][0], s.id).toBe(`${parts[0]}/${parts[1] ?? ''}/${parts[2] ?? ''}/`);
      else expect(r.DA ?? r.Y1 ?? r.PY, s.id).toBeUndefined();
      expect(r.UR?.[0], s.id).toBe(s.URL);
    }
  });
});

// Sources made of hostile text, to see that the BibTeX and RIS writers lose nothing
const text = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '{', '}', '\\', '&', '%', '$', '#', '_', '~', '^', '"', "'", ',', '’', '“', 'é', 'Ж', 'ö', '=', '@', '-') , minLength: 1, maxLength: 30 });
const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
// Names are hostile inside BibTeX's own name grammar: words start with a capital (a lowercase word
// is a particle such as "von"), hyphens only join capitalised parts (Jean-Pierre), and "=" is left
// out because citation-js's name reader drops it although BibTeX keeps it
const namePart = fc
  .string({ unit: fc.constantFrom('a', 'Z', '{', '}', '\\', '&', '%', '$', '#', '_', '~', '^', '"', "'", '’', '“', 'é', 'Ж', 'ö', '@'), maxLength: 6 })
  .map((t) => `Z${t}`);
const nameText = fc.array(fc.array(namePart, { minLength: 1, maxLength: 2 }).map((p) => p.join('-')), { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
const hostileSource = fc.record({ title: text, family: nameText, given: nameText, publisher: text }).filter((r) => Object.values(r).every((v) => clean(v).length > 0 && clean(v) === v));

function sourceOf(r: { title: string; family: string; given: string; publisher: string }): Source {
  const base = data.sources[0]!;
  return { ...base, id: 'hostile-source', title: r.title, subtitle: undefined, author: [{ family: r.family, given: r.given }], publisher: r.publisher, unverified: [], original: undefined, 'container-title': undefined };
}

// what LaTeX/BibTeX itself makes of text: -- is an en dash, `` and '' are curly quotes
// (citation-js's name reader leaves `` and -- as typed, so both sides are compared by that meaning)
const asLatexReads = (s: string) => s.replace(/---/g, '—').replace(/--/g, '–').replace(/``/g, '“').replace(/''/g, '”');

describe('citation writers with hostile text', () => {
  it('BibTeX keeps titles, names and publishers, or refuses with CitationExportError', () => {
    fc.assert(
      fc.property(hostileSource, (r) => {
        const source = sourceOf(r);
        let bib: string;
        try {
          bib = sourcesBibtex({ ...data, sources: [source] });
        } catch (error) {
          // the one documented refusal: text LaTeX cannot spell, together with braces or backslashes
          expect(error).toBeInstanceOf(CitationExportError);
          expect(Object.values(r).some((v) => /[Ж]/.test(v))).toBe(true);
          expect(Object.values(r).some((v) => /[\\{}$&%#_~^]/.test(v))).toBe(true);
          return;
        }
        const [p] = parseWithCitationJs(bib, '@biblatex/text') as (Parsed & { publisher?: string })[];
        expect(p!.title).toBe(asLatexReads(r.title));
        expect(p!.publisher).toBe(asLatexReads(r.publisher));
        expect(p!.author?.map((n) => asLatexReads(nameKey(n)))).toEqual([asLatexReads(`${r.family}, ${r.given}`)]);
      }),
      { numRuns: 200 },
    );
  });

  it('BibTeX refuses a person name with a comma rather than split it', () => {
    const source = { ...sourceOf({ title: 'T', family: 'F', given: 'G', publisher: 'P' }), author: [{ family: 'Doe, Jr', given: 'Jane' }] };
    expect(() => sourcesBibtex({ ...data, sources: [source] })).toThrow(CitationExportError);
  });

  it('RIS keeps titles exactly, one entry per source', () => {
    fc.assert(
      fc.property(hostileSource, (r) => {
        const ris = sourcesRis({ ...data, sources: [sourceOf(r)] });
        const records = risRecords(ris);
        expect(records).toHaveLength(1);
        expect([...(records[0]!.TI ?? []), ...(records[0]!.T1 ?? [])]).toEqual([r.title]);
        expect(parseWithCitationJs(ris, '@ris/file')[0]!.title).toBe(r.title);
      }),
      { numRuns: 200 },
    );
  });
});
