/**
 * Build-time view models: turn @kzprotest/data records into the JSON the course's
 * components render. Both the record pages (the kzdata plugin) and the inline lesson
 * components (the remark plugin) go through here, so every page shows a record the same way.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as kz from '@kzprotest/data';
import type { Account, Actor, Claim, ContentWarningName, Event, Place, Source, Theme } from '@kzprotest/data';
import { unconfirmedText } from '../../src/components/kz/data';
import type {
  ActorView,
  ClaimView,
  EventSummaryView,
  EventView,
  FigureView,
  PlaceView,
  RecordLink,
  RedirectView,
  SourceView,
  SpellingView,
  ThemeView,
  TimelineData,
  HowWeKnowView,
} from '../../src/kz/types';

type Collection = 'sources' | 'events' | 'actors' | 'places' | 'themes';

/** The URL prefix of each collection that has pages; claims live on their source's page. */
export const routeBase: Record<Collection, string> = {
  sources: '/sources',
  events: '/events',
  actors: '/actors',
  places: '/places',
  themes: '/themes',
};

/** EDTF dates in words come from the data package, so the CLI and every page say a bound alike. */
export const formatEdtf = kz.formatEdtf;

/** The names of a CSL author list, "Given Family" or the organisation's name. */
function names(list: readonly ({ family: string; given: string } | { literal: string })[] | undefined): string[] {
  return (list ?? []).map((n) => ('literal' in n ? n.literal : `${n.given} ${n.family}`));
}

function isVerified(source: Source, field: string): boolean {
  // a field is unverified when it or any field containing it is listed ("original" covers "original.URL")
  return !source.unverified.some((u) => field === u.field || field.startsWith(`${u.field}.`));
}

function hrefOf(collection: Collection, id: string): string {
  return `${routeBase[collection]}/${id}`;
}

/**
 * What a page warns of before its text: the warnings its claims carry (the data's own field,
 * checked by the package's content-warnings rule), each once.
 */
export function warningsOfClaims(claimIds: readonly string[]): ContentWarningName[] {
  return kz.warningsOfAll(claimIds.map((id) => kz.get(id, 'claims').contentWarnings));
}

/**
 * What a page warns of that quotes claims and lists events: every warning of those claims, and
 * of the events, whose titles it shows and links to.
 */
export function warningsOf(claimIds: readonly string[], events: readonly { id: string }[] = []): ContentWarningName[] {
  return kz.warningsOfAll([warningsOfClaims(claimIds), ...events.map((e) => kz.get(e.id, 'events').contentWarnings)]);
}

/** A linked record of one of the collections with pages. */
export function linkTo(id: string): RecordLink {
  const { collection, record } = kz.resolve(id);
  if (collection === 'claims') {
    const claim = record as Claim;
    return { id: claim.id, name: claim.summary ?? claim.quote.exact, href: `${hrefOf('sources', claim.source)}#${claim.id}` };
  }
  const name = 'name' in record ? record.name : 'title' in record ? record.title : record.id;
  return { id: record.id, name, href: hrefOf(collection, record.id) };
}

function shortCitation(source: Source): string {
  const year = source.issued?.slice(0, 4);
  return `${source['container-title'] ?? source.publisher}${year ? `, ${year}` : ''}`;
}

/**
 * Qualifier, number and unit for running text ("at least 16 people"). A figure the source gives
 * only in words ("several thousand", "hundreds") or as an open range is shown as printed.
 */
const SINGULAR: Record<string, string> = { people: 'person', organizations: 'organization', years: 'year', months: 'month', days: 'day', hours: 'hour' };

/** The unit as a reader says it after the figure: "1 person", "16 people", "5%". */
export function unitText(figure: Pick<NonNullable<Claim['figure']>, 'unit' | 'value' | 'max'>): string {
  if (figure.unit === 'percent') return '%';
  const one = (figure.value ?? figure.max) === 1;
  return ` ${one ? (SINGULAR[figure.unit] ?? figure.unit) : figure.unit}`;
}

export function figureText(figure: NonNullable<Claim['figure']>): string {
  const n = (x: number) => x.toLocaleString('en-GB');
  const unit = unitText(figure);
  const qualifier = figure.qualifier === 'none' ? '' : `${figure.qualifier} `;
  if (figure.value !== undefined && /\d/.test(figure.raw)) return `${qualifier}${n(figure.value)}${unit}`;
  if (figure.min !== undefined && figure.max !== undefined && /\d/.test(figure.raw)) return `${qualifier}${n(figure.min)}–${n(figure.max)}${unit}`;
  return figure.raw;
}

