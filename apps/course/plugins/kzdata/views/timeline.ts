import * as kz from '@kzprotest/data';
import { eventSummary } from './event';
import type { RecordLink } from './link';
import { linkTo } from './link';
import * as words from '@kzprotest/data/format';

function dayFloor(date: string): string {
  const range = words.plainDateRange(date);
  return range && 'earliest' in range ? range.earliest : date;
}

function dayCeiling(date: string): string {
  const range = words.plainDateRange(date);
  return range && 'latest' in range ? range.latest : date;
}

/** Events for a timeline, with only the filter choices that these events use. */
export function timelineData(filter: Parameters<typeof kz.findEvents>[0] = {}, options: { within?: boolean } = {}) {
  // "within": only events that lie wholly inside from..to, not every event that touches the range
  // (a module about three days should not list a policy that runs for eight years)
  const inside = (e: ReturnType<typeof kz.findEvents>[number]) =>
    (!filter.from || e.dateRange.earliest >= dayFloor(filter.from)) && (!filter.to || e.dateRange.latest <= dayCeiling(filter.to));
  // by start, then by end: a day comes before a month or a span that starts on it and goes on longer
  const events = kz
    .findEvents(filter)
    .filter((e) => !options.within || inside(e))
    .map(eventSummary)
    .sort((a, b) => a.earliest.localeCompare(b.earliest) || a.latest.localeCompare(b.latest) || a.id.localeCompare(b.id));
  const unique = (links: RecordLink[]): RecordLink[] =>
    [...new Map(links.map((l) => [l.id, { id: l.id, name: l.name, href: l.href }])).values()].sort((a, b) =>
      a.name.localeCompare(b.name, 'en'),
    );
  const types: { id: string; name: string }[] = [...new Map(events.map((e) => [e.type, { id: e.type, name: e.typeLabel }])).values()].sort((a, b) =>
    a.name.localeCompare(b.name, 'en'),
  );
  return {
    events,
    filters: {
      themes: unique(events.flatMap((e) => e.themes)),
      places: unique(events.flatMap((e) => e.within.map(linkTo))),
      actors: unique(events.flatMap((e) => e.actors)),
      types,
    },
  };
}

/** Everything a timeline needs: the events and the choices of each filter. */
export type TimelineData = ReturnType<typeof timelineData>;
