/**
 * Remark plugin: the lesson components that show data (<EventDate id>, <Figure claim>,
 * <Quote claim>, <CompareAccounts event property>, <Timeline>, ...) get their records here,
 * at build time, as a `data` attribute holding JSON. A page therefore carries only the
 * records it shows, and an unknown id stops the build with the file and the id named.
 */
import * as kz from '@kzprotest/data';
import path from 'node:path';
import type { Event } from '@kzprotest/data';
import { visit } from 'unist-util-visit';
import { formatEdtf } from './format';
import { claimView, eventSummary, linkTo, sourceView, spellingsOf, timelineData } from './views/index';

type Attrs = Record<string, string | undefined>;

/** The part of an MDX tree's nodes that the plugin reads: JSX elements and their attributes. */
export interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: JsxNode[];
  position?: { start: { line: number; column: number }; end: { line: number; column: number } };
}

/** Whether a node is a JSX element (`<Name ...>`, as a block or inside a line). */
export const isJsxElement = (node: JsxNode): boolean => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

class UnknownRecordError extends Error {}

function need(attrs: Attrs, ...names: string[]): string {
  for (const name of names) {
    const value = attrs[name];
    if (value) return value;
  }
  throw new UnknownRecordError(`needs the attribute ${names.map((n) => `${n}="..."`).join(' or ')}`);
}

function record(id: string, collection: 'events' | 'claims' | 'sources' | 'actors' | 'places' | 'themes' | 'any') {
  if (!kz.has(id)) {
    const close = kz.search(id, { limit: 3 }).map((h) => h.id);
    throw new UnknownRecordError(`unknown id "${id}"${close.length ? ` (did you mean ${close.map((c) => `"${c}"`).join(', ')}?)` : ''}`);
  }
  const found = kz.resolve(id);
  if (collection !== 'any' && found.collection !== collection) {
    throw new UnknownRecordError(`"${id}" is a record of ${found.collection}, not of ${collection}`);
  }
  return found.record;
}

const SOURCE_FIELDS = ['title', 'authors', 'publisher', 'containerTitle', 'issued', 'readingMinutes', 'perspective', 'originalPublisher', 'originalIssued', 'originalTitle', 'originalAuthors'] as const;

/** Where each SourceFact field lives in a source record (as `unverified` names it). */
const SOURCE_FIELD_PATHS: Record<(typeof SOURCE_FIELDS)[number], string> = {
  title: 'title',
  authors: 'author',
  publisher: 'publisher',
  containerTitle: 'container-title',
  issued: 'issued',
  readingMinutes: 'readingMinutes',
  perspective: 'perspective',
  originalPublisher: 'original.publisher',
  originalIssued: 'original.issued',
  originalTitle: 'original.title',
  originalAuthors: 'original.author',
};

