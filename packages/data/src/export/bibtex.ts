import type { Dataset } from '../dataset.js';
import type { Source } from '../schema/index.js';
import { CitationExportError, sourceToCsl, unconfirmedNote, type CslItem } from './citations.js';

/** Options of the BibTeX writer. */
export interface BibtexOptions {
  /**
   * Write ASCII only, for classic BibTeX: accented letters become LaTeX accent commands (after
   * Unicode NFD decomposition, é → {\'e}), typographic punctuation becomes text commands; a
   * character with no LaTeX spelling (Cyrillic, for one) throws CitationExportError rather than
   * being dropped. Default false: UTF-8, as biber, biblatex and reference managers read it.
   */
  ascii?: boolean;
}

const entryType: Record<Source['type'], string> = { 'article-newspaper': 'article', 'article-magazine': 'article', 'post-weblog': 'online', webpage: 'online', report: 'report' };

// LaTeX's special characters, and character pairs TeX would turn into something else (-- an en dash, `` and '' curly quotes)
const SPECIAL: Record<string, string> = { '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', '&': '\\&', '%': '\\%', $: '\\$', '#': '\\#', _: '\\_', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}' };
const LIGATURE = /(-(?=-)|`(?=`)|'(?=')|!(?=`)|\?(?=`))/g;
const LIGATURE_PAIR = /^(?:--|``|''|!`|\?`)$/;

// combining marks (NFD) with the LaTeX accent command that spells them
const ACCENT: Record<string, string> = { '\u0300': '`', '\u0301': "'", '\u0302': '^', '\u0303': '~', '\u0304': '=', '\u0306': 'u', '\u0307': '.', '\u0308': '"', '\u030a': 'r', '\u030b': 'H', '\u030c': 'v', '\u0323': 'd', '\u0327': 'c', '\u0328': 'k', '\u0331': 'b' };
// letters and punctuation without a decomposition that LaTeX has a command for
const TEXT_COMMAND: Record<string, string> = {
  'ß': '{\\ss}', 'ø': '{\\o}', 'Ø': '{\\O}', 'æ': '{\\ae}', 'Æ': '{\\AE}', 'œ': '{\\oe}', 'Œ': '{\\OE}', 'ł': '{\\l}', 'Ł': '{\\L}', 'ı': '{\\i}', 'đ': '{\\dj}', 'Đ': '{\\DJ}', 'å': '{\\aa}', 'Å': '{\\AA}',
  '‘': '\\textquoteleft{}', '’': '\\textquoteright{}', '“': '\\textquotedblleft{}', '”': '\\textquotedblright{}', '–': '--', '—': '---', '…': '\\textellipsis{}', '\u00a0': '~', '«': '\\guillemotleft{}', '»': '\\guillemotright{}', '€': '\\texteuro{}', '°': '\\textdegree{}',
};

// biblatex's langid takes babel/polyglossia names
const babelLanguage: Record<string, string> = { en: 'english', ru: 'russian', kk: 'kazakh', fr: 'french', de: 'german', uk: 'ukrainian', ky: 'kyrgyz' };

const hex = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Text as a BibTeX field value (inside its braces): LaTeX's special characters escaped, runs of
 * white space as one space (as TeX reads them); in ASCII mode every other character spelled in
 * LaTeX, or CitationExportError naming `where`.
 * @example latexText('Cold winds & “Zhanaozen”', true, 'title') // 'Cold winds \\& \\textquotedblleft{}Zhanaozen\\textquotedblright{}'
 */
