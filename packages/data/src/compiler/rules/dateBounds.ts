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
