import type { QuoteSelectorInput } from '../../schema/common.js';

export type QuoteResolution =
  | { ok: true; start: number; end: number }
  | { ok: false; reason: 'not-found' | 'ambiguous' | 'selector-mismatch'; count: number };

/**
 * Find a W3C TextQuoteSelector in a text, byte for byte: no whitespace or quote-mark folding.
 * prefix/suffix must sit immediately before/after `exact` and must leave exactly one match.
 * @example resolveQuote('a b a', { exact: 'a', prefix: 'b ' }) // { ok: true, start: 4, end: 5 }
 */
export function resolveQuote(text: string, selector: QuoteSelectorInput): QuoteResolution {
  const { exact, prefix = '', suffix = '' } = selector;
  const all: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) all.push(at);
  if (all.length === 0) return { ok: false, reason: 'not-found', count: 0 };
  const matching = all.filter(
    (at) => text.slice(at - prefix.length, at) === prefix && text.startsWith(suffix, at + exact.length),
  );
  if (matching.length === 0) return { ok: false, reason: 'selector-mismatch', count: all.length };
  if (matching.length > 1) return { ok: false, reason: 'ambiguous', count: matching.length };
  const start = matching[0]!;
  return { ok: true, start, end: start + exact.length };
}

/** A short, single-line rendering of a quote for error messages. */
export function excerpt(text: string, max = 60): string {
  const flat = JSON.stringify(text);
  return flat.length > max ? `${flat.slice(0, max - 4)}…"` : flat;
}