export function latexText(text: string, ascii: boolean, where: string): string {
  const flat = text.replace(/\s+/g, ' ');
  if (!ascii) return [...flat].map((ch) => SPECIAL[ch] ?? ch).join('').replace(LIGATURE, '$1{}');
  const spellings: string[] = [];
  // NFD splits é into e and U+0301, so every accent is spelled by one command on its base letter
  for (const cluster of flat.normalize('NFD').match(/\P{M}\p{M}*|\p{M}+/gu) ?? []) {
    const [base, ...marks] = [...cluster] as [string, ...string[]];
    if (/\p{M}/u.test(base)) throw new CitationExportError(`${where}: the accent ${hex(base)} stands on no letter; ASCII BibTeX cannot spell it`);
    let spelled = /[\x20-\x7e]/.test(base) ? (SPECIAL[base] ?? base) : TEXT_COMMAND[base];
    if (spelled === undefined) throw new CitationExportError(`${where}: "${base}" (${hex(base)}) has no LaTeX spelling in ASCII BibTeX; write UTF-8 BibTeX (the default), CSL-JSON or RIS`);
    for (const mark of marks) {
      const command = ACCENT[mark];
      if (!command) throw new CitationExportError(`${where}: the accent ${hex(mark)} on "${base}" has no LaTeX command in ASCII BibTeX; write UTF-8 BibTeX (the default), CSL-JSON or RIS`);
      // i and j lose their dot under an accent in LaTeX
      spelled = `{\\${command}{${spelled === 'i' ? '\\i' : spelled === 'j' ? '\\j' : spelled}}}`;
    }
    spellings.push(spelled);
  }
  // a dash or quote next to another would join it into a TeX ligature (-- is an en dash): keep them apart
  return spellings.reduce((out, next) => out + (/[-`'!?]$/.test(out) && LIGATURE_PAIR.test(`${out.at(-1)}${next[0]}`) ? '{}' : '') + next, '');
}

/** A name list in BibTeX's grammar: "Family, Given and {Organisation}". */
function nameList(list: NonNullable<CslItem['author']>, ascii: boolean, where: string): string {
  return list
    .map((n) => {
      if ('literal' in n) return `{${latexText(n.literal, ascii, where)}}`;
      // BibTeX splits names at commas and at " and ": a person's name part holding either would be read as another name
      if ([n.family, n.given].some((p) => p.includes(',') || / and /i.test(p))) throw new CitationExportError(`${where}: the name ${JSON.stringify(n)} has a comma or " and ", which BibTeX reads as a name separator; give an organisation as { literal }`);
      return `${latexText(n.family, ascii, where)}, ${latexText(n.given, ascii, where)}`;
    })
    .join(' and ');
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const bibtexCarries: (keyof CslItem)[] = ['author', 'title', 'container-title', 'publisher', 'issued', 'URL'];

// a biblatex date is EDTF level 0/1 without unspecified digits: days, months, years, ~ ? %, closed ranges
const BIBLATEX_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?[~?%]?(?:\/\d{4}(?:-\d{2}(?:-\d{2})?)?[~?%]?)?$/;

/**
 * Sources as BibTeX for biblatex/biber (UTF-8 by default; `{ ascii: true }` for classic
 * BibTeX), with our ids as keys. Dates are biblatex `date` fields at the precision the record
 * has (2012-12-20, 2012-12); titles are braced so styles keep their capitals; `note` says in
 * plain words which fields are not confirmed. Throws CitationExportError rather than lose text.
 * @example sourcesBibtex(dataset).startsWith('@article{atol-2012-cold-winds-from-janaozen,')
 */
export function sourcesBibtex(data: Dataset, options: BibtexOptions = {}): string {
  const ascii = options.ascii ?? false;
  return (
    data.sources
      .map((s) => {
        const item = sourceToCsl(s);
        const text = (field: string, value: string) => latexText(value, ascii, `source ${s.id}, ${field}`);
        const fields: [string, string][] = [];
        if (item.author) fields.push(['author', nameList(item.author, ascii, `source ${s.id}, author`)]);
        fields.push(['title', `{${text('title', item.title)}}`]);
        if (item['container-title']) fields.push([entryType[s.type] === 'article' ? 'journaltitle' : 'organization', text('container-title', item['container-title'])]);
        fields.push(['publisher', text('publisher', item.publisher)]);
        if (s.issued) {
          if (!BIBLATEX_DATE.test(s.issued)) throw new CitationExportError(`source ${s.id}, issued: "${s.issued}" is not a date biblatex can hold (YYYY, YYYY-MM, YYYY-MM-DD, with ~ ? % or a closed range)`);
          fields.push(['date', s.issued]);
          // classic BibTeX styles read no date field: year, and month as BibTeX's own month macro
          const point = /^(\d{4})(?:-(\d{2}))?/.exec(s.issued)!;
          if (ascii) fields.push(['year', point[1]!]);
          if (ascii && point[2]) fields.push(['month', MONTHS[Number(point[2]) - 1]!]);
        }
        if (item.URL) {
          if (/[{}\s]/.test(item.URL)) throw new CitationExportError(`source ${s.id}, URL: "${item.URL}" holds a brace or white space, which a BibTeX url field cannot`);
          fields.push(['url', item.URL]);
        }
        const langid = babelLanguage[s.language];
        if (langid) fields.push(['langid', langid]);
        // the note speaks only of fields this entry carries (the original work is not among them)
        const note = unconfirmedNote(s, (field) => bibtexCarries.includes(field) && item[field] !== undefined);
        if (note) fields.push(['note', text('note', note)]);
        // a month macro stands unbraced, as BibTeX defines it
        return `@${entryType[s.type]}{${s.id},\n${fields.map(([k, v]) => (k === 'month' ? `  ${k} = ${v},` : `  ${k} = {${v}},`)).join('\n')}\n}`;
      })
      .join('\n\n') + '\n'
  );
}