function figureView(figure: Claim['figure']): FigureView | undefined {
  if (!figure) return undefined;
  return { ...figure, text: figureText(figure), unitText: unitText(figure) };
}

// the seed texts the data package verifies quotes against, at the root of the repository
const seedsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../seeds');
const seedTexts = new Map<string, string>();
function seedText(source: Source): string {
  let text = seedTexts.get(source.seed);
  if (text === undefined) {
    text = readFileSync(path.join(seedsDir, source.seed), 'utf8');
    seedTexts.set(source.seed, text);
  }
  return text;
}

/**
 * Where a quote stands in its source, as a reader finds it: "paragraph 4", "the photo caption".
 * Paragraphs are the blank-line blocks of the seed's body; a seed that keeps no blank lines
 * (hard-wrapped without breaks) gets the part of the text instead ("near the start").
 */
export function positionInSource(source: Source, start: number, region: Claim['region']): string {
  if (region === 'caption') return 'a caption';
  if (region === 'attribution') return 'the byline or credit line';
  const text = seedText(source);
  const body = source.regionOffsets.filter((r) => r.kind === 'body');
  const paragraphStarts: number[] = [];
  for (const r of body) {
    const part = text.slice(r.start, r.end);
    for (const m of part.matchAll(/(?:^|\n[ \t]*\n)\s*(?=\S)/g)) paragraphStarts.push(r.start + m.index + m[0].length);
  }
  if (paragraphStarts.length > 1) {
    const n = paragraphStarts.filter((p) => p <= start).length;
    return `paragraph ${Math.max(n, 1)} of ${paragraphStarts.length}`;
  }
  const first = body[0]?.start ?? 0;
  const last = body.at(-1)?.end ?? text.length;
  const share = (start - first) / Math.max(last - first, 1);
  if (share < 0.25) return 'near the start of the text';
  if (share < 0.5) return 'in the first half of the text';
  if (share < 0.75) return 'in the second half of the text';
  return 'near the end of the text';
}

/** A claim with its source, claimants and the claims that dispute it (those one level deep). */
export function claimView(claimOrId: Claim | string): ClaimView {
  const claim = typeof claimOrId === 'string' ? kz.get(claimOrId, 'claims') : claimOrId;
  const view = claimViewAlone(claim);
  return claim.disputes.length > 0 ? { ...view, disputedBy: claim.disputes.map((id) => claimViewAlone(kz.get(id, 'claims'))) } : view;
}

function claimViewAlone(claim: Claim): ClaimView {
  const source = kz.get(claim.source, 'sources');
  return {
    id: claim.id,
    href: `${hrefOf('sources', source.id)}#${claim.id}`,
    quote: claim.quote.exact,
    region: claim.region,
    start: claim.quote.start,
    end: claim.quote.end,
    where: positionInSource(source, claim.quote.start, claim.region),
    kind: claim.kind,
    ...(claim.summary ? { summary: claim.summary } : {}),
    source: { id: source.id, name: source.title, href: hrefOf('sources', source.id), short: shortCitation(source) },
    claimants: claim.attributedTo.map(linkTo),
    ...(claim.figure ? { figure: figureView(claim.figure) } : {}),
  };
}

function accountView(account: Account): ClaimView {
  return claimView(account.claim);
}

/** The full citation of a source as one line, with the original it reprints. */
export function citationOf(source: Source): string {
  const authors = names(source.author);
  const parts = [
    authors.length > 0 ? authors.join(', ') : undefined,
    // an unverified date is shown as such, never as a fact
    source.issued ? (isVerified(source, 'issued') ? `(${source.issued})` : `(${source.issued}, date not confirmed)`) : '(n.d.)',
    `“${source.title}${source.subtitle ? `: ${source.subtitle}` : ''}”`,
    source['container-title'],
    source['container-title'] === source.publisher ? undefined : source.publisher,
    source.URL && isVerified(source, 'URL') ? source.URL : undefined,
  ].filter(Boolean);
  let text = `${parts.join('. ')}.`;
  if (source.original) {
    const o = source.original;
    const originalParts = [
      names(o.author).join(', ') || undefined,
      o.issued ? `(${o.issued})` : undefined,
      `“${o.title}”`,
      o['container-title'],
      o.publisher,
    ].filter(Boolean);
    text += ` Republished from: ${originalParts.join('. ')}.`;
  }
  return text.replace(/\.\./g, '.');
}

