/**
 * Synthetic, schema-valid corpora for the benchmarks: N events with proportional sources,
 * claims, actors and places, and seed texts that contain every quote and every name.
 * Nothing here is about Kazakhstan: names are made of syllables and marked as synthetic.
 *
 * Proportions per 1,000 events (an event database in the manner of ACLED, where each event
 * cites a report or two and actors and places recur): 2,000 claims (one gives the date, one
 * a figure from another source), 100 sources (about 20 quotes each), 50 actors, 20 places,
 * and the 14 themes of a fixed vocabulary.
 */
import type { RecordFile } from '../../packages/data/src/compiler/buildDataset.js';
import { eventTypeNames } from '../../packages/data/src/schema/vocabulary.js';
import { monthNames } from '../../packages/data/src/format/formatEdtf.js';
import { warningsCalledFor } from '../../packages/data/src/compiler/rules/contentWarnings.js';

// each record carries the warnings its words call for, as the content-warnings rule requires
const warningsLine = (text: string) => {
  const warnings = warningsCalledFor(text).map((w) => w.warning);
  return warnings.length ? `contentWarnings: [${warnings.join(', ')}]\n` : '';
};

export interface Corpus {
  files: RecordFile[];
  seeds: Map<string, string>;
  counts: Record<string, number>;
}

/** A small deterministic PRNG (mulberry32), so every run builds the same corpus. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'ra', 'bu', 'lak', 'zhan', 'ao', 'sen', 'ak', 'tau', 'tal', 'dy', 'kor', 'gan', 'shy', 'mys', 'bek', 'ny', 'ur', 'sa', 'tor', 'ke', 'men', 'ol', 'qy', 'zyl', 'ba', 'yr', 'tem', 'ir', 'tas'];
const GIVEN = ['Aidar', 'Saule', 'Marat', 'Dana', 'Yerlan', 'Aigul', 'Nurlan', 'Zhanar', 'Timur', 'Aliya', 'Serik', 'Gulnara', 'Arman', 'Madina', 'Bolat', 'Asel'];
const FIGURE_PROPERTIES = ['killed', 'wounded', 'detained', 'participants', 'strikers'] as const;
const ROLES = ['initiator', 'target', 'participant', 'authority', 'observer'] as const;

const q = (s: string) => JSON.stringify(s); // a JSON string is a valid YAML double-quoted scalar
const pad = (n: number, width = 6) => String(n).padStart(width, '0');
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** Unique pronounceable words: the n-th word spells n in base 30 syllables, so none repeats. */
function word(n: number, minSyllables: number): string {
  let out = '';
  let rest = n;
  for (let i = 0; i < minSyllables || rest > 0; i++) {
    out += SYLLABLES[rest % SYLLABLES.length];
    rest = Math.floor(rest / SYLLABLES.length);
  }
  return cap(out);
}

/** A second spelling of a name, as transliterations differ (Aqtau/Aktau, Zhanaozen/Janaozen). */
const altSpelling = (name: string) => (/k/.test(name) ? name.replace(/k/g, 'q') : /zh/i.test(name) ? name.replace(/Zh/g, 'J').replace(/zh/g, 'j') : `${name}y`);

