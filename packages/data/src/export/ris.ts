import type { Dataset } from '../dataset.js';
import type { Source } from '../schema/index.js';
import { sourceToCsl, unconfirmedNote, type CslItem } from './citations.js';

// RIS reference types (the RIS specification's list)
const risType: Record<Source['type'], string> = { 'article-newspaper': 'NEWS', 'article-magazine': 'MGZN', 'post-weblog': 'BLOG', webpage: 'ELEC', report: 'RPRT' };

const POINT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%])?$/;

/** An EDTF date as RIS `Y1` (YYYY/MM/DD/, empty parts left empty); anything but one plain point keeps its EDTF text after the last slash. */
function risDate(edtf: string): string | undefined {
  const [first] = edtf.split('/');
  const m = POINT.exec(first!);
  if (!m) return undefined;
  const exact = POINT.test(edtf) && !m[4];
  return `${m[1]}/${m[2] ?? ''}/${m[3] ?? ''}/${exact ? '' : edtf}`;
}

const risCarries: (keyof CslItem)[] = ['author', 'title', 'container-title', 'publisher', 'issued', 'URL'];

// RIS names are "Family, Given"; an organisation takes a trailing comma (EndNote's convention) so
// that readers do not split it into a family and a given name
const nameOf = (n: { family: string; given: string } | { literal: string }) => ('literal' in n ? `${n.literal},` : `${n.family}, ${n.given}`);

/**
 * Sources as RIS (CRLF lines "TAG  - value"), with the full id in ID, every author in A1 and the
 * date in Y1 at the precision the record has, and in N1 which fields are not confirmed. A1 and Y1
 * (rather than AU, PY and DA) because readers take them alike for every reference type: the RIS
 * 2011 tags make a newspaper's AU its "reporter", and a PY beside the date cuts it to the year.
 * LA and OP are left out: either makes citation-js read the entry by the 2011 tags. The language
 * and the original of a republished source are in the CSL-JSON. A line break inside a value would
 * end it, so white space runs become one space.
 * @example sourcesRis(dataset).includes('TY  - NEWS')
 */
export function sourcesRis(data: Dataset): string {
  return (
    data.sources
      .map((s) => {
        const item = sourceToCsl(s);
        const tags: [string, string | undefined][] = [['TY', risType[s.type]], ['ID', s.id], ['TI', item.title]];
        for (const n of item.author ?? []) tags.push(['A1', nameOf(n)]);
        tags.push(['Y1', s.issued ? risDate(s.issued) : undefined], ['T2', item['container-title']], ['PB', item.publisher], ['UR', item.URL]);
        tags.push(['N1', unconfirmedNote(s, (field) => risCarries.includes(field) && item[field] !== undefined)]);
        const lines = tags.filter((t): t is [string, string] => t[1] !== undefined).map(([tag, value]) => `${tag}  - ${value.replace(/\s+/g, ' ').trim()}`);
        return [...lines, 'ER  - '].join('\r\n');
      })
      .join('\r\n\r\n') + '\r\n'
  );
}
