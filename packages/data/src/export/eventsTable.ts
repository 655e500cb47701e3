import type { Dataset } from '../dataset.js';
import type { Event, Place } from '../schema/index.js';
import { eventTypes } from '../schema/vocabulary.js';
import { joinList, tableToCsv, type Column, type CsvOptions, type Table } from './csv.js';
import { describeFigure, fatalitiesNote, fatalitiesOf, figureClaims } from './figures.js';
import { ISO_NUMERIC_ORIGIN, isoNumericByName } from './isoNumeric.generated.js';
import { eventLocation, timePrecision } from './location.js';
import { startIsOpen } from '../query/dates.js';
import { lookup, sourceLabel, type Lookup } from './lookup.js';

/** ACLED actor type (inter) codes we can assign honestly; see docs/acled-mapping.md. */
const STATE_TYPES = new Set(['security-force', 'government', 'state-body']);

function interCode(l: Lookup, e: Event, actorId: string | undefined, role: 'initiator' | 'target'): number | undefined {
  if (!actorId) return undefined;
  const actor = l.actor.get(actorId);
  if (actor?.organizationType && STATE_TYPES.has(actor.organizationType)) return 1;
  const acled = eventTypes[e.type].acled;
  // the protesting side of an event ACLED files under Protests or Riots: initiator of a strike,
  // protest or riot, target of a shooting or dispersal
  if (acled?.eventType === 'Riots' && role === 'initiator') return 5;
  if (acled?.eventType === 'Protests') {
    const protesting = ['strike', 'protest'].includes(e.type) ? 'initiator' : 'target';
    if (role === protesting) return 6;
  }
  return undefined;
}

// pandas and spreadsheets read a column of digits as numbers, which would drop a leading zero of
// a CAMEO code (010): so the column is an integer one, and a code that a number cannot keep stops the build
function cameoNumber(code: string | null): number | undefined {
  if (code === null) return undefined;
  if (!/^[1-9]\d*$/.test(code)) throw new Error(`CAMEO code "${code}" cannot be written as a number in events.csv (cameo_code); change the column type before using it`);
  return Number(code);
}

/**
 * ACLED's interaction: both actor types, the lower first (1 and 6 give 16); a sole actor of type N
 * gives N0; unknown when a present actor has no type.
 * @example interaction(6, 1, true) // 16
 */
export function interaction(inter1: number | undefined, inter2: number | undefined, hasActor2: boolean): number | undefined {
  if (inter1 === undefined) return undefined;
  if (!hasActor2) return inter1 * 10;
  if (inter2 === undefined) return undefined;
  return Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
}

/** ISO 3166-1 numeric code of a country place, by its name or an alias. */
export function isoNumeric(country: Place | undefined): number | undefined {
  if (!country) return undefined;
  for (const name of [country.name, ...country.aliases]) {
    const code = isoNumericByName.get(name.toLowerCase());
    if (code !== undefined) return code;
  }
  return undefined;
}

const actorsIn = (e: Event, role: string) => e.actors.filter((a) => a.role === role).map((a) => a.actor);

/**
 * The events table: ACLED's column names where the meaning matches, then ours (prefixed kz_ or
 * named for what ACLED lacks). One row per event; the location columns describe its first place.
 */