export function generateCorpus(eventCount: number, seed = 42): Corpus {
  const rand = prng(seed + eventCount);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const sourceCount = Math.max(1, Math.ceil(eventCount / 10));
  const actorCount = Math.max(2, Math.ceil(eventCount / 20));
  const placeCount = Math.max(3, Math.ceil(eventCount / 50));
  const files: RecordFile[] = [];
  const add = (collection: RecordFile['collection'], id: string, text: string) => files.push({ collection, file: `data/${collection}/${id}.yaml`, text });

  const themes = Array.from({ length: 14 }, (_, i) => `synthetic-theme-${i}`);
  themes.forEach((id, i) => add('themes', id, `id: ${id}\nname: ${q(`Synthetic theme ${word(i, 2)}`)}\ndescription: "A theme of the synthetic benchmark corpus."\n${i > 0 ? `broader: ${themes[0]}\n` : ''}`));

  // places: one country, regions, towns inside regions; every spelling is quoted in some seed
  const regionCount = Math.max(1, Math.floor(placeCount / 20));
  const places = Array.from({ length: placeCount }, (_, i) => {
    const name = word(i + 900, 3);
    const kind = i === 0 ? 'country' : i <= regionCount ? 'region' : 'town';
    const partOf = i === 0 ? undefined : i <= regionCount ? 0 : 1 + (i % regionCount);
    return { id: `synthetic-place-${pad(i)}`, name, alias: altSpelling(name), kind, partOf };
  });
  const actors = Array.from({ length: actorCount }, (_, i) => {
    const isPerson = i % 3 !== 0;
    const family = word(i + 30, 3);
    const name = isPerson ? `${GIVEN[i % GIVEN.length]} ${family}` : `${family} Union`;
    return { id: `synthetic-actor-${pad(i)}`, name, alias: isPerson ? family : `${altSpelling(family)} Union`, isPerson, firstClaim: undefined as string | undefined };
  });

  const sourceLines: string[][] = Array.from({ length: sourceCount }, () => []);
  const day0 = Date.UTC(2011, 0, 1);
  for (let e = 0; e < eventCount; e++) {
    const id = `synthetic-event-${pad(e)}`;
    const t = new Date(day0 + Math.floor(rand() * 4000) * 86_400_000);
    const iso = t.toISOString().slice(0, 10);
    const shape = rand();
    // mostly days, some months, some intervals of a few days, as real event data has
    const end = new Date(t.getTime() + (1 + Math.floor(rand() * 20)) * 86_400_000);
    const date = shape < 0.8 ? iso : shape < 0.9 ? iso.slice(0, 7) : `${iso}/${end.toISOString().slice(0, 10)}`;
    const place = places[places.length > 1 + regionCount ? 1 + regionCount + (e % (places.length - 1 - regionCount)) : e % places.length]!;
    const coveredPlace = places[e % places.length]!; // every place, regions and country too, is the subject of some claim
    const actor1 = actors[e % actors.length]!;
    const actor2 = actors[Math.floor(rand() * actors.length)]!;
    const theme = themes[e % themes.length]!;
    const type = pick(eventTypeNames);
    const sourceA = e % sourceCount;
    const sourceB = (e * 7 + 3) % sourceCount;
    const claimA = `synthetic-claim-${pad(e)}-a`;
    const claimB = `synthetic-claim-${pad(e)}-b`;
    const property = pick(FIGURE_PROPERTIES);
    const value = 1 + Math.floor(rand() * 300);
    const when = `${t.getUTCDate()} ${monthNames[t.getUTCMonth()]} ${t.getUTCFullYear()}`;
    const until = `${end.getUTCDate()} ${monthNames[end.getUTCMonth()]} ${end.getUTCFullYear()}`;
    const isInterval = date.includes('/');
    // the quote states every bound the date gives, as the date-bounds-stated rule requires
    const dateBasis = isInterval
      ? `dateBasis:\n  start: { claim: ${claimA}, words: ${q(when)} }\n  end: { claim: ${claimA}, words: ${q(until)} }\n`
      : `dateBasis:\n  on: { claim: ${claimA}, words: ${q(date.length === 7 ? when.replace(/^\d+ /, '') : when)} }\n`;
    const quoteA = `On ${when}${isInterval ? ` until ${until}` : ''} in ${place.name} and ${coveredPlace.name}, ${actor1.name} took part in a ${type.replace(/-/g, ' ')} (report ${pad(e)}-a).`;
    const quoteB = `${actor2.alias} said ${value} people were ${property === 'killed' || property === 'wounded' || property === 'detained' ? property : 'present'} in ${place.alias}, near ${coveredPlace.alias} (report ${pad(e)}-b).`;
    sourceLines[sourceA]!.push(quoteA);
    sourceLines[sourceB]!.push(quoteB);
    actor1.firstClaim ??= claimA;
    const about = [...new Set([id, place.id, coveredPlace.id, actor1.id])];
    add('claims', claimA, `id: ${claimA}\nsource: synthetic-source-${pad(sourceA)}\nquote:\n  exact: ${q(quoteA)}\nkind: fact\n${warningsLine(quoteA)}about: [${about.join(', ')}]\n`);
    add(
      'claims',
      claimB,
      `id: ${claimB}\nsource: synthetic-source-${pad(sourceB)}\nquote:\n  exact: ${q(quoteB)}\nkind: figure\n${warningsLine(quoteB)}attributedTo: [${actor2.id}]\nabout: [${[...new Set([id, actor2.id])].join(', ')}]\n` +
        `figure:\n  property: ${property}\n  value: ${value}\n  qualifier: none\n  unit: people\n  raw: "${value}"\nsummary: ${q(`${actor2.alias} gives ${value}.`)}\n`,
    );
    const partOf = e > 0 && rand() < 0.1 ? `partOf: synthetic-event-${pad(e - 1)}\n` : '';
    const roles = actor1.id === actor2.id ? [ROLES[0]] : [ROLES[0], pick(ROLES.slice(1))];
    add(
      'events',
      id,
      `id: ${id}\ntitle: ${q(`${cap(type.replace(/-/g, ' '))} in ${place.name} (${pad(e)})`)}\nsummary: ${q(`A synthetic ${type} for benchmarks.`)}\ndate: ${q(date)}\ndateClaims: [${claimA}]\n${dateBasis}type: ${type}\nplaces: [${place.id}]\n` +
        `actors:\n  - actor: ${actor1.id}\n    role: ${roles[0]}\n${roles[1] ? `  - actor: ${actor2.id}\n    role: ${roles[1]}\n` : ''}themes: [${theme}]\n${partOf}`,
    );
  }

  const seeds = new Map<string, string>();
  for (let s = 0; s < sourceCount; s++) {
    const id = `synthetic-source-${pad(s)}`;
    const seedFile = `synthetic-${pad(s)}.txt`;
    const lines = sourceLines[s]!.length ? sourceLines[s]! : ['This synthetic report has no events.'];
    seeds.set(seedFile, `${lines.join('\n')}\nReport by the synthetic desk.\n`);
    add(
      'sources',
      id,
      `id: ${id}\ntype: article-newspaper\ntitle: ${q(`Synthetic report ${word(s, 2)}`)}\nauthor:\n  - literal: Synthetic Desk\nissued: 2015-01-01\npublisher: Synthetic Press\nlanguage: en\nseed: ${seedFile}\n` +
        `perspective: journalism\nperspectiveNote: "Generated for benchmarks; not a real source."\n${warningsLine(lines.join('\n'))}regions:\n  - kind: body\n    lines: [1, ${lines.length}]\n  - kind: attribution\n    lines: [${lines.length + 1}, ${lines.length + 1}]\n`,
    );
  }
  for (const a of actors) {
    const roles = a.isPerson && a.firstClaim ? `roles:\n  - role: member\n    organization: ${actors[0]!.id}\n    claims: [${a.firstClaim}]\n` : '';
    add('actors', a.id, `id: ${a.id}\nkind: ${a.isPerson ? 'person' : 'organization'}\n${a.isPerson ? '' : 'organizationType: union\n'}name: ${q(a.name)}\naliases: [${q(a.alias)}]\n${a.isPerson && a.id !== actors[0]!.id ? roles : ''}`);
  }
  for (const p of places) {
    add('places', p.id, `id: ${p.id}\nkind: ${p.kind}\nname: ${q(p.name)}\naliases: [${q(p.alias)}]\n${p.partOf === undefined ? '' : `partOf: ${places[p.partOf]!.id}\n`}`);
  }
  const counts: Record<string, number> = {};
  for (const f of files) counts[f.collection] = (counts[f.collection] ?? 0) + 1;
  return { files, seeds, counts };
}
