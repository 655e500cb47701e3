import * as kz from '@kzprotest/data';
import type { Event, EventFilter } from '@kzprotest/data';
import { formatEdtf, placeAndAncestors } from '../format';
import { hrefOf } from '../paths';
import { accountView, claimView } from './claim';
import { linkTo } from './link';
import { warningsOf } from './warnings';

/** One line of a timeline. */
export function eventSummary(eventOrId: Event | string) {
  const event = typeof eventOrId === 'string' ? kz.get(eventOrId, 'events') : eventOrId;
  return {
    id: event.id,
    href: hrefOf('events', event.id),
    title: event.title,
    date: event.date,
    dateLabel: formatEdtf(event.date),
    earliest: event.dateRange.earliest,
    latest: event.dateRange.latest,
    type: event.type,
    typeLabel: kz.eventTypes[event.type].label,
    places: event.places.map(linkTo),
    /** The event's places and every place they lie in, so that a filter by a region finds its towns. */
    within: [...new Set(event.places.flatMap(placeAndAncestors))],
    actors: event.actors.map((a) => ({ ...linkTo(a.actor), role: a.role })),
    themes: event.themes.map(linkTo),
    /** The sources contradict each other about it; the title names the question. */
    disputed: event.disputed,
  };
}

export type EventSummaryView = ReturnType<typeof eventSummary>;

/** An actor's, a place's or a theme's events as timeline lines, and what its page warns of: those events and its claims. */
export function eventsAndWarnings(filter: EventFilter, claimIds: readonly string[]) {
  const events = kz.findEvents(filter);
  return { events: events.map(eventSummary), contentWarnings: warningsOf(claimIds, events) };
}

/** Every figure property an event's claims give, with all accounts of each. */
function figuresOf(event: Event) {
  const properties = [...new Set(kz.accountsOf(event.id).flatMap((a) => (a.claim.figure ? [a.claim.figure.property] : [])))];
  return properties.map((property) => ({ property, accounts: kz.accountsOf(event.id, property).map(accountView) }));
}

/** An event's page: its summary line, its evidence, every account of its figures and its links both ways. */
export function eventView(id: string) {
  const event = kz.get(id, 'events');
  const mapping = kz.eventTypes[event.type];
  const claims = event.claims.map(claimView);
  const dateClaims = event.dateClaims.map(claimView);
  const figures = figuresOf(event);
  return {
    ...eventSummary(event),
    /** The warnings its text and quotes call for (the terms beside the labels in components/kz/data.ts). */
    contentWarnings: [...event.contentWarnings],
    summary: event.summary,
    ...(event.dateNote ? { dateNote: event.dateNote } : {}),
    dateClaims,
    ...(event.partOf ? { partOf: linkTo(event.partOf) } : {}),
    parts: kz.linksTo(event.id, 'parts').map(linkTo),
    causes: event.causes.map(linkTo),
    causedBy: kz.linksTo(event.id, 'causedBy').map(linkTo),
    figures,
    claims,
    /** For the data's users: the EDTF date and the other vocabularies' terms for its type. */
    mapping: {
      edtf: event.date,
      acled: mapping.acled ? `${mapping.acled.eventType} / ${mapping.acled.subEventType}` : undefined,
      massMobilization: mapping.massMobilization,
      cameo: mapping.cameo,
    },
  };
}

export type EventView = ReturnType<typeof eventView>;

/** The accounts of one figure property of an event. */
export type FigureGroupView = EventView['figures'][number];
