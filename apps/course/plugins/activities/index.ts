/**
 * The activities plugin: once the docs are loaded, generates each module's activities from the
 * records its lessons use (generate.ts) and adds
 *   /activities                        every module's activities
 *   /activities/<module>/<activity>    one activity, a page of its own (its code loads only there)
 *   /teach/<module>/activities         the module's activities with their answer keys
 * Each page gets only its own activity's data.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { aliasedSitePath, normalizeUrl } from '@docusaurus/utils';
import { modulesOf, moduleOf, type LoadedDoc } from '../teacher/catalogue';
import { activitiesOf } from './generate';
import { activityPaths, summaryOf, type Activity, type ActivitySummary } from '../../src/components/activities/types';

const component = (name: string) => `@site/src/components/activities/${name}`;

interface DocsContent {
  loadedVersions: { docs: LoadedDoc[] }[];
}

/** A doc's file: its source is "@site/docs/…". */
const fileOf = (siteDir: string, doc: LoadedDoc) => path.join(siteDir, doc.source.replace(/^@site\//, ''));

/** Every module with its activities, in module order (the lessons' docs as the docs plugin loaded them). */
export function moduleActivities(siteDir: string, docs: LoadedDoc[]): { module: ReturnType<typeof modulesOf>[number]; activities: Activity[] }[] {
  return modulesOf(docs).map((module) => {
    const files = docs.filter((d) => moduleOf(d) === module.id).map((d) => readFileSync(fileOf(siteDir, d), 'utf8'));
    return { module, activities: activitiesOf({ id: module.id, slug: module.slug, title: module.title, ...(module.permalink ? { permalink: module.permalink } : {}) }, files) };
  });
}

/** What the assignment builder lists: every activity's summary. */
export function activityCatalogue(siteDir: string, docs: LoadedDoc[]): ActivitySummary[] {
  return moduleActivities(siteDir, docs).flatMap((m) => m.activities.map(summaryOf));
}

export default function activitiesPlugin(context: LoadContext): Plugin<unknown> {
  return {
    name: 'activities',
    async allContentLoaded({ allContent, actions }) {
      const docsPlugin = allContent['docusaurus-plugin-content-docs'] as Record<string, DocsContent> | undefined;
      const docs = docsPlugin?.default?.loadedVersions[0]?.docs ?? [];
      const modules = moduleActivities(context.siteDir, docs);
      const route = (p: string) => normalizeUrl([context.baseUrl, p]);
      const json = async (name: string, data: unknown) => aliasedSitePath(await actions.createData(name, JSON.stringify(data)), context.siteDir);
      actions.addRoute({
        path: route(activityPaths.index),
        component: component('ActivitiesIndex'),
        exact: true,
        modules: {
          data: await json('activities.json', {
            modules: modules.map(({ module: m, activities }) => ({ id: m.id, slug: m.slug, title: m.title, ...(m.permalink ? { permalink: m.permalink } : {}), activities: activities.map(summaryOf) })),
          }),
        },
      });
      for (const { module, activities } of modules) {
        for (const activity of activities) {
          // short names: each is spelled out in the route registry of every page's main bundle
          const name = `a-${activity.id.replace(/^(\d+)[^/]*\//, '$1-')}.json`;
          actions.addRoute({ path: route(activity.permalink), component: component('ActivityPage'), exact: true, modules: { data: await json(name, { activity }) } });
        }
        actions.addRoute({
          path: route(activityPaths.keys(module.slug)),
          component: component('ActivityKeys'),
          exact: true,
          modules: { data: await json(`a-${module.id.replace(/^(\d+).*$/, '$1')}-keys.json`, { module: { id: module.id, title: module.title, ...(module.permalink ? { permalink: module.permalink } : {}) }, activities }) },
        });
      }
    },
  };
}
