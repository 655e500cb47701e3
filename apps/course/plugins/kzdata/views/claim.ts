import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as kz from '@kzprotest/data';
import type { Account, Claim, Source } from '@kzprotest/data';
import { figureText, shortCitation, unitText } from '../format';
import { hrefOf } from '../paths';
import { linkTo } from './link';

/** A claim's figure with its text for running prose ("at least 16 people") and its unit as read after the number. */
export function figureView(figure: NonNullable<Claim['figure']>) {
  return { ...figure, text: figureText(figure), unitText: unitText(figure) };
}

export type FigureView = ReturnType<typeof figureView>;

// the seed texts the data package verifies quotes against, at the root of the repository
const seedsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../seeds');
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

/** One claim with its source and who claims it, without the claims that dispute it. */
function claimViewAlone(claim: Claim) {
  const source = kz.get(claim.source, 'sources');
  return {
    id: claim.id,
    /** Where the claim is shown with its quote: its source's page, at the claim. */
    href: `${hrefOf('sources', source.id)}#${claim.id}`,
    quote: claim.quote.exact,
    region: claim.region,
    start: claim.quote.start,
    end: claim.quote.end,
    /** Where the quote stands in its source, in words: "paragraph 4 of 12", "a caption". */
    where: positionInSource(source, claim.quote.start, claim.region),
    kind: claim.kind,
    ...(claim.summary ? { summary: claim.summary } : {}),
    source: { id: source.id, name: source.title, href: hrefOf('sources', source.id), short: shortCitation(source) },
    /** Whose voice it is, outermost first; empty when it is the source's own. */
    claimants: claim.attributedTo.map(linkTo),
    ...(claim.figure ? { figure: figureView(claim.figure) } : {}),
  };
}

/** One claim with its source and who claims it. */
export type ClaimView = ReturnType<typeof claimViewAlone> & {
  /** The claims that contradict this one, each with its own words and voice: wherever one side is shown, so is the other. */
  disputedBy?: ClaimView[];
};

/** A claim with its source, claimants and the claims that dispute it (those one level deep). */
export function claimView(claimOrId: Claim | string): ClaimView {
  const claim = typeof claimOrId === 'string' ? kz.get(claimOrId, 'claims') : claimOrId;
  const view = claimViewAlone(claim);
  return claim.disputes.length > 0 ? { ...view, disputedBy: claim.disputes.map((id) => claimViewAlone(kz.get(id, 'claims'))) } : view;
}

/** An account of a figure, shown as its claim. */
export function accountView(account: Account): ClaimView {
  return claimView(account.claim);
}