/** How each component's data is computed from its attributes. */
const resolvers: Record<string, (attrs: Attrs) => unknown> = {
  EventDate(a) {
    const event = record(need(a, 'id', 'event'), 'events') as Event;
    return { label: formatEdtf(event.date), date: event.date, href: `/events/${event.id}`, title: event.title };
  },
  Figure(a) {
    const claim = claimView(record(need(a, 'claim', 'id'), 'claims').id);
    if (!claim.figure) throw new UnknownRecordError(`claim "${claim.id}" has no figure`);
    return claim;
  },
  ClaimQuote: (a) => claimView(record(need(a, 'id', 'claim'), 'claims').id),
  Quote: (a) => claimView(record(need(a, 'claim', 'id'), 'claims').id),
  EventCard(a) {
    const event = record(need(a, 'id', 'event'), 'events') as Event;
    return { ...eventSummary(event), summary: event.summary };
  },
  SourceCard: (a) => sourceView(record(need(a, 'id', 'source'), 'sources').id),
  SourceFact(a) {
    const id = record(need(a, 'id', 'source'), 'sources').id;
    const source = sourceView(id);
    const field = need(a, 'field') as (typeof SOURCE_FIELDS)[number];
    if (!SOURCE_FIELDS.includes(field)) throw new UnknownRecordError(`field="${field}" is not one of ${SOURCE_FIELDS.join(', ')}`);
    // a fact the record marks unverified is not stated in a lesson as if it were known (an
    // entry for a whole object, like atol's "original", is about the text, not each field)
    const recordField = SOURCE_FIELD_PATHS[field];
    const why = kz.get(id, 'sources').unverified.find((u) => recordField === u.field);
    if (why) throw new UnknownRecordError(`source "${id}": ${recordField} is not verified (${why.note})`);
    const values: Record<(typeof SOURCE_FIELDS)[number], string | undefined> = {
      title: source.title,
      authors: source.authors.join(', ') || undefined,
      publisher: source.publisher,
      containerTitle: source.containerTitle,
      issued: source.issued ? formatEdtf(source.issued) : undefined,
      readingMinutes: String(source.readingMinutes),
      perspective: source.perspective,
      originalPublisher: source.original?.publisher,
      originalIssued: source.original?.issued ? formatEdtf(source.original.issued) : undefined,
      originalTitle: source.original?.title,
      originalAuthors: source.original?.authors.join(', ') || undefined,
    };
    const value = values[field];
    if (value === undefined) throw new UnknownRecordError(`source "${id}" has no ${recordField}`);
    return { value, href: source.href, title: source.title };
  },
  CompareAccounts(a) {
    const event = record(need(a, 'event', 'id'), 'events');
    const property = need(a, 'property');
    let accounts;
    try {
      accounts = kz.accountsOf(event.id, property as Parameters<typeof kz.accountsOf>[1]);
    } catch (error) {
      throw new UnknownRecordError(`property="${property}": ${(error as Error).message}`);
    }
    if (accounts.length === 0) throw new UnknownRecordError(`no claim gives a "${property}" figure for event "${event.id}"`);
    return { event: linkTo(event.id), property, accounts: accounts.map((acc) => claimView(acc.claim)) };
  },
  Timeline(a) {
    const filter: Record<string, string> = {};
    for (const key of ['from', 'to'] as const) if (a[key]) filter[key] = a[key]!;
    for (const [key, collection] of [['place', 'places'], ['actor', 'actors'], ['theme', 'themes']] as const) {
      if (a[key]) filter[key] = record(a[key]!, collection).id;
    }
    if (a.type) {
      if (!(a.type in kz.eventTypes)) throw new UnknownRecordError(`type="${a.type}" is not an event type (${Object.keys(kz.eventTypes).join(', ')})`);
      filter.type = a.type;
    }
    if (a.within !== undefined && a.within !== 'true') throw new UnknownRecordError(`within="${a.within}": write within="true" to list only events wholly inside from..to, or leave it out`);
    const data = timelineData(filter, { within: a.within === 'true' });
    if (data.events.length === 0) throw new UnknownRecordError(`no event matches ${JSON.stringify(filter)}`);
    return data;
  },
  RecordLink: (a) => linkTo(record(need(a, 'id'), 'any').id),
  Spellings(a) {
    const found = record(need(a, 'id'), 'any');
    if (!('spellings' in found)) throw new UnknownRecordError(`"${found.id}" is not an actor or a place`);
    return { name: found.name, href: linkTo(found.id).href, spellings: spellingsOf(found) };
  },
  Check(a) {
    if (a.claim) return { claim: claimView(record(a.claim, 'claims').id) };
    if (a.event) {
      const event = record(a.event, 'events') as Event;
      return { event: { ...eventSummary(event) } };
    }
    throw new UnknownRecordError('needs claim="..." or event="..." (the answer comes from that record)');
  },
};

function stringAttributes(node: JsxNode, file: string): Attrs {
  const attrs: Attrs = {};
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string') {
      throw new Error(`${file}: <${node.name} ${attribute.name}={...}>: write ids as plain strings (${attribute.name}="...") so the build can check them`);
    }
    attrs[attribute.name] = attribute.value ?? 'true';
  }
  return attrs;
}

/** The remark plugin; `siteDir` makes file names in errors relative. */
export default function remarkKzdata(options: { siteDir?: string } = {}) {
  return (tree: JsxNode, vfile: { path?: string }) => {
    const file = vfile.path ? path.relative(options.siteDir ?? process.cwd(), vfile.path) : '(unknown file)';
    visit(tree, (node: JsxNode) => {
      if (!isJsxElement(node) || !node.name || !(node.name in resolvers)) return;
      const attrs = stringAttributes(node, file);
      if ('data' in attrs) throw new Error(`${file}: <${node.name}> must not set data=: the build fills it from @kzprotest/data`);
      let data: unknown;
      try {
        data = resolvers[node.name]!(attrs);
      } catch (error) {
        const where = node.position ? `:${node.position.start.line}:${node.position.start.column}` : '';
        const message = error instanceof UnknownRecordError || error instanceof Error ? error.message : String(error);
        throw new Error(`${file}${where}: <${node.name}> ${message}`);
      }
      node.attributes!.push({ type: 'mdxJsxAttribute', name: 'data', value: JSON.stringify(data) });
    });
  };
}
