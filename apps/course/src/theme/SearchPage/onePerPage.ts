/**
 * The search plugin finds a page's title, description, headings and text as separate
 * documents and its results page lists each one, so a page whose title and text both match was
 * listed twice (issue 19). Here the hits become one entry per page: the first (best) hit leads,
 * and the page's matching sections follow it once each.
 */
export interface HitLike {
  document: { u: string; h?: string };
}

export interface PageOfHits<T extends HitLike> {
  /** The page's address, without a section. */
  url: string;
  /** The hit shown for the page: the plugin's best one for it (its title, when that matches). */
  lead: T;
  /** Other matching sections of the page, each once, in the plugin's order. */
  sections: T[];
}

/**
 * Hits grouped by page, in the order each page first appears.
 * @example onePerPage([{ document: { u: '/a' } }, { document: { u: '/a', h: '#x' } }]) // one page, one section
 */
export function onePerPage<T extends HitLike>(hits: readonly T[]): PageOfHits<T>[] {
  const pages = new Map<string, PageOfHits<T>>();
  for (const hit of hits) {
    const { u, h } = hit.document;
    const page = pages.get(u);
    if (!page) {
      pages.set(u, { url: u, lead: hit, sections: [] });
      continue;
    }
    const anchor = h ?? '';
    if (anchor && anchor !== (page.lead.document.h ?? '') && !page.sections.some((s) => s.document.h === anchor)) page.sections.push(hit);
  }
  return [...pages.values()];
}
