/**
 * The activities of a module, generated at build time from the records its lessons use and
 * @kzprotest/data. A module gets each kind its evidence supports (enough dated events, quotes,
 * accounts of one figure, linked disagreements, located events) and no kind it cannot: nothing
 * is invented to fill a kind. Only the instructions and questions are the course's words.
 */
import * as kz from '@kzprotest/data';
import type { Claim, Event } from '@kzprotest/data';
import { FigureQualifier } from '@kzprotest/data/schema';
import { claimView, linkTo, timelineData } from '../kzdata/views/index';
import { formatEdtf } from '../kzdata/format';
import { kindLabel, propertyLabel, perspectiveLabel, voiceOf } from '../../src/components/kz/data';
import { claimKindDefinitions as kindWords } from '../../src/components/kz/claimKinds';
import {
  activityKindLabel,
  activityPaths,
  type Activity,
  type CompareActivity,
  type MapActivity,
  type Option,
  type OrderActivity,
  type QuotedClaim,
  type WeighActivity,
  type WhoSaysActivity,
} from '../../src/components/activities/types';
import { kazakhstanMap, type ProjectedMap } from './map';

/** The module an activity belongs to. */
export interface ModuleRef {
  id: string;
  slug: string;
  title: string;
  permalink?: string;
}

/** The records a module's lessons use, in the order they first appear. */
export interface ModuleEvidence {
  claims: string[];
  events: string[];
  compares: { event: string; property: string }[];
}

/** At most this many items per activity: a class period, not the whole dataset. */
export const MAX_ITEMS = 8;
/** Fewer than this and an activity is not worth doing. */
export const MIN_ITEMS = 3;

