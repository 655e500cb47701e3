import type { QuoteSelectorInput } from '../../schema/common.js';
import type { Entry, Rule } from '../context.js';
import { at } from '../context.js';
import { excerpt, resolveQuote } from '../resolveQuote.js';
import { lineOfOffset, lineStarts } from '../seedText.js';

/** Key under which a resolved quote is kept in the context. */
export const quoteKey = (id: string, path: (string | number)[]) => `${id}#${path.join('.')}`;

export const quotes: Rule = {
  name: 'quotes-verbatim',
  description:
    'Every quote is found verbatim in its seed (quotes-verbatim), once or told apart by prefix/suffix (quotes-unambiguous), inside a body, attribution or caption region (quotes-in-regions).',
  check(ctx, report) {
    const resolve = (
      entry: Entry,
      path: (string | number)[],
      sourceId: string,
      selector: QuoteSelectorInput,
      allowed: readonly string[] = ['body', 'attribution', 'caption'],
    ) => {
      const seed = ctx.seeds.get(sourceId);
      if (!seed) return; // the source or its seed is already reported
      const where = `seeds/${seed.file}`;
      const found = resolveQuote(seed.text, selector);
      if (!found.ok) {
        if (found.reason === 'not-found') {
          const hint = seed.text.replace(/\s+/g, ' ').includes(selector.exact.replace(/\s+/g, ' '))
            ? ' (it is there with other white space: copy the line breaks exactly as the seed has them)'
            : ' (copy it from the seed character for character, including line breaks and curly quotes)';
          report({ ...at(entry, [...path, 'exact'], `${excerpt(selector.exact)} is not found in ${where}${hint}`), rule: 'quotes-verbatim' });
        } else if (found.reason === 'selector-mismatch') {
          report({ ...at(entry, [...path, selector.prefix ? 'prefix' : 'suffix'], `the prefix/suffix does not match the text around any of the ${found.count} occurrence(s) of ${excerpt(selector.exact)} in ${where}; prefix must end right before the quote and suffix start right after it`), rule: 'quotes-verbatim' });
        } else {
          const lines = lineStarts(seed.text);
          const occurrences: number[] = [];
          for (let i = seed.text.indexOf(selector.exact); i !== -1; i = seed.text.indexOf(selector.exact, i + 1)) occurrences.push(lineOfOffset(lines, i));
          report({ ...at(entry, [...path, 'exact'], `${excerpt(selector.exact)} occurs ${found.count} times in ${where} (lines ${occurrences.join(', ')}); add a prefix or suffix that tells which`), rule: 'quotes-unambiguous' });
        }
        return;
      }
      const region = seed.regions.find((r) => found.start >= r.start && found.end <= r.end);
      if (!region || !allowed.includes(region.kind)) {
        const line = lineOfOffset(lineStarts(seed.text), found.start);
        const what = region ? `a ${region.kind} region` : 'no body, attribution or caption region (navigation, footer or sidebar text, or it spans two regions)';
        report({ ...at(entry, [...path, 'exact'], `${excerpt(selector.exact)} at ${where} line ${line} lies in ${what}; only ${allowed.join(', ')} text may be quoted here`), rule: 'quotes-in-regions' });
        return;
      }
      ctx.quotes.set(quoteKey(entry.record.id, path), { start: found.start, end: found.end, region: region.kind });
    };

    for (const entry of ctx.entries.claims) resolve(entry, ['quote'], entry.record.source, entry.record.quote);
    for (const entry of ctx.entries.sources) {
      const source = entry.record;
      source.errata.forEach((erratum, i) => {
        resolve(entry, ['errata', i, 'quote'], source.id, erratum.quote);
        erratum.evidence.forEach((ev, j) => resolve(entry, ['errata', i, 'evidence', j, 'quote'], ev.source, ev.quote));
      });
      source.coverageSkips.forEach((skip, i) => resolve(entry, ['coverageSkips', i, 'quote'], source.id, skip.quote, ['body']));
    }
  },
};