/** A source with its citation, perspective, reading time and only verified links. */
export function sourceView(sourceOrId: Source | string): SourceView {
  const source = typeof sourceOrId === 'string' ? kz.get(sourceOrId, 'sources') : sourceOrId;
  const o = source.original;
  return {
    id: source.id,
    href: hrefOf('sources', source.id),
    title: source.title,
    ...(source.subtitle ? { subtitle: source.subtitle } : {}),
    authors: names(source.author),
    ...(source['container-title'] ? { containerTitle: source['container-title'] } : {}),
    publisher: source.publisher,
    ...(source.issued && isVerified(source, 'issued') ? { issued: source.issued } : {}),
    ...(source.URL && isVerified(source, 'URL') ? { url: source.URL } : {}),
    ...(o
      ? {
          original: {
            title: o.title,
            ...(o.subtitle ? { subtitle: o.subtitle } : {}),
            authors: names(o.author),
            ...(o.issued ? { issued: o.issued } : {}),
            publisher: o.publisher,
            ...(o['container-title'] ? { containerTitle: o['container-title'] } : {}),
            ...(o.URL && isVerified(source, 'original.URL') ? { url: o.URL } : {}),
            ...(o.note ? { note: o.note } : {}),
          },
        }
      : {}),
    copies: source.copies.map((c) => ({ url: c.URL, note: c.note })),
    perspective: source.perspective,
    perspectiveNote: source.perspectiveNote,
    readingMinutes: source.readingMinutes,
    wordCount: source.wordCount,
    contentWarnings: [...source.contentWarnings],
    unverified: source.unverified.map((u) => ({ field: u.field, note: u.note })),
    unconfirmed: [...new Set(source.unverified.map((u) => unconfirmedText(u.field)))],
    seedNotes: [
      ...source.regions.filter((r) => r.note).map((r) => `Lines ${r.lines[0]}–${r.lines[1]} (${r.kind}): ${r.note}`),
      ...(source.note ? [source.note] : []),
    ],
    citation: citationOf(source),
    errata: source.errata.map((e) => ({ id: e.id, kind: e.kind, quote: e.quote.exact, note: e.note })),
  };
}

function placeAndAncestors(id: string): string[] {
  const chain: string[] = [];
  for (let place: Place | undefined = kz.get(id, 'places'); place && !chain.includes(place.id); ) {
    chain.push(place.id);
    place = place.partOf ? kz.get(place.partOf, 'places') : undefined;
  }
  return chain;
}

/** One line of a timeline. */
export function eventSummary(eventOrId: Event | string): EventSummaryView {
  const event = typeof eventOrId === 'string' ? kz.get(eventOrId, 'events') : eventOrId;
  return {
    id: event.id,
    href: hrefOf('events', event.id),
    title: event.title,
    date: event.date,
    dateLabel: formatEdtf(event.date),
    earliest: event.dateRange.earliest,
    latest: event.dateRange.latest,
    type: event.type,
    typeLabel: kz.eventTypes[event.type].label,
    places: event.places.map(linkTo),
    within: [...new Set(event.places.flatMap(placeAndAncestors))],
    actors: event.actors.map((a) => ({ ...linkTo(a.actor), role: a.role })),
    themes: event.themes.map(linkTo),
    disputed: event.disputed,
  };
}

/** Every figure property an event's claims give, with all accounts of each. */
function figuresOf(event: Event): EventView['figures'] {
  const properties = [...new Set(kz.accountsOf(event.id).flatMap((a) => (a.claim.figure ? [a.claim.figure.property] : [])))];
  return properties.map((property) => ({ property, accounts: kz.accountsOf(event.id, property).map(accountView) }));
}

export function eventView(id: string): EventView {
  const event = kz.get(id, 'events');
  const mapping = kz.eventTypes[event.type];
  const claims = event.claims.map(claimView);
  const dateClaims = event.dateClaims.map(claimView);
  const figures = figuresOf(event);
  return {
    ...eventSummary(event),
    contentWarnings: [...event.contentWarnings],
    summary: event.summary,
    ...(event.dateNote ? { dateNote: event.dateNote } : {}),
    dateClaims,
    ...(event.partOf ? { partOf: linkTo(event.partOf) } : {}),
    parts: kz.events.filter((e) => e.partOf === event.id).map((e) => linkTo(e.id)),
    causes: event.causes.map(linkTo),
    causedBy: kz.events.filter((e) => e.causes.includes(event.id)).map((e) => linkTo(e.id)),
    figures,
    claims,
    mapping: {
      edtf: event.date,
      acled: mapping.acled ? `${mapping.acled.eventType} / ${mapping.acled.subEventType}` : undefined,
      massMobilization: mapping.massMobilization,
      cameo: mapping.cameo,
    },
  };
}

