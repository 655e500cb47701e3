import type { Entry, Rule } from '../context.js';
import { at } from '../context.js';

type BoundName = 'on' | 'start' | 'end';

/** "day", "month", "year" or "open" for one side of an EDTF date, its ~ ? % flags aside. */
function boundPrecision(part: string): 'day' | 'month' | 'year' | 'open' | 'other' {
  const bare = part.replace(/[~?%]$/, '');
  if (bare === '' || bare === '..') return 'open';
  if (/^\d{4}$/.test(bare)) return 'year';
  if (/^\d{4}-\d{2}$/.test(bare)) return 'month';
  if (/^\d{4}-\d{2}-\d{2}$/.test(bare)) return 'day';
  return 'other';
}

/** The sides of an EDTF date by the name `dateBasis` gives them. */
function dateBounds(date: string): { name: BoundName; value: string }[] {
  const slash = date.indexOf('/');
  if (slash < 0) return [{ name: 'on', value: date }];
  return [
    { name: 'start', value: date.slice(0, slash) },
    { name: 'end', value: date.slice(slash + 1) },
  ];
}

const BOUND_NAMES = ['on', 'start', 'end'] as const;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const monthWord = String.raw`(january|february|march|april|may|june|july|august|september|october|november|december)`;
const dayWord = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
// made once: matchAll copies a pattern for each text it runs on, and leaves the pattern itself as it was
const YEAR = /\b(1[89]\d\d|20\d\d)\b/g;
const MONTH = new RegExp(String.raw`\b${monthWord}\b`, 'gi');
const MONTH_DAY = new RegExp(String.raw`\b${monthWord}\s+${dayWord}\b`, 'gi');
const DAY_MONTH = new RegExp(String.raw`\b${dayWord}\s+(?:of\s+)?${monthWord}\b`, 'gi');

/**
 * The date parts words state outright: years, months and days ("On December 16, 2011", "16 December",
 * "the January events"). "May" counts only with a capital, so "may face arrest" states no month.
 * @example statedDateParts('On December 16, 2011') // { years: [2011], months: [12], days: [16] }
 */
export function statedDateParts(words: string): { years: number[]; months: number[]; days: number[] } {
  const text = squash(words);
  const years = [...text.matchAll(YEAR)].map((m) => Number(m[1]));
  const months = [...text.matchAll(MONTH)]
    .filter((m) => m[1]!.toLowerCase() !== 'may' || m[1] === 'May')
    .map((m) => MONTHS.indexOf(m[1]!.toLowerCase()) + 1);
  const days = [
    ...[...text.matchAll(MONTH_DAY)].map((m) => Number(m[2])),
    ...[...text.matchAll(DAY_MONTH)].map((m) => Number(m[1])),
  ].filter((d) => d >= 1 && d <= 31);
  return { years: [...new Set(years)], months: [...new Set(months)], days: [...new Set(days)] };
}

/**
 * Words that date something by another moment the claim or its context gives ("the next day", "a
 * year later", "on the event"): the bound follows from them, and dateNote says how.
 */
const relativeDate = /\b(?:next|following|same|previous|that day|this year|last year|later|after|before|when|at the end of|several days|weeks?|on the event)\b/i;

/**
 * Whether words state a bound: every year, month and day they give agrees with it, and at the
 * bound's precision they give the month (and the day) or date it relatively. A message saying
 * why not, or undefined when they do.
 * @example wordsStateBound('On December 16, 2011', '2011-12-17') // 'they give day 16, not 17'
 */
export function wordsStateBound(words: string, bound: string): string | undefined {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(bound.replace(/[~?%]$/, ''));
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined];
  const stated = statedDateParts(words);
  const monthName = (n: number) => MONTHS[n - 1]!.replace(/^./, (c) => c.toUpperCase());
  if (stated.years.length && !stated.years.includes(year)) return `they give the year ${stated.years.join(' and ')}, not ${year}`;
  if (month !== undefined && stated.months.length && !stated.months.includes(month)) return `they give ${stated.months.map(monthName).join(' and ')}, not ${monthName(month)}`;
  if (day !== undefined && stated.days.length && !stated.days.includes(day)) return `they give day ${stated.days.join(' and ')}, not ${day}`;
  const relative = relativeDate.test(squash(words));
  if (day !== undefined && !stated.days.length && !relative) return `they give no day and date nothing relatively ("the next day")`;
  if (month !== undefined && !stated.months.length && !relative) return `they give no month and date nothing relatively ("the previous May", "a year later")`;
  return undefined;
}

