import type { Rule } from '../context.js';
import { at } from '../context.js';
import { excerpt } from '../resolve/resolveQuote.js';
import { lineOfOffset, lineStarts } from '../seedText.js';

export const quotes: Rule = {
  name: 'quotes-verbatim',
  description:
    'Every quote is found verbatim in its seed (quotes-verbatim), once or told apart by prefix/suffix (quotes-unambiguous), inside a body, attribution or caption region (quotes-in-regions).',
  check(ctx, report) {
    for (const { entry, path, selector, seed, allowed, outcome } of ctx.quotes.values()) {
      if (outcome.ok) continue;
      const where = `seeds/${seed.file}`;
      if (outcome.reason === 'not-found') {
        const hint = seed.text.replace(/\s+/g, ' ').includes(selector.exact.replace(/\s+/g, ' '))
          ? ' (it is there with other white space: copy the line breaks exactly as the seed has them)'
          : ' (copy it from the seed character for character, including line breaks and curly quotes)';
        report({ ...at(entry, [...path, 'exact'], `${excerpt(selector.exact)} is not found in ${where}${hint}`), rule: 'quotes-verbatim' });
      } else if (outcome.reason === 'selector-mismatch') {
        report({ ...at(entry, [...path, selector.prefix ? 'prefix' : 'suffix'], `the prefix/suffix does not match the text around any of the ${outcome.count} occurrence(s) of ${excerpt(selector.exact)} in ${where}; prefix must end right before the quote and suffix start right after it`), rule: 'quotes-verbatim' });
      } else if (outcome.reason === 'ambiguous') {
        const lines = lineStarts(seed.text);
        const occurrences: number[] = [];
        for (let i = seed.text.indexOf(selector.exact); i !== -1; i = seed.text.indexOf(selector.exact, i + 1)) occurrences.push(lineOfOffset(lines, i));
        report({ ...at(entry, [...path, 'exact'], `${excerpt(selector.exact)} occurs ${outcome.count} times in ${where} (lines ${occurrences.join(', ')}); add a prefix or suffix that tells which`), rule: 'quotes-unambiguous' });
      } else if (outcome.reason === 'outside-regions') {
        const line = lineOfOffset(lineStarts(seed.text), outcome.start);
        const what = outcome.region ? `a ${outcome.region} region` : 'no body, attribution or caption region (navigation, footer or sidebar text, or it spans two regions)';
        report({ ...at(entry, [...path, 'exact'], `${excerpt(selector.exact)} at ${where} line ${line} lies in ${what}; only ${allowed.join(', ')} text may be quoted here`), rule: 'quotes-in-regions' });
      }
    }
  },
};
