import * as kz from '@kzprotest/data';
import type { Claim } from '@kzprotest/data';
import { shortCitation } from '../format';
import { claimView, type ClaimView } from './claim';
import { linkTo, type RecordLink } from './link';
import * as words from '@kzprotest/data/format';

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
export function howWeKnowView(coverage: readonly SourceCoverageFigures[]) {
  const count = <T, K extends string>(items: readonly T[], key: (item: T) => K) => {
    const counts = new Map<K, number>();
    for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en'));
  };
  const sources = kz.sources.map((source) => {
    const claims = kz.linksTo(source.id, 'sourceClaims').map((id) => kz.get(id, 'claims'));
    const figures = coverage.find((c) => c.source === source.id);
    if (!figures) throw new Error(`no coverage figures for source "${source.id}": rebuild @kzprotest/data`);
    const voiceOf = (c: Claim) => words.speakerOf(c) ?? '';
    return {
      source: { ...linkTo(source.id), short: shortCitation(source) },
      perspective: source.perspective,
      coverage: { sentences: figures.sentences, covered: figures.covered, skipped: figures.skipped, percent: figures.percent },
      claimCount: claims.length,
      kinds: count(claims, (c) => c.kind).map(([kind, n]) => ({ kind, count: n })),
      voices: count(claims, voiceOf).map(([id, n]): { voice: string; href?: string; count: number } =>
        id === '' ? { voice: 'the source itself', count: n } : { voice: linkTo(id).name, href: linkTo(id).href, count: n },
      ),
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
  const disagreements: { about: RecordLink[]; sides: ClaimView[] }[] = [];
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

/** The "How we know" page: what the course rests on, per source, and where the sources conflict. */
export type HowWeKnowView = ReturnType<typeof howWeKnowView>;
