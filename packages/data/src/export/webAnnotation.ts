import type { Dataset } from '../dataset.js';
import type { Claim, Source } from '../schema/index.js';
import { lookup, voiceOf, type Lookup } from './lookup.js';

/** The JSON-LD context of the W3C Web Annotation Data Model. */
export const WEB_ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

// No web address of ours is published, so the records are named by URNs that end with their ids.
const RECORD_URN = 'urn:kzprotest:';

/** The URN of one record, e.g. urn:kzprotest:claims:rsf-city-cut-off. */
export const recordUrn = (collection: keyof Dataset, id: string): string => `${RECORD_URN}${collection}:${id}`;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}
export type AnnotationBody =
  | { type: 'TextualBody'; purpose: 'classifying' | 'describing'; value: string; format: 'text/plain'; language?: string }
  | { type: 'SpecificResource'; purpose: 'identifying'; source: string };

/** One claim as a W3C Web Annotation. */
export interface Annotation {
  id: string;
  type: 'Annotation';
  motivation: 'classifying';
  body: AnnotationBody[];
  target: {
    type: 'SpecificResource';
    /** The seed text, named by its SHA-256: the selectors' offsets count in it. */
    source: { id: string; type: 'Text'; format: 'text/plain'; language: string };
    /** The source's published address, only where one is verified. */
    scope?: string;
    selector: [TextQuoteSelector, TextPositionSelector];
  };
}

/** Every claim as a W3C Web Annotation, in one JSON-LD AnnotationCollection with one embedded page. */
export interface AnnotationCollection {
  '@context': typeof WEB_ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: Annotation[] };
}

/** The published URL of a source, unless the record says its URL could not be verified. */
export function verifiedUrl(source: Source): string | undefined {
  return source.unverified.some((u) => u.field === 'URL') ? undefined : source.URL;
}

function collectionOf(data: Dataset): Map<string, keyof Dataset> {
  const of = new Map<string, keyof Dataset>();
  for (const collection of ['events', 'actors', 'places', 'themes', 'sources', 'claims'] as const) {
    for (const record of data[collection]) of.set(record.id, collection);
  }
  return of;
}

function annotationOf(l: Lookup, collections: Map<string, keyof Dataset>, claim: Claim): Annotation {
  const source = l.source.get(claim.source);
  if (!source) throw new RangeError(`claim ${claim.id}: its source "${claim.source}" is not in the dataset`);
  const { exact, prefix, suffix, start, end } = claim.quote;
  const quote: TextQuoteSelector = { type: 'TextQuoteSelector', exact };
  if (prefix) quote.prefix = prefix;
  if (suffix) quote.suffix = suffix;
  const about = claim.about.map((id): [string, AnnotationBody] => {
    const collection = collections.get(id);
    if (!collection) throw new RangeError(`claim ${claim.id}, field about: "${id}" is not a record of the dataset`);
    return [id, { type: 'SpecificResource', purpose: 'identifying', source: recordUrn(collection, id) }];
  });
  const body: AnnotationBody[] = [
    { type: 'TextualBody', purpose: 'classifying', value: claim.kind, format: 'text/plain' },
    { type: 'TextualBody', purpose: 'describing', value: `Voice: ${voiceOf(l, claim)}`, format: 'text/plain', language: 'en' },
    // the voice's actors, then the records the claim is about, each once
    ...[...new Map([...claim.attributedTo.map((id): [string, AnnotationBody] => [id, { type: 'SpecificResource', purpose: 'identifying', source: recordUrn('actors', id) }]), ...about]).values()],
  ];
  if (claim.summary) body.push({ type: 'TextualBody', purpose: 'describing', value: claim.summary, format: 'text/plain', language: 'en' });
  const url = verifiedUrl(source);
  return {
    id: recordUrn('claims', claim.id),
    type: 'Annotation',
    motivation: 'classifying',
    body,
    target: {
      type: 'SpecificResource',
      source: { id: `urn:sha256:${source.seedSha256}`, type: 'Text', format: 'text/plain', language: source.language },
      ...(url ? { scope: url } : {}),
      selector: [quote, { type: 'TextPositionSelector', start, end }],
    },
  };
}

/**
 * Every claim as a W3C Web Annotation (JSON-LD): the quote's TextQuoteSelector and
 * TextPositionSelector in the seed text (urn:sha256:…), the verified published URL as its scope,
 * and as bodies the kind, the voice and the records the claim is about.
 * @example claimsWebAnnotation(dataset).first.items[0].target.selector[1] // { type: 'TextPositionSelector', start, end }
 */
export function claimsWebAnnotation(data: Dataset): AnnotationCollection {
  const l = lookup(data);
  const collections = collectionOf(data);
  const items = data.claims.map((claim) => annotationOf(l, collections, claim));
  return {
    '@context': WEB_ANNOTATION_CONTEXT,
    id: `${RECORD_URN}annotations`,
    type: 'AnnotationCollection',
    label: 'Claims of @kzprotest/data, each anchored in its seed text',
    total: items.length,
    first: { id: `${RECORD_URN}annotations:page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}