function spellingsOf(record: Actor | Place): SpellingView[] {
  return record.spellings.map((s) => ({ name: s.name, sources: s.sources.map(linkTo) }));
}

export function actorView(id: string): ActorView {
  const actor = kz.get(id, 'actors');
  const roles = actor.roles.map((r) => ({
    role: r.role,
    ...(r.organization ? { organization: linkTo(r.organization) } : {}),
    ...(r.date ? { date: formatEdtf(r.date) } : {}),
    claims: r.claims.map(claimView),
  }));
  const claims = actor.claims.map(claimView);
  return {
    id: actor.id,
    href: hrefOf('actors', actor.id),
    name: actor.name,
    kind: actor.kind,
    ...(actor.organizationType ? { organizationType: actor.organizationType } : {}),
    ...(actor.description ? { description: actor.description } : {}),
    spellings: spellingsOf(actor),
    roles,
    events: kz.findEvents({ actor: actor.id }).map(eventSummary),
    claims,
    contentWarnings: warningsOf([...actor.claims, ...actor.roles.flatMap((r) => r.claims)], kz.findEvents({ actor: actor.id })),
  };
}

export function placeView(id: string): PlaceView {
  const place = kz.get(id, 'places');
  const c = place.coordinates;
  return {
    id: place.id,
    href: hrefOf('places', place.id),
    name: place.name,
    kind: place.kind,
    ...(place.description ? { description: place.description } : {}),
    spellings: spellingsOf(place),
    ...(place.partOf ? { partOf: linkTo(place.partOf) } : {}),
    contains: kz.places.filter((p: Place) => p.partOf === place.id).map((p) => linkTo(p.id)),
    ...(c
      ? {
          coordinates: {
            latitude: c.latitude,
            longitude: c.longitude,
            origin: [c.origin.dataset, c.origin.record, c.origin.license].filter(Boolean).join(', '),
          },
        }
      : {}),
    events: kz.findEvents({ place: place.id }).map(eventSummary),
    claims: place.claims.map(claimView),
    contentWarnings: warningsOf(place.claims, kz.findEvents({ place: place.id })),
  };
}

export function themeView(id: string): ThemeView {
  const theme = kz.get(id, 'themes');
  return {
    id: theme.id,
    href: hrefOf('themes', theme.id),
    name: theme.name,
    description: theme.description,
    ...(theme.broader ? { broader: linkTo(theme.broader) } : {}),
    narrower: kz.themes.filter((t: Theme) => t.broader === theme.id).map((t) => linkTo(t.id)),
    events: kz.findEvents({ theme: theme.id }).map(eventSummary),
    contentWarnings: warningsOf(kz.claims.filter((c) => c.about.includes(theme.id)).map((c) => c.id), kz.findEvents({ theme: theme.id })),
  };
}

/** Events for a timeline, with only the filter choices that these events use. */
export function timelineData(filter: Parameters<typeof kz.findEvents>[0] = {}, options: { within?: boolean } = {}): TimelineData {
  // "within": only events that lie wholly inside from..to, not every event that touches the range
  // (a module about three days should not list a policy that runs for eight years)
  const inside = (e: ReturnType<typeof kz.findEvents>[number]) =>
    (!filter.from || e.dateRange.earliest >= dayFloor(filter.from)) && (!filter.to || e.dateRange.latest <= dayCeiling(filter.to));
  // by start, then by end: a day comes before a month or a span that starts on it and goes on longer
  const events = kz
    .findEvents(filter)
    .filter((e) => !options.within || inside(e))
    .map(eventSummary)
    .sort((a, b) => a.earliest.localeCompare(b.earliest) || a.latest.localeCompare(b.latest) || a.id.localeCompare(b.id));
  const unique = (links: RecordLink[]) =>
    [...new Map(links.map((l) => [l.id, { id: l.id, name: l.name, href: l.href }])).values()].sort((a, b) =>
      a.name.localeCompare(b.name, 'en'),
    );
  const types = [...new Map(events.map((e) => [e.type, { id: e.type, name: e.typeLabel }])).values()].sort((a, b) =>
    a.name.localeCompare(b.name, 'en'),
  );
  return {
    events,
    filters: {
      themes: unique(events.flatMap((e) => e.themes)),
      places: unique(events.flatMap((e) => e.within.map(linkTo))),
      actors: unique(events.flatMap((e) => e.actors)),
      types,
    },
  };
}

