import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { collections } from '../schema/index.js';
import { contentWarnings } from '../schema/vocabulary.js';
import { buildDataset } from './buildDataset.js';
import { loadRecordFiles, loadReleasedIds, loadSeeds } from './loadFiles.js';
import { edtfRange } from './resolve/edtfRange.js';
import { resolveQuote } from './resolve/resolveQuote.js';
import { containsName } from './seedText.js';

const packageDir = fileURLToPath(new URL('../..', import.meta.url));
const realInput = () => ({ files: loadRecordFiles(packageDir), seeds: loadSeeds(join(packageDir, '..', '..', 'seeds')), releasedIds: loadReleasedIds(packageDir) });

/** Each record of the real data parsed on its own, the plain way: js-yaml, then the collection's zod schema. */
function parsedById() {
  const byId = new Map<string, Record<string, any>>();
  for (const { collection, text } of loadRecordFiles(packageDir)) {
    const record = (collections[collection].input as z.ZodType).parse(load(text, { schema: CORE_SCHEMA })) as Record<string, any>;
    byId.set(record.id, record);
  }
  return byId;
}

describe('assembly from the real data', () => {
  // the build gives the parsed records their computed fields in place; a copy made the plain way,
  // every field spread in and each computed one found by scanning, must serialise the same
  it('writes events, actors, places and claims byte for byte as spread copies of the parsed records would', () => {
    const result = buildDataset(realInput());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { dataset } = result;
    const parsed = parsedById();
    const claimsAbout = (id: string) => dataset.claims.filter((c) => c.about.includes(id)).map((c) => c.id);
    const seedTexts = loadSeeds(join(packageDir, '..', '..', 'seeds'));
    const seedOf = new Map(dataset.sources.map((s) => [s.id, seedTexts.get(s.seed)!]));
    const quotable = dataset.sources.map((s) => [s.id, s.regionOffsets.map((r) => seedOf.get(s.id)!.slice(r.start, r.end)).join('\n')] as const);
    const spellings = (names: string[]) => names.map((name) => ({ name, sources: quotable.filter(([, text]) => containsName(text, name)).map(([id]) => id).sort() }));

    // an event's warnings are its claims', in the vocabulary's order
    const warningsOfClaims = (ids: string[]) => contentWarnings.filter((w) => ids.some((id) => parsed.get(id)!.contentWarnings.includes(w)));
    const events = dataset.events.map((e) => ({ ...parsed.get(e.id)!, dateRange: edtfRange(parsed.get(e.id)!.date), claims: claimsAbout(e.id), contentWarnings: warningsOfClaims(claimsAbout(e.id)) }));
    expect(JSON.stringify(dataset.events)).toBe(JSON.stringify(events));
    const actors = dataset.actors.map((a) => {
      const p = parsed.get(a.id)!;
      return { ...p, spellings: spellings(p.nameIsDescriptive ? p.aliases : [p.name, ...p.aliases]), claims: claimsAbout(a.id) };
    });
    expect(JSON.stringify(dataset.actors)).toBe(JSON.stringify(actors));
    const places = dataset.places.map((pl) => {
      const p = parsed.get(pl.id)!;
      return { ...p, spellings: spellings([p.name, ...p.aliases]), claims: claimsAbout(pl.id) };
    });
    expect(JSON.stringify(dataset.places)).toBe(JSON.stringify(places));
    const claims = dataset.claims.map((c) => {
      const p = parsed.get(c.id)!;
      const found = resolveQuote(seedOf.get(p.source)!, p.quote);
      if (!found.ok) throw new Error(`claim ${c.id}: its quote does not resolve`);
      const disputes = dataset.claims.filter((o) => o.id !== c.id && (p.disputes.includes(o.id) || parsed.get(o.id)!.disputes.includes(c.id))).map((o) => o.id).sort();
      return { id: p.id, source: p.source, quote: { ...p.quote, start: found.start, end: found.end }, region: c.region, kind: p.kind, attributedTo: p.attributedTo, about: p.about, disputes, contentWarnings: p.contentWarnings, ...(p.figure ? { figure: p.figure } : {}), ...(p.summary ? { summary: p.summary } : {}) };
    });
    expect(JSON.stringify(dataset.claims)).toBe(JSON.stringify(claims));
  });

  it('gives the same JSON when the same files are built twice (nothing of one build is left in the next)', () => {
    const input = realInput();
    const first = buildDataset(input);
    const second = buildDataset(input);
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(JSON.stringify(second.dataset)).toBe(JSON.stringify(first.dataset));
    expect(JSON.stringify(second.coverage)).toBe(JSON.stringify(first.coverage));
    expect(JSON.stringify(second.links)).toBe(JSON.stringify(first.links));
  });
});