export const dateBoundsStated: Rule = {
  name: 'date-bounds-stated',
  editorial: true,
  description:
    "A bound of an event's date at day or month precision rests on the words of one of its date claims, or on the publication date of a source that reports the event (a terminus, said so in dateNote); any other bound is open or a year.",
  check(ctx, report) {
    const claim = (id: string) => ctx.byId.get(id) as Entry<'claims'> | undefined;
    // "source id, NUL, record id" of every claim, made at the first terminus rather than scanning every claim for each
    let reportedBy: Set<string> | undefined;
    const reports = (source: string, id: string) => {
      if (!reportedBy) {
        reportedBy = new Set();
        for (const c of ctx.entries.claims) for (const about of c.record.about) reportedBy.add(`${c.record.source}\u0000${about}`);
      }
      return reportedBy.has(`${source}\u0000${id}`);
    };
    for (const entry of ctx.entries.events) {
      const event = entry.record;
      if (!ctx.eventDates.has(entry)) continue; // dates-edtf reports the date
      const bounds = dateBounds(event.date);
      for (const name of BOUND_NAMES) {
        if (event.dateBasis?.[name] && !bounds.some((b) => b.name === name)) {
          report(at(entry, ['dateBasis', name], `"${event.date}" has no ${name} bound; ${bounds.length === 1 ? 'a single date takes dateBasis.on' : 'an interval takes dateBasis.start and dateBasis.end'}`));
        }
      }
      for (const { name, value } of bounds) {
        const precision = boundPrecision(value);
        if (precision !== 'day' && precision !== 'month') continue;
        const basis = event.dateBasis?.[name];
        const shown = name === 'on' ? `the date "${value}"` : `the ${name} "${value}" of "${event.date}"`;
        if (!basis) {
          const open = name === 'on' ? `a year ("${value.slice(0, 4)}")` : `open ("${name === 'start' ? `../${event.date.split('/')[1]}` : `${event.date.split('/')[0]}/..`}") or a year`;
          report(at(entry, ['date'], `${shown} is at ${precision} precision but nothing says where it comes from: add dateBasis.${name} with { claim, words } quoting the words of a date claim that give it, or { terminus: <source id> } for the publication date of a source that reports the event; if no source states it, make it ${open}`));
          continue;
        }
        if ('claim' in basis) {
          if (!event.dateClaims.includes(basis.claim)) {
            report(at(entry, ['dateBasis', name, 'claim'], `"${basis.claim}" is not one of this event's dateClaims; a bound rests on a claim that gives the date`));
            continue;
          }
          const quoted = claim(basis.claim)?.record.quote.exact;
          if (quoted !== undefined && !squash(quoted).includes(squash(basis.words))) {
            report(at(entry, ['dateBasis', name, 'words'], `"${basis.words}" is not in the quote of claim "${basis.claim}"; copy the words that give ${shown} from that quote`));
            continue;
          }
          const why = wordsStateBound(basis.words, value);
          if (why) {
            report(at(entry, ['dateBasis', name, 'words'], `"${basis.words}" does not state ${shown}: ${why}; quote the words that give it, or make the bound only as precise as the words (a month, a year, or open)`));
          }
          continue;
        }
        const source = ctx.byId.get(basis.terminus) as Entry<'sources'> | undefined;
        if (!source || source.collection !== 'sources') continue; // references-resolve reports it
        const issued = source.record.issued;
        const bare = value.replace(/[~?%]$/, '');
        if (!issued || !issued.startsWith(bare)) {
          report(at(entry, ['dateBasis', name, 'terminus'], `${shown} is not the publication date of "${basis.terminus}" (${issued ? `"${issued}"` : 'undated'}); a terminus is the day or month the source was published`));
          continue;
        }
        const reported = reports(basis.terminus, event.id);
        if (!reported) report(at(entry, ['dateBasis', name, 'terminus'], `"${basis.terminus}" has no claim about "${event.id}", so its publication date bounds nothing here`));
        if (!event.dateNote) report(at(entry, ['dateNote'], `${shown} is the publication date of "${basis.terminus}", a terminus: say so in dateNote`));
      }
    }
  },
};