export function eventsTable(data: Dataset): Table<Event> {
  const l = lookup(data);
  const name = (id: string | undefined) => (id === undefined ? undefined : (l.actor.get(id)?.name ?? id));
  const loc = new Map(data.events.map((e) => [e.id, eventLocation(l, e)]));
  const fat = new Map(data.events.map((e) => [e.id, fatalitiesOf(l, e.id)]));
  const inter1 = (e: Event) => interCode(l, e, actorsIn(e, 'initiator')[0], 'initiator');
  const inter2 = (e: Event) => interCode(l, e, actorsIn(e, 'target')[0], 'target');
  const sourcesOf = (e: Event) => [...new Set(e.claims.map((id) => l.claim.get(id)?.source).filter((s): s is string => !!s))];
  const columns: Column<Event>[] = [
    { name: 'event_id_cnty', type: 'string', description: "ACLED's event id column. Ours is the permanent kebab-case id, not ACLED's country code plus number.", value: (e) => e.id, constraints: { required: true, unique: true } },
    { name: 'event_date', type: 'date', description: 'The earliest day the EDTF date allows (YYYY-MM-DD); see edtf_date and time_precision for how sure it is. Empty when the source gives no start ("[..2016]": 2016 or earlier).', value: (e) => (startIsOpen(e.date) ? undefined : e.dateRange.earliest) },
    { name: 'year', type: 'integer', description: 'Year of event_date; empty with it.', value: (e) => (startIsOpen(e.date) ? undefined : Number(e.dateRange.earliest.slice(0, 4))) },
    { name: 'time_precision', type: 'integer', description: 'ACLED: 1 the exact day is known, 2 within a week (or an approximate day), 3 within one month; empty when the date is known only to a longer span (a year, several months), for which ACLED has no code: edtf_date and date_latest give it.', value: timePrecision, constraints: { enum: ['1', '2', '3'] } },
    { name: 'event_type', type: 'string', description: 'ACLED event type mapped from kz_type; empty where ACLED has no matching type.', value: (e) => eventTypes[e.type].acled?.eventType },
    { name: 'sub_event_type', type: 'string', description: 'ACLED sub-event type mapped from kz_type; empty where ACLED has none.', value: (e) => eventTypes[e.type].acled?.subEventType },
    { name: 'actor1', type: 'string', description: 'The first actor with role initiator.', value: (e) => name(actorsIn(e, 'initiator')[0]) },
    { name: 'assoc_actor_1', type: 'string', description: 'Other initiators, joined with "; ".', value: (e) => joinList(actorsIn(e, 'initiator').slice(1).map((id) => name(id)!)) },
    { name: 'inter1', type: 'integer', description: 'ACLED actor type of actor1 where it can be assigned honestly (1 state forces, 5 rioters, 6 protesters); else empty.', value: inter1 },
    { name: 'actor2', type: 'string', description: 'The first actor with role target.', value: (e) => name(actorsIn(e, 'target')[0]) },
    { name: 'assoc_actor_2', type: 'string', description: 'Other targets, joined with "; ".', value: (e) => joinList(actorsIn(e, 'target').slice(1).map((id) => name(id)!)) },
    { name: 'inter2', type: 'integer', description: 'ACLED actor type of actor2, as inter1.', value: inter2 },
    { name: 'interaction', type: 'integer', description: 'ACLED interaction code from inter1 and inter2: the two codes, lower first (16 state forces and protesters); N0 when actor1 is the sole actor; empty when either code is empty.', value: (e) => interaction(inter1(e), inter2(e), actorsIn(e, 'target').length > 0) },
    { name: 'iso', type: 'integer', description: `ISO 3166-1 numeric code of the country (398 Kazakhstan), as ACLED writes it; empty when the place lies in no country. ${ISO_NUMERIC_ORIGIN}.`, value: (e) => isoNumeric(loc.get(e.id)?.country) },
    { name: 'country', type: 'string', description: 'Name of the country the first place lies in.', value: (e) => loc.get(e.id)?.country?.name },
    { name: 'admin1', type: 'string', description: 'Name of the nearest region the first place lies in (our regions may be informal, e.g. "western Kazakhstan").', value: (e) => loc.get(e.id)?.admin1?.name },
    { name: 'location', type: 'string', description: "Name of the event's first place.", value: (e) => loc.get(e.id)?.place.name },
    { name: 'latitude', type: 'number', description: 'WGS 84 latitude of the first place, or of the nearest place it lies in that has coordinates; empty when none does.', value: (e) => loc.get(e.id)?.coordinatesFrom?.coordinates?.latitude },
    { name: 'longitude', type: 'number', description: 'WGS 84 longitude, as latitude.', value: (e) => loc.get(e.id)?.coordinatesFrom?.coordinates?.longitude },
    { name: 'geo_precision', type: 'integer', description: 'ACLED: 1 the town itself, 2 part of a region or near a town, 3 only a larger region.', value: (e) => loc.get(e.id)?.geoPrecision, constraints: { enum: ['1', '2', '3'] } },
    { name: 'source', type: 'string', description: 'The sources of the claims about the event (periodical or publisher), joined with "; ".', value: (e) => joinList(sourcesOf(e).map((id) => (l.source.get(id) ? sourceLabel(l.source.get(id)!) : id))) },
    { name: 'notes', type: 'string', description: 'Our summary, then every fatality figure with its source and how fatalities was chosen.', value: (e) => [e.summary, fatalitiesNote(l, fat.get(e.id)!)].filter(Boolean).join(' ') },
    { name: 'fatalities', type: 'integer', description: 'The lowest reported death toll among claims about the event (the most conservative, as ACLED does); empty when no source gives one, never 0 for unknown.', value: (e) => fat.get(e.id)!.fatalities },
    { name: 'kz_id', type: 'string', description: 'The permanent id of the event in @kzprotest/data.', value: (e) => e.id, constraints: { required: true, unique: true } },
    { name: 'kz_title', type: 'string', description: 'Our title of the event.', value: (e) => e.title },
    { name: 'edtf_date', type: 'string', description: 'The date as EDTF (2011-12-16, 2011-05, 2012-12~, 2011-05/2011-12-16).', value: (e) => e.date },
    { name: 'date_latest', type: 'date', description: 'The latest day the EDTF date allows; empty when the source gives no end (an open EDTF end, "..").', value: (e) => (/\/(\.\.)?$/.test(e.date) ? undefined : e.dateRange.latest) },
    { name: 'disputed', type: 'boolean', description: 'true when the sources contradict each other about the event (the claims table links the contradicting claims in "disputes"); the title then names the question.', value: (e) => e.disputed },
    { name: 'date_note', type: 'string', description: 'How a date worked out from a relative one was reached.', value: (e) => e.dateNote },
    { name: 'kz_type', type: 'string', description: 'Our event type.', value: (e) => e.type, constraints: { enum: Object.keys(eventTypes) } },
    { name: 'mass_mobilization_response', type: 'string', description: 'Mass Mobilization state-response category for kz_type (spelled as that dataset does), or empty.', value: (e) => eventTypes[e.type].massMobilization ?? undefined },
    { name: 'cameo_code', type: 'integer', description: 'CAMEO event code for kz_type, or empty. Written as a number, as pandas and spreadsheets read it; no code used here starts with 0.', value: (e) => cameoNumber(eventTypes[e.type].cameo) },
    { name: 'place_id', type: 'string', description: 'The place the location columns describe (the first of kz_places).', value: (e) => e.places[0] },
    { name: 'coordinates_place_id', type: 'string', description: 'The place whose coordinates latitude/longitude are.', value: (e) => loc.get(e.id)?.coordinatesFrom?.id },
    { name: 'coordinates_origin', type: 'string', description: 'Where the coordinates come from (no source gives coordinates): gazetteer and record.', value: (e) => { const o = loc.get(e.id)?.coordinatesFrom?.coordinates?.origin; return o ? [o.dataset, o.record].filter(Boolean).join(': ') : undefined; } },
    { name: 'kz_places', type: 'string', description: 'Every place id of the event, joined with "; ".', value: (e) => joinList(e.places) },
    { name: 'kz_actors', type: 'string', description: 'Every actor as role:id, joined with "; ".', value: (e) => joinList(e.actors.map((a) => `${a.role}:${a.actor}`)) },
    { name: 'figures', type: 'string', description: 'Every figure of every claim about the event, with its reading, the words as printed, the claim id, the source and whose voice, joined with " | ".', value: (e) => { const list = figureClaims(l, e.id).map((c) => describeFigure(l, c)); return list.length ? list.join(' | ') : undefined; } },
    { name: 'fatalities_claim_id', type: 'string', description: 'The claim the fatalities number comes from.', value: (e) => fat.get(e.id)!.claim?.id },
    { name: 'claim_ids', type: 'string', description: 'Every claim about the event, joined with "; ".', value: (e) => joinList(e.claims) },
    { name: 'source_ids', type: 'string', description: 'The sources of those claims, joined with "; ".', value: (e) => joinList(sourcesOf(e)) },
    { name: 'part_of', type: 'string', description: 'The event this one is part of.', value: (e) => e.partOf },
    { name: 'themes', type: 'string', description: 'Theme ids, joined with "; ".', value: (e) => joinList(e.themes) },
  ];
  return {
    name: 'events',
    title: 'Events',
    description: 'One row per event, ACLED-compatible columns first. See docs/acled-mapping.md.',
    columns,
    primaryKey: 'kz_id',
    foreignKeys: [
      { fields: 'place_id', reference: { resource: 'places', fields: 'id' } },
      { fields: 'coordinates_place_id', reference: { resource: 'places', fields: 'id' } },
      { fields: 'fatalities_claim_id', reference: { resource: 'claims', fields: 'id' } },
      { fields: 'part_of', reference: { resource: 'events', fields: 'kz_id' } },
    ],
  };
}

/**
 * Events as CSV with ACLED-compatible columns.
 * @example eventsCsv(dataset).split('\r\n')[0].startsWith('event_id_cnty,event_date,year')
 */
export function eventsCsv(data: Dataset, options?: CsvOptions): string {
  return tableToCsv(eventsTable(data), data.events, options);
}