const attributes = (text: string) => Object.fromEntries([...text.matchAll(/([A-Za-z]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
const unique = <T>(xs: T[]) => [...new Set(xs)];
/** The id a record now has (an id that moved is followed), or undefined when it is not of that collection. */
const current = (id: string, collection: string) => (kz.has(id) && kz.resolve(id).collection === collection ? kz.resolve(id).record.id : undefined);

/**
 * The claims, events and compared figures that a module's MDX files name through the data
 * components (the remark plugin has checked every id by the time the activities are made).
 * @example evidenceOf(['<Quote claim="rsf-official-toll-15-dead" />']).claims // ["rsf-official-toll-15-dead"]
 */
export function evidenceOf(files: readonly string[]): ModuleEvidence {
  const claims: string[] = [];
  const events: string[] = [];
  const compares: ModuleEvidence['compares'] = [];
  for (const mdx of files) {
    for (const m of mdx.matchAll(/<(Quote|Figure|Check|ClaimQuote|EventDate|EventCard|CompareAccounts|Timeline)\b([^>]*?)\/?>/g)) {
      const name = m[1]!;
      const a = attributes(m[2]!);
      if ((name === 'Quote' || name === 'Figure' || name === 'Check') && a.claim) claims.push(a.claim);
      if (name === 'ClaimQuote' && (a.id ?? a.claim)) claims.push((a.id ?? a.claim)!);
      if ((name === 'EventDate' || name === 'EventCard') && (a.id ?? a.event)) events.push((a.id ?? a.event)!);
      if (name === 'Check' && a.event) events.push(a.event);
      if (name === 'CompareAccounts' && (a.event ?? a.id) && a.property) {
        events.push((a.event ?? a.id)!);
        compares.push({ event: (a.event ?? a.id)!, property: a.property });
      }
      if (name === 'Timeline') {
        const filter: Record<string, string> = {};
        for (const key of ['from', 'to', 'place', 'actor', 'theme', 'type']) if (a[key]) filter[key] = a[key]!;
        events.push(...timelineData(filter as never, { within: a.within === 'true' }).events.map((e) => e.id));
      }
    }
  }
  const claimIds = unique(claims.map((id) => current(id, 'claims')).filter((id): id is string => Boolean(id)));
  // the events the module's quotes speak of belong to its evidence too
  const about = claimIds.flatMap((id) => kz.get(id, 'claims').about.filter((x) => current(x, 'events')));
  return {
    claims: claimIds,
    events: unique([...events, ...about].map((id) => current(id, 'events')).filter((id): id is string => Boolean(id))),
    compares: unique(compares.map((c) => `${current(c.event, 'events') ?? c.event}\u0000${c.property}`)).map((k) => {
      const [event, property] = k.split('\u0000') as [string, string];
      return { event, property };
    }),
  };
}

/** A small seeded generator (mulberry32), so that a page shuffles alike on the server, in the browser and on paper. */
function seeded(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i += 1) h = Math.imul(h ^ seed.charCodeAt(i), 3432918353), (h = (h << 13) | (h >>> 19));
  return () => {
    h = (h + 0x6d2b79f5) | 0;
    let t = Math.imul(h ^ (h >>> 15), 1 | h);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A copy of `items` in an order fixed by `seed`. */
export function shuffled<T>(items: readonly T[], seed: string): T[] {
  const random = seeded(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const letters = (i: number) => String.fromCharCode(97 + i);
const days = (e: Event) => (Date.parse(e.dateRange.latest) - Date.parse(e.dateRange.earliest)) / 86_400_000;
/** Whether the data puts `a` wholly before `b`: their date ranges do not overlap. */
export const surelyBefore = (a: { latest: string }, b: { earliest: string }) => a.latest < b.earliest;

/** Whether every event placed before another may have happened first (overlapping ranges go either way). */
export function acceptableOrder(items: readonly { earliest: string; latest: string }[]): boolean {
  return items.every((a, i) => items.slice(i + 1).every((b) => !surelyBefore(b, a)));
}

/** The longest run of events that each surely came before the next. */
function longestChain(events: readonly Event[]): number {
  const sorted = [...events].sort((a, b) => a.dateRange.latest.localeCompare(b.dateRange.latest));
  const best = sorted.map(() => 1);
  sorted.forEach((e, i) => {
    for (let j = 0; j < i; j += 1) if (sorted[j]!.dateRange.latest < e.dateRange.earliest) best[i] = Math.max(best[i]!, best[j]! + 1);
  });
  return Math.max(0, ...best);
}

function quoted(claim: Claim): QuotedClaim {
  const v = claimView(claim);
  return { id: v.id, quote: v.quote, href: v.href, source: { name: v.source.name, short: v.source.short, href: v.source.href }, where: v.where };
}

/** Whose voice a claim is, as an option: the innermost speaker, or the source itself. */
function voiceOption(claim: Claim): Option {
  const speaker = claim.attributedTo.at(-1);
  if (speaker) return { id: speaker, label: linkTo(speaker).name };
  const source = kz.get(claim.source, 'sources');
  return { id: `own:${source.id}`, label: `${source['container-title'] ?? source.publisher}, in its own voice` };
}

const voiceText = (claim: Claim) => voiceOf(claimView(claim));
const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label, 'en');

function base(module: ModuleRef, slug: string, kind: Activity['kind'], instructions: string[], title = activityKindLabel[kind]) {
  return {
    id: `${module.id}/${slug}`,
    kind,
    title,
    module: { id: module.id, slug: module.slug, title: module.title, ...(module.permalink ? { permalink: module.permalink } : {}) },
    permalink: activityPaths.page(module.slug, slug),
    keyPermalink: `${activityPaths.keys(module.slug)}#${slug}`,
    instructions,
    contentWarnings: [] as string[],
  };
}

/** Put it in order: the module's most precisely dated events, shuffled, or nothing when fewer than three can be told apart. */
export function orderActivity(module: ModuleRef, evidence: ModuleEvidence): OrderActivity | undefined {
  const events = evidence.events.map((id) => kz.get(id, 'events'));
  const chosen = [...events].sort((a, b) => days(a) - days(b) || a.dateRange.earliest.localeCompare(b.dateRange.earliest) || a.id.localeCompare(b.id)).slice(0, MAX_ITEMS);
  if (chosen.length < MIN_ITEMS || longestChain(chosen) < MIN_ITEMS) return undefined;
  const items = chosen.map((e) => ({ id: e.id, title: e.title, href: `/events/${e.id}`, dateLabel: formatEdtf(e.date), earliest: e.dateRange.earliest, latest: e.dateRange.latest }));
  const b = base(module, 'order', 'order', [
    'Put these events in the order they happened, the earliest first. Move an event with its Move up and Move down buttons.',
    'Some dates are known only to the month or the year, and some events went on for a long time. Where two events’ dates overlap, the evidence does not say which came first, and either order counts as right.',
    'Press Check to see the date the data gives each event.',
  ]);
  let order = shuffled(items, b.id);
  // a first view already in date order would give the answer away
  if (acceptableOrder(order)) order = [...order].reverse();
  if (acceptableOrder(order)) return undefined;
  return { ...b, kind: 'order', items: order.map((item, i) => ({ key: letters(i), ...item })) };
}

/** Who says so? Quotes of the module, as many kinds and voices as it has, each matched to its voice and kind. */
export function whoSaysActivity(module: ModuleRef, evidence: ModuleEvidence): WhoSaysActivity | undefined {
  const claims = evidence.claims.map((id) => kz.get(id, 'claims'));
  const kinds = Object.keys(kz.claimKindDefinitions) as Claim['kind'][];
  // round robin over the kinds, preferring a voice not yet taken, so the matching is not all one voice
  const chosen: Claim[] = [];
  const voices = new Set<string>();
  for (let round = 0; chosen.length < MAX_ITEMS && round < claims.length; round += 1) {
    let added = false;
    for (const kind of kinds) {
      if (chosen.length >= MAX_ITEMS) break;
      const left = claims.filter((c) => c.kind === kind && !chosen.includes(c));
      const pick = left.find((c) => !voices.has(voiceOption(c).id)) ?? left[0];
      if (pick) (chosen.push(pick), voices.add(voiceOption(pick).id), (added = true));
    }
    if (!added) break;
  }
  if (chosen.length < MIN_ITEMS || voices.size < 2) return undefined;
  const b = base(module, 'who-says', 'who-says', [
    'For each quotation, choose whose words it is (its voice) and what kind of claim it is. A source can report what someone else says: then the voice is that person or body, not the source.',
    'The kinds of claim are the course’s labels for the data; what each means is given beside the choices.',
    'Press Check to see the voice and the kind the data records for each quotation.',
  ]);
  const order = shuffled(chosen, b.id);
  return {
    ...b,
    kind: 'who-says',
    items: order.map((c, i) => ({ key: letters(i), ...quoted(c), voice: voiceOption(c).id, voiceText: voiceText(c), kind: c.kind })),
    voices: unique(order.map((c) => JSON.stringify(voiceOption(c)))).map((s) => JSON.parse(s) as Option).sort(byLabel),
    kinds: kinds.map((k) => ({ id: k, label: kindLabel[k], definition: kindWords[k] })),
  };
}

const qualifierOption = (q: string): Option => ({ id: q, label: q === 'none' ? 'none (stated flat)' : q });

/** Compare the counts: one activity per figure of the module with at least two accounts. */
export function compareActivities(module: ModuleRef, evidence: ModuleEvidence): CompareActivity[] {
  // the figures the module compares, and the figures of its quoted claims
  const pairs = [...evidence.compares];
  for (const id of evidence.claims) {
    const c = kz.get(id, 'claims');
    for (const about of c.about) if (c.figure && current(about, 'events') && !pairs.some((p) => p.event === about && p.property === c.figure!.property)) pairs.push({ event: about, property: c.figure.property });
  }
  const found = pairs
    .map((p) => ({ ...p, accounts: kz.accountsOf(p.event, p.property as never) }))
    .filter((p) => p.accounts.length >= 2);
  const properties = found.map((p) => p.property);
  return found.map((p) => {
    const event = kz.get(p.event, 'events');
    const label = propertyLabel[p.property as keyof typeof propertyLabel] ?? p.property;
    // one slug per figure; the event's id only where the module compares one property for two events
    const slug = properties.filter((x) => x === p.property).length > 1 ? `compare-counts-${p.property}-${event.id}` : found.length > 1 ? `compare-counts-${p.property}` : 'compare-counts';
    const b = base(module, slug, 'compare-counts', [
      'Each row is one account of the same figure, in the source’s own words. Build the table: for each account write the number it gives (leave the box empty when the words give no number), choose its qualifier (the source’s hedging, such as “at least”) and whose figure it is.',
      'Press Check to compare your table with the data. Then answer the question below the table in your own words.',
    ], `Compare the counts: ${label.toLowerCase()}, ${event.title}`);
    const claims = p.accounts.map((a) => a.claim as Claim);
    return {
      ...b,
      kind: 'compare-counts',
      event: { id: event.id, name: event.title, href: `/events/${event.id}`, dateLabel: formatEdtf(event.date) },
      property: p.property,
      propertyLabel: label,
      items: claims.map((c, i) => {
        const f = c.figure!;
        const source = kz.get(c.source, 'sources');
        const digits = /\d/.test(f.raw);
        return {
          key: letters(i),
          ...quoted(c),
          raw: f.raw,
          ...(digits ? { number: f.value ?? f.min ?? f.max! } : {}),
          ...(digits && f.value === undefined && f.min !== undefined && f.max !== undefined ? { upTo: f.max } : {}),
          qualifier: f.qualifier,
          voice: voiceOption(c).id,
          voiceText: voiceText(c),
          perspective: perspectiveLabel[source.perspective] ?? source.perspective,
          ...(source.issued && !source.unverified.some((u) => u.field === 'issued') ? { issued: formatEdtf(source.issued) } : {}),
          region: c.region,
        };
      }),
      voices: unique(claims.map((c) => JSON.stringify(voiceOption(c)))).map((s) => JSON.parse(s) as Option).sort(byLabel),
      qualifiers: FigureQualifier.options.map(qualifierOption),
      question: 'Why do the accounts differ? Use what the table shows: whose figure each is, its qualifier, where in the text it stands, and what kind of source gives it.',
    };
  });
}

/** The claims linked to `id` by disputes, either way: the data lists each link at both ends, so no scan of every claim. */
const disputeLinks = (id: string) => kz.get(id, 'claims').disputes;

/**
 * Weigh the evidence: for each linked disagreement the module's quotes touch, the claims on the
 * two sides of it. The key is the data's disputes links: a claim linked to the one weighed
 * challenges it; a claim disputed by the same claims as it is on its side. A disagreement that
 * does not split into two sides (three claims each disputing the others) gives no activity.
 */
export function weighActivities(module: ModuleRef, evidence: ModuleEvidence): WeighActivity[] {
  const done = new Set<string>();
  const out: WeighActivity[] = [];
  for (const start of evidence.claims) {
    if (done.has(start) || disputeLinks(start).length === 0) continue;
    // two-colour the group along its links
    const side = new Map<string, 0 | 1>([[start, 0]]);
    let split = true;
    for (const queue = [start]; queue.length; ) {
      const id = queue.shift()!;
      for (const other of disputeLinks(id)) {
        if (!side.has(other)) (side.set(other, side.get(id) === 0 ? 1 : 0), queue.push(other));
        else if (side.get(other) === side.get(id)) split = false;
      }
    }
    for (const id of side.keys()) done.add(id);
    if (!split) continue;
    const group = [...side.keys()];
    const larger = group.filter((id) => side.get(id) === 0).length >= group.filter((id) => side.get(id) === 1).length ? 0 : 1;
    const weighed = evidence.claims.find((id) => side.get(id) === larger) ?? group.find((id) => side.get(id) === larger)!;
    const claim = kz.get(weighed, 'claims');
    const others = group.filter((id) => id !== weighed).map((id) => kz.get(id, 'claims'));
    if (others.length < 2) continue;
    const slug = out.length === 0 ? 'weigh' : `weigh-${out.length + 1}`;
    const b = base(module, slug, 'weigh', [
      'Read the claim in the box, then each piece of evidence below it. For each, choose whether it supports the claim or challenges it.',
      'The key comes from the data: the course links claims that contradict each other. Press Check to see, for each piece of evidence, which link decides it.',
    ]);
    const short = (c: Claim) => `${voiceText(c)}: “${claimView(c).summary ?? c.quote.exact.replace(/\s+/g, ' ')}”`;
    out.push({
      ...b,
      kind: 'weigh',
      claim: { ...quoted(claim), voiceText: voiceText(claim) },
      question: 'Does each piece of evidence support the claim in the box, or challenge it?',
      items: shuffled(others, b.id).map((c, i) => {
        const challenges = side.get(c.id) !== side.get(weighed);
        const linked = disputeLinks(c.id).map((id) => kz.get(id, 'claims'));
        return {
          key: letters(i),
          ...quoted(c),
          voiceText: voiceText(c),
          side: challenges ? 'challenges' : 'supports',
          because: challenges
            ? linked.some((l) => l.id === weighed)
              ? 'The data links it to the claim in the box as contradicting it.'
              : `The data links it as contradicting ${linked.map(short).join('; ')}, which is on the side of the claim in the box.`
            : `Like the claim in the box, it is contradicted by ${linked.map(short).join('; ')}.`,
        };
      }),
    });
  }
  return out;
}

/** The place on the map for a place id: itself or the nearest place containing it that has coordinates, inside Kazakhstan. */
function locatedIn(map: ProjectedMap, placeId: string): string | undefined {
  const seen = new Set<string>();
  for (let id: string | undefined = placeId; id && !seen.has(id); id = kz.get(id, 'places').partOf) {
    seen.add(id);
    if (map.places.some((p) => p.id === id)) return id;
  }
  return undefined;
}

/** Map it: the module's events that happened at a place on the map of Kazakhstan. */
export function mapActivity(module: ModuleRef, evidence: ModuleEvidence, map: ProjectedMap = kazakhstanMap()): MapActivity | undefined {
  const located = evidence.events
    .map((id) => kz.get(id, 'events'))
    .map((e) => ({ event: e, places: unique(e.places.map((p) => locatedIn(map, p)).filter((p): p is string => Boolean(p))) }))
    .filter((x) => x.places.length > 0)
    // an event at one place is a clearer question than one spread over several
    .sort((a, b) => a.places.length - b.places.length || a.event.dateRange.earliest.localeCompare(b.event.dateRange.earliest) || a.event.id.localeCompare(b.event.id))
    .slice(0, MAX_ITEMS);
  if (located.length < MIN_ITEMS || new Set(located.flatMap((x) => x.places)).size < 2) return undefined;
  const b = base(module, 'map', 'map', [
    'Place each event on the map of Kazakhstan: choose the place where it happened from its list, or select the event and then the place on the map.',
    'Press Check to see where the data puts each event. An event that happened in several places counts as right at any of them.',
  ]);
  return {
    ...b,
    kind: 'map',
    map: map.shape,
    places: map.places,
    items: shuffled(located, b.id).map((x, i) => ({ key: letters(i), id: x.event.id, title: x.event.title, href: `/events/${x.event.id}`, dateLabel: formatEdtf(x.event.date), places: x.places })),
  };
}

/** Every activity a module's evidence supports, in the order the kinds are listed. */
export function activitiesOf(module: ModuleRef, files: readonly string[]): Activity[] {
  const evidence = evidenceOf(files);
  const activities = [
    orderActivity(module, evidence),
    whoSaysActivity(module, evidence),
    ...compareActivities(module, evidence),
    ...weighActivities(module, evidence),
    mapActivity(module, evidence),
  ].filter((a): a is Activity => Boolean(a));
  // the warnings of the claims and events an activity shows (the data's own field), as on every record page
  for (const a of activities) {
    const ids = [...('claim' in a ? [a.claim.id] : []), ...a.items.map((i) => i.id)];
    const shown = ids.flatMap((id) => {
      const found = kz.resolve(id);
      return found.collection === 'claims' || found.collection === 'events' ? [(found.record as { contentWarnings: readonly kz.ContentWarningName[] }).contentWarnings] : [];
    });
    a.contentWarnings = kz.warningsOfAll(shown);
  }
  return activities;
}
