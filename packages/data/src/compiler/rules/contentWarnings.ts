import type { Rule } from '../context.js';
import { at } from '../context.js';
import { lineOfPath } from '../yamlFile.js';
import { contentWarnings, contentWarningTerms, warningsOfAll, type ContentWarningName } from '../../schema/vocabulary.js';

const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// a term matches as whole words, whatever the case and however the seed wraps its lines
const termsPattern = (terms: readonly string[], flags: string) =>
  new RegExp(`\\b(?:${[...terms].sort((a, b) => b.length - a.length).map((t) => escape(t).replace(/ /g, '\\s+')).join('|')})\\b`, flags);
const patterns = contentWarnings.map((warning) => ({ warning, pattern: termsPattern(contentWarningTerms[warning], 'gi') }));
/** Matches where any warning's pattern does: most texts call for no warning, and one pass shows it. */
const anyTerm = termsPattern(contentWarnings.flatMap((warning) => contentWarningTerms[warning]), 'i');

/**
 * The warnings a text calls for, each with the words of it that call for it, in the vocabulary's order.
 * @example warningsCalledFor('police shot dead 16 people') // [{ warning: 'death', words: ['shot dead'] }]
 */
export function warningsCalledFor(text: string): { warning: ContentWarningName; words: string[] }[] {
  const found: { warning: ContentWarningName; words: string[] }[] = [];
  if (!anyTerm.test(text)) return found;
  for (const { warning, pattern } of patterns) {
    const words = [...new Set([...text.matchAll(pattern)].map((m) => m[0].replace(/\s+/g, ' ')))];
    if (words.length) found.push({ warning, words });
  }
  return found;
}

/**
 * The warnings a text calls for that a record does not carry, with the words that call for each: none when it carries them all.
 * @example missingWarnings('they were tortured', ['death']) // [{ warning: 'torture', words: ['tortured'] }]
 */
export function missingWarnings(text: string, carried: readonly string[]): { warning: ContentWarningName; words: string[] }[] {
  return warningsCalledFor(text).filter((w) => !carried.includes(w.warning));
}

const quoted = (words: readonly string[]) => words.map((w) => `"${w}"`).join(', ');

export const contentWarningsCarried: Rule = {
  name: 'content-warnings',
  editorial: true,
  description:
    'A claim whose quote uses the words of a content warning (contentWarningTerms in src/schema/vocabulary.ts) carries that warning, and so does a source whose quotable text uses them; an event whose title or summary uses them has a claim that carries it. So no page shows such words without its warning.',
  check(ctx, report) {
    for (const entry of ctx.entries.claims) {
      const { quote, contentWarnings } = entry.record;
      for (const { warning, words } of missingWarnings(quote.exact, contentWarnings)) {
        // with no warnings yet, the line to look at is the quote's; found only for a claim reported,
        // as finding a line parses the file again
        const line = contentWarnings.length ? {} : { line: lineOfPath(entry.text, ['quote', 'exact']) };
        report({ ...at(entry, ['contentWarnings'], `the quote uses ${quoted(words)}, which call for the warning "${warning}": add it (contentWarnings: [${warningsOfAll([contentWarnings, [warning]]).join(', ')}])`), ...line });
      }
    }
    // an event's warnings are its claims' (built into events.json): its title and summary, our
    // words, may use a warning's words only where one of those claims carries the warning
    const warningsAbout = new Map<string, ContentWarningName[][]>();
    for (const { record: c } of ctx.entries.claims) {
      for (const id of c.about) {
        const list = warningsAbout.get(id);
        if (list) list.push(c.contentWarnings);
        else warningsAbout.set(id, [c.contentWarnings]);
      }
    }
    for (const entry of ctx.entries.events) {
      const carried = warningsOfAll(warningsAbout.get(entry.record.id) ?? []);
      for (const field of ['title', 'summary'] as const) {
        for (const { warning, words } of missingWarnings(entry.record[field], carried)) {
          report(at(entry, [field], `the ${field} uses ${quoted(words)}, which call for the warning "${warning}", but no claim about this event carries it: a ${field} says only what the event's claims say, so add the claim that says it to this event (its "about") or reword`));
        }
      }
    }
    for (const entry of ctx.entries.sources) {
      const seed = ctx.seeds.get(entry.record.id);
      if (!seed) continue; // seeds-and-regions has reported it
      const text = seed.regions.map((r) => seed.text.slice(r.start, r.end)).join('\n');
      const { contentWarnings } = entry.record;
      for (const { warning, words } of missingWarnings(text, contentWarnings)) {
        report(at(entry, ['contentWarnings'], `the text of ${seed.file} (its body, attribution and caption lines) uses ${quoted(words)}, which call for the warning "${warning}": add it (contentWarnings: [${warningsOfAll([contentWarnings, [warning]]).join(', ')}])`));
      }
    }
  },
};
