/**
 * The kzdata plugin: reads @kzprotest/data at build time and adds one page per record
 * (/events/<id>, /sources/<id>, /actors/<id>, /places/<id>, /themes/<id>), the index
 * pages of each collection, and a page for every redirected id. Each route gets only its
 * own records as a JSON module (createData), so no page bundles the whole dataset.
 */
import * as kz from '@kzprotest/data';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { aliasedSitePath, normalizeUrl } from '@docusaurus/utils';
import {
  actorView,
  claimView,
  howWeKnowView,
  eventView,
  linkTo,
  placeView,
  redirectView,
  routeBase,
  sourceView,
  themeView,
  timelineData,
  warningsOf,
  warningsOfClaims,
} from './views';

interface Page {
  path: string;
  component: string;
  data: unknown;
  /** The file name of the data module, unique per page. */
  name: string;
}

const pages = (name: string) => `@site/src/components/pages/${name}`;

/** Every page the plugin adds, with its data: computed once, then written by contentLoaded. */
export function recordPages(): Page[] {
  const list: Page[] = [];
  const add = (path: string, component: string, data: unknown) =>
    list.push({ path, component: pages(component), data, name: `${path.replace(/^\/|\/$/g, '').replace(/\//g, '--') || 'root'}.json` });

  const timeline = timelineData();
  add(routeBase.events, 'EventsIndex', { timeline, contentWarnings: warningsOf([], timeline.events) });
  for (const event of kz.events) add(`${routeBase.events}/${event.id}`, 'EventPage', { event: eventView(event.id) });

  const sources = kz.sources.map((s) => sourceView(s));
  add(routeBase.sources, 'SourcesIndex', { sources, contentWarnings: kz.warningsOfAll(kz.sources.map((s) => s.contentWarnings)) });
  for (const source of kz.sources) {
    const claims = kz.claims
      .filter((c) => c.source === source.id)
      .sort((a, b) => a.quote.start - b.quote.start)
      .map((c) => ({ ...claimView(c), about: c.about.filter((id) => kz.resolve(id).collection !== 'claims').map(linkTo) }));
    // the source's own warnings cover its whole text; a claim may carry one its words do not call for
    const contentWarnings = kz.warningsOfAll([source.contentWarnings, warningsOfClaims(claims.map((c) => c.id))]);
    add(`${routeBase.sources}/${source.id}`, 'SourcePage', { source: sourceView(source), claims, contentWarnings });
  }

  const actors = kz.actors.map((a) => actorView(a.id));
  add(routeBase.actors, 'ActorsIndex', {
    actors: actors.map(({ id, href, name, kind, organizationType, description, spellings, events }) => ({
      id, href, name, kind, organizationType, description, spellings, eventCount: events.length,
    })),
    // the list shows each actor's description, drawn from the claims about it
    contentWarnings: kz.warningsOfAll(actors.map((a) => a.contentWarnings)),
  });
  for (const actor of actors) add(actor.href, 'ActorPage', { actor });

  const places = kz.places.map((p) => placeView(p.id));
  add(routeBase.places, 'PlacesIndex', {
    places: places.map(({ id, href, name, kind, description, spellings, partOf, events }) => ({
      id, href, name, kind, description, spellings, partOf, eventCount: events.length,
    })),
  });
  for (const place of places) add(place.href, 'PlacePage', { place });

  const themes = kz.themes.map((t) => themeView(t.id));
  add(routeBase.themes, 'ThemesIndex', {
    themes: themes.map(({ id, href, name, description, broader, events }) => ({ id, href, name, description, broader, eventCount: events.length })),
    contentWarnings: kz.warningsOfAll(themes.map((t) => t.contentWarnings)),
  });
  for (const theme of themes) add(theme.href, 'ThemePage', { theme });

  // what the course rests on, generated from the data, coverage as the data build measured it
  const coverageFile = createRequire(import.meta.url).resolve('@kzprotest/data/data/coverage.json');
  list.push({ path: '/how-we-know', component: '@site/src/components/HowWeKnow', data: { howWeKnow: howWeKnowView(JSON.parse(readFileSync(coverageFile, 'utf8'))) }, name: 'how-we-know.json' });

  // an id that moved or split keeps its page, in the collection its new record is in
  for (const redirect of kz.redirects) {
    const view = redirectView(redirect);
    const base = view.to[0]?.href.split('/')[1];
    if (!base) continue;
    add(`/${base}/${redirect.id}`, 'RedirectPage', { redirect: view });
  }
  return list;
}

export default function kzdataPlugin(context: LoadContext): Plugin<unknown> {
  return {
    name: 'kzdata',
    async loadContent() {
      return recordPages();
    },
    async contentLoaded({ content, actions }) {
      for (const page of content as Page[]) {
        // "@site/…" rather than the absolute path, which the route registry in every page's main
        // bundle spells out once per route (and which differs from one checkout to another)
        const dataPath = aliasedSitePath(await actions.createData(page.name, JSON.stringify(page.data)), context.siteDir);
        // routes carry the base path (BASE_URL); the pages' links get it from <Link>
        actions.addRoute({ path: normalizeUrl([context.baseUrl, page.path]), component: page.component, exact: true, modules: { data: dataPath } });
      }
      actions.setGlobalData({ version: kz.meta.version, counts: kz.meta.counts });
    },
  };
}
