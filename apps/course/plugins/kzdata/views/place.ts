import * as kz from '@kzprotest/data';
import { hrefOf } from '../paths';
import { claimView } from './claim';
import { eventsAndWarnings } from './event';
import { linkTo } from './link';
import { spellingsOf } from './spellings';

/** A place's page: spellings, the places around and inside it, where its coordinates come from, its events. */
export function placeView(id: string) {
  const place = kz.get(id, 'places');
  const c = place.coordinates;
  const { events, contentWarnings } = eventsAndWarnings({ place: place.id }, place.claims);
  return {
    id: place.id,
    href: hrefOf('places', place.id),
    name: place.name,
    kind: place.kind,
    ...(place.description ? { description: place.description } : {}),
    spellings: spellingsOf(place),
    ...(place.partOf ? { partOf: linkTo(place.partOf) } : {}),
    contains: kz.linksTo(place.id, 'contains').map(linkTo),
    ...(c
      ? {
          coordinates: {
            latitude: c.latitude,
            longitude: c.longitude,
            origin: [c.origin.dataset, c.origin.record, c.origin.license].filter(Boolean).join(', '),
          },
        }
      : {}),
    events,
    claims: place.claims.map(claimView),
    contentWarnings,
  };
}

export type PlaceView = ReturnType<typeof placeView>;
