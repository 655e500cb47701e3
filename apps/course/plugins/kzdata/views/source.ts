import * as kz from '@kzprotest/data';
import type { Source } from '@kzprotest/data';
import { unconfirmedText } from '../../../src/components/kz/data';
import { names } from '../format';
import { hrefOf } from '../paths';
import { isVerified } from '../verified';

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
export function sourceView(sourceOrId: Source | string) {
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
    /** The address of the text we hold, only when it is verified. */
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
    /** For the data's users ("About this data"): each unverified field and why. */
    unverified: source.unverified.map((u) => ({ field: u.field, note: u.note })),
    /** What is not confirmed, in plain words for students: "date not confirmed". */
    unconfirmed: [...new Set(source.unverified.map((u) => unconfirmedText(u.field)))],
    /** For the data's users: what the seed's lines are and what the maintainers noted about it. */
    seedNotes: [
      ...source.regions.filter((r) => r.note).map((r) => `Lines ${r.lines[0]}–${r.lines[1]} (${r.kind}): ${r.note}`),
      ...(source.note ? [source.note] : []),
    ],
    /** The full citation as one line of text. */
    citation: citationOf(source),
    errata: source.errata.map((e) => ({ id: e.id, kind: e.kind, quote: e.quote.exact, note: e.note })),
  };
}

export type SourceView = ReturnType<typeof sourceView>;
