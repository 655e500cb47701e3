import { describe, expect, it } from 'vitest';
import { shippedDataset } from '../../test/helpers.js';
import { exportCollections, exportRegistry, exportText, formatsOf } from './registry.js';

const data = shippedDataset();

describe('the export registry', () => {
  it('lists each collection and format once, each file at its own path', () => {
    const pairs = exportRegistry.map((e) => `${e.collection}/${e.format}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    const paths = exportRegistry.flatMap((e) => (e.path ? [e.path] : []));
    expect(new Set(paths).size).toBe(paths.length);
    expect(exportCollections).toEqual(['events', 'claims', 'sources', 'actors', 'places', 'themes', 'redirects']);
    expect(formatsOf('sources')).toEqual(['csv', 'json', 'csl', 'bibtex', 'ris']);
    expect(formatsOf('claims')).toEqual(['csv', 'json', 'web-annotation']);
  });

  it('renders every entry, the JSON ones as the records themselves', () => {
    for (const e of exportRegistry) expect(e.render(data, {}).length, `${e.collection}/${e.format}`).toBeGreaterThan(0);
    expect(JSON.parse(exportText(data, 'events', 'json'))).toEqual(data.events);
    expect(() => exportText(data, 'actors', 'bibtex')).toThrow('actors cannot be exported as bibtex; its formats are: csv, json');
  });
});
