import { Ajv2020 } from 'ajv/dist/2020.js';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimsWebAnnotation, type AnnotationCollection, type TextPositionSelector, type TextQuoteSelector } from './webAnnotation.js';
import { packageDir, repoDir, shippedDataset } from '../../test/helpers.js';

const data = shippedDataset();
// as a user gets it: the CLI's output, read back with JSON.parse
const run = spawnSync(process.execPath, [join(packageDir, 'dist', 'cli.js'), 'export', 'claims', '--format', 'web-annotation'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const collection = JSON.parse(run.stdout) as AnnotationCollection;

const seedsDir = join(repoDir, 'seeds');
const seedBySha = new Map<string, { name: string; text: string }>(
  readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => {
      const bytes = readFileSync(join(seedsDir, name));
      return [`urn:sha256:${createHash('sha256').update(bytes).digest('hex')}`, { name, text: bytes.toString('utf8') }] as const;
    }),
);

type Anchoring = 'found' | 'lost' | 'ambiguous';
/** Re-anchors a quote in a text the way an annotation client does: the quote selector, checked against the position selector. */
function anchor(text: string, quote: TextQuoteSelector, position: TextPositionSelector): Anchoring {
  const prefix = quote.prefix ?? '';
  const whole = prefix + quote.exact + (quote.suffix ?? '');
  const starts: number[] = [];
  for (let at = text.indexOf(whole); at !== -1; at = text.indexOf(whole, at + 1)) starts.push(at + prefix.length);
  if (starts.length > 1) return 'ambiguous';
  if (starts.length === 0 || starts[0] !== position.start || position.end !== position.start + quote.exact.length) return 'lost';
  return text.slice(position.start, position.end) === quote.exact ? 'found' : 'lost';
}

describe('kzprotest export claims --format web-annotation', () => {
  it('exits 0 with one annotation per claim, each id ending with its claim id', () => {
    expect(run.status, run.stderr).toBe(0);
    const items = collection.first.items;
    expect(items.length).toBe(data.claims.length);
    expect(collection.total).toBe(data.claims.length);
    expect(items.map((a) => a.id)).toEqual(data.claims.map((c) => `urn:kzprotest:claims:${c.id}`));
  });

  it('re-anchors every annotation in the seed its sha256 names: all found', () => {
    const counts: Record<Anchoring, number> = { found: 0, lost: 0, ambiguous: 0 };
    const notFound: string[] = [];
    const sourceOf = new Map(data.sources.map((s) => [s.id, s]));
    data.claims.forEach((claim, i) => {
      const target = collection.first.items[i]!.target;
      const seed = seedBySha.get(target.source.id);
      expect(seed, `${claim.id}: ${target.source.id} is no seed file's sha256`).toBeDefined();
      expect(seed!.name, claim.id).toBe(sourceOf.get(claim.source)!.seed);
      const [quote, position] = target.selector;
      const result = anchor(seed!.text, quote, position);
      counts[result]++;
      if (result !== 'found') notFound.push(`${claim.id}: ${result}`);
    });
    expect(notFound).toEqual([]);
    expect(counts).toEqual({ found: data.claims.length, lost: 0, ambiguous: 0 });
  });

  it('gives a source URL as scope only where it is verified, and never an unverified one', () => {
    const sourceOf = new Map(data.sources.map((s) => [s.id, s]));
    let scoped = 0;
    data.claims.forEach((claim, i) => {
      const source = sourceOf.get(claim.source)!;
      const unverified = source.unverified.some((u) => u.field === 'URL');
      const scope = collection.first.items[i]!.target.scope;
      if (scope !== undefined) scoped++;
      expect(scope, claim.id).toBe(unverified ? undefined : source.URL);
    });
    expect(scoped).toBeGreaterThan(0);
    // two seeds have no verified address (iheid, opendemocracy): their claims have no scope
    expect(scoped).toBeLessThan(data.claims.length);
  });

  it('leaves out a URL the source record marks unverified', () => {
    const source = data.sources.find((s) => s.URL)!;
    const marked = { ...data, sources: data.sources.map((s) => (s === source ? { ...s, unverified: [...s.unverified, { field: 'URL', note: 'not confirmed' }] } : s)) };
    const items = claimsWebAnnotation(marked).first.items.filter((a, i) => data.claims[i]!.source === source.id);
    expect(items.length).toBeGreaterThan(0);
    expect(items.map((a) => a.target.scope)).toEqual(items.map(() => undefined));
  });

  it('has as bodies the kind, the voice in words, and every voice and about record as a URN', () => {
    data.claims.forEach((claim, i) => {
      const body = collection.first.items[i]!.body;
      expect(body[0], claim.id).toEqual({ type: 'TextualBody', purpose: 'classifying', value: claim.kind, format: 'text/plain' });
      expect(body[1]).toMatchObject({ type: 'TextualBody', purpose: 'describing' });
      expect((body[1] as { value: string }).value.startsWith('Voice: ')).toBe(true);
      const identified = body.filter((b) => b.type === 'SpecificResource').map((b) => (b as { source: string }).source.split(':').pop());
      expect(new Set(identified), claim.id).toEqual(new Set([...claim.attributedTo, ...claim.about]));
      expect(identified.length).toBe(new Set(identified).size);
    });
  });

  it('is JSON-LD in the shape the W3C Web Annotation Data Model requires', () => {
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    // The model's MUSTs (sections 3.1, 3.2, 4, 4.2.4, 4.2.5 and 5): every id an IRI, each type named.
    const iri = { type: 'string', pattern: '^[a-z][a-z0-9+.-]*:\\S+$' };
    const schema = {
      type: 'object',
      required: ['@context', 'id', 'type', 'first', 'total'],
      properties: {
        '@context': { const: 'http://www.w3.org/ns/anno.jsonld' },
        id: iri,
        type: { const: 'AnnotationCollection' },
        label: { type: 'string', minLength: 1 },
        total: { type: 'integer', minimum: 0 },
        first: {
          type: 'object',
          required: ['id', 'type', 'items'],
          properties: { id: iri, type: { const: 'AnnotationPage' }, startIndex: { type: 'integer', minimum: 0 }, items: { type: 'array', items: { $ref: '#/$defs/annotation' } } },
        },
      },
      $defs: {
        annotation: {
          type: 'object',
          required: ['id', 'type', 'target'],
          properties: {
            id: iri,
            type: { const: 'Annotation' },
            motivation: { enum: ['assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting', 'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging'] },
            body: { type: 'array', minItems: 1, items: { oneOf: [{ $ref: '#/$defs/textualBody' }, { $ref: '#/$defs/specificBody' }] } },
            target: {
              type: 'object',
              required: ['type', 'source', 'selector'],
              properties: {
                type: { const: 'SpecificResource' },
                source: { type: 'object', required: ['id'], properties: { id: iri, type: { const: 'Text' }, format: { const: 'text/plain' } } },
                scope: { type: 'string', pattern: '^https?://' },
                selector: {
                  type: 'array',
                  prefixItems: [
                    { type: 'object', required: ['type', 'exact'], additionalProperties: false, properties: { type: { const: 'TextQuoteSelector' }, exact: { type: 'string', minLength: 1 }, prefix: { type: 'string' }, suffix: { type: 'string' } } },
                    { type: 'object', required: ['type', 'start', 'end'], additionalProperties: false, properties: { type: { const: 'TextPositionSelector' }, start: { type: 'integer', minimum: 0 }, end: { type: 'integer', minimum: 0 } } },
                  ],
                  minItems: 2,
                  maxItems: 2,
                },
              },
            },
          },
        },
        textualBody: { type: 'object', required: ['type', 'value'], properties: { type: { const: 'TextualBody' }, value: { type: 'string', minLength: 1 }, purpose: { enum: ['classifying', 'describing'] } } },
        specificBody: { type: 'object', required: ['type', 'source'], properties: { type: { const: 'SpecificResource' }, source: iri, purpose: { const: 'identifying' } } },
      },
    };
    const validate = new Ajv2020({ allErrors: true }).compile(schema);
    expect(validate(collection), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    const ids = [collection.id, collection.first.id, ...collection.first.items.map((a) => a.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(new URL(id).protocol).toBe('urn:');
  });
});
