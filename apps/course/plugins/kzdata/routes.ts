/**
 * Every page the kzdata plugin adds, with the data it renders: one per record
 * (/events/<id>, /sources/<id>, /actors/<id>, /places/<id>, /themes/<id>), the index page of
 * each collection, "How we know", and a page for every redirected id.
 */
import * as kz from '@kzprotest/data';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { routeBase } from './paths';
import { actorView, claimView, eventView, howWeKnowView, linkTo, placeView, redirectView, sourceView, themeView, timelineData, warningsOf, warningsOfClaims } from './views/index';

/** A page: its path without the base path, the component that renders it and that component's `data` prop. */
export interface RecordPage {
  path: string;
  component: string;
  data: unknown;
}

const pages = (name: string) => `@site/src/components/pages/${name}`;

/** Every page the plugin adds, with its data: computed once, then added as routes by contentLoaded. */
export function recordPages(): RecordPage[] {
  const list: RecordPage[] = [];
  const add = (path: string, component: string, data: unknown) => list.push({ path, component, data });

  const timeline = timelineData();
  add(routeBase.events, pages('EventsIndex'), { timeline, contentWarnings: warningsOf([], timeline.events) });
  for (const event of kz.events) add(`${routeBase.events}/${event.id}`, pages('EventPage'), { event: eventView(event.id) });

  const sources = kz.sources.map((s) => sourceView(s));
  add(routeBase.sources, pages('SourcesIndex'), { sources, contentWarnings: kz.warningsOfAll(kz.sources.map((s) => s.contentWarnings)) });
  for (const source of kz.sources) {
    // in the order of their quotes, as the data lists a source's claims
    const claims = kz
      .linksTo(source.id, 'sourceClaims')
      .map((id) => kz.get(id, 'claims'))
      .map((c) => ({ ...claimView(c), about: c.about.filter((id) => kz.resolve(id).collection !== 'claims').map(linkTo) }));
    // the source's own warnings cover its whole text; a claim may carry one its words do not call for
    const contentWarnings = kz.warningsOfAll([source.contentWarnings, warningsOfClaims(claims.map((c) => c.id))]);
    add(`${routeBase.sources}/${source.id}`, pages('SourcePage'), { source: sourceView(source), claims, contentWarnings });
  }

  const actors = kz.actors.map((a) => actorView(a.id));
  add(routeBase.actors, pages('ActorsIndex'), {
    actors: actors.map(({ id, href, name, kind, organizationType, description, spellings, events }) => ({
      id, href, name, kind, organizationType, description, spellings, eventCount: events.length,
    })),
    // the list shows each actor's description, drawn from the claims about it
    contentWarnings: kz.warningsOfAll(actors.map((a) => a.contentWarnings)),
  });
  for (const actor of actors) add(actor.href, pages('ActorPage'), { actor });

  const places = kz.places.map((p) => placeView(p.id));
  add(routeBase.places, pages('PlacesIndex'), {
    places: places.map(({ id, href, name, kind, description, spellings, partOf, events }) => ({
      id, href, name, kind, description, spellings, partOf, eventCount: events.length,
    })),
  });
  for (const place of places) add(place.href, pages('PlacePage'), { place });

  const themes = kz.themes.map((t) => themeView(t.id));
  add(routeBase.themes, pages('ThemesIndex'), {
    themes: themes.map(({ id, href, name, description, broader, events }) => ({ id, href, name, description, broader, eventCount: events.length })),
    contentWarnings: kz.warningsOfAll(themes.map((t) => t.contentWarnings)),
  });
  for (const theme of themes) add(theme.href, pages('ThemePage'), { theme });

  // what the course rests on, generated from the data, coverage as the data build measured it
  const coverageFile = createRequire(import.meta.url).resolve('@kzprotest/data/data/coverage.json');
  add('/how-we-know', '@site/src/components/HowWeKnow', { howWeKnow: howWeKnowView(JSON.parse(readFileSync(coverageFile, 'utf8'))) });

  // an id that moved or split keeps its page, in the collection its new record is in
  for (const redirect of kz.redirects) {
    const view = redirectView(redirect);
    const base = view.to[0]?.href.split('/')[1];
    if (!base) continue;
    add(`/${base}/${redirect.id}`, pages('RedirectPage'), { redirect: view });
  }
  return list;
}
