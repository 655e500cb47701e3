import type { Source } from '../schema/index.js';

/**
 * How a source is named in one line: the periodical or site, else the publisher.
 * @example sourceLabel(get('rferl-2012', 'sources')) // "RFE/RL"
 */
export const sourceLabel = (s: Pick<Source, 'container-title' | 'publisher'>): string => s['container-title'] ?? s.publisher;

/**
 * A source as a short citation: its name and the year it was issued, where known.
 * @example shortCitation({ publisher: 'RFE/RL', issued: '2012-01-05' }) // "RFE/RL, 2012"
 */
export function shortCitation(s: Pick<Source, 'container-title' | 'publisher' | 'issued'>): string {
  const year = s.issued?.slice(0, 4);
  return `${sourceLabel(s)}${year ? `, ${year}` : ''}`;
}