function dayFloor(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

function dayCeiling(date: string): string {
  if (date.length === 10) return date;
  const [year, month] = date.split('-').map(Number);
  if (month === undefined) return `${year}-12-31`;
  return `${date}-${String(new Date(Date.UTC(year!, month, 0)).getUTCDate()).padStart(2, '0')}`;
}

export function redirectView(redirect: (typeof kz.redirects)[number]): RedirectView {
  return { id: redirect.id, kind: redirect.kind, reason: redirect.reason, date: redirect.date, to: redirect.to.map(linkTo) };
}

/** The collection a (possibly redirected) id lives in. */
export function collectionOf(id: string): string {
  return kz.resolve(id).collection;
}


/** Per-source coverage as the data build measured it (dist/data/coverage.json of the package). */
export interface SourceCoverageFigures {
  source: string;
  sentences: number;
  covered: number;
  skipped: number;
  percent: number;
}

/**
 * The "How we know" page, generated from the data: per source its coverage, its claims by
 * kind and by voice, its errata with both sides quoted and its unverified fields; then every
 * linked disagreement with each side's words and voice.
 */
export function howWeKnowView(coverage: readonly SourceCoverageFigures[]): HowWeKnowView {
  const count = <T, K extends string>(items: readonly T[], key: (item: T) => K) => {
    const counts = new Map<K, number>();
    for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en'));
  };
  const sources = kz.sources.map((source) => {
    const claims = kz.claims.filter((c) => c.source === source.id);
    const figures = coverage.find((c) => c.source === source.id);
    if (!figures) throw new Error(`no coverage figures for source "${source.id}": rebuild @kzprotest/data`);
    const voiceOf = (c: Claim) => c.attributedTo[c.attributedTo.length - 1] ?? '';
    return {
      source: { ...linkTo(source.id), short: shortCitation(source) },
      perspective: source.perspective,
      coverage: { sentences: figures.sentences, covered: figures.covered, skipped: figures.skipped, percent: figures.percent },
      claimCount: claims.length,
      kinds: count(claims, (c) => c.kind).map(([kind, n]) => ({ kind, count: n })),
      voices: count(claims, voiceOf).map(([id, n]) => (id === '' ? { voice: 'the source itself', count: n } : { voice: linkTo(id).name, href: linkTo(id).href, count: n })),
      errata: source.errata.map((e) => ({
        id: e.id,
        kind: e.kind,
        quote: e.quote.exact,
        note: e.note,
        evidence: e.evidence.map((ev) => ({ source: shortCitation(kz.get(ev.source, 'sources')), quote: ev.quote.exact, ...(ev.note ? { note: ev.note } : {}) })),
      })),
      unverified: source.unverified.map((u) => ({ field: u.field, note: u.note })),
    };
  });
  // each link once, grouped with every claim linked to it, so a three-sided disagreement is one entry
  const seen = new Set<string>();
  const disagreements: HowWeKnowView['disagreements'] = [];
  for (const claim of kz.claims) {
    if (seen.has(claim.id) || claim.disputes.length === 0) continue;
    const group = new Set<string>([claim.id]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const id of [...group]) for (const other of kz.get(id, 'claims').disputes) if (!group.has(other)) (group.add(other), (grew = true));
    }
    for (const id of group) seen.add(id);
    const sides = [...group].map((id) => kz.get(id, 'claims'));
    const events = kz.events.filter((e) => e.disputed && sides.filter((c) => c.about.includes(e.id)).length >= 2);
    disagreements.push({ about: events.map((e) => linkTo(e.id)), sides: sides.map((c) => claimView(c)) });
  }
  return {
    sources,
    disagreements,
    kindDefinitions: (Object.keys(kz.claimKindDefinitions) as Claim['kind'][]).map((kind) => ({ kind, definition: kz.claimKindDefinitions[kind] })),
    attributedToDefinition: kz.attributedToDefinition,
  };
}
