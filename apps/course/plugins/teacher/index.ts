/**
 * The teacher plugin: once the docs are loaded, adds the teacher pages.
 *   /teach                      every module with its teacher pages
 *   /teach/guides/<module>      the module's teacher guide (teach/<NN-module>/guide.mdx, its own docs instance)
 *   /teach/<module>/readings    the module's reading list with APA and Chicago citations
 *   /teach/<module>/handout     the whole module as one printable handout
 *   /assign                     the assignment builder
 * Each page gets only its own module's data; the builder gets the lesson catalogue and the
 * five sources' citations.
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import { aliasedSitePath, normalizeUrl } from '@docusaurus/utils';
import { catalogueOf, type LoadedDoc } from './catalogue';
import { teachPaths } from '../../src/components/teacher/types';
import { activityCatalogue } from '../activities/index';

const component = (name: string) => `@site/src/components/teacher/${name}`;

interface DocsContent {
  loadedVersions: { docs: LoadedDoc[] }[];
}

export default function teacherPlugin(context: LoadContext): Plugin<unknown> {
  return {
    name: 'teacher',
    async allContentLoaded({ allContent, actions }) {
      const docsPlugin = allContent['docusaurus-plugin-content-docs'] as Record<string, DocsContent> | undefined;
      const docs = docsPlugin?.default?.loadedVersions[0]?.docs ?? [];
      const guides = docsPlugin?.teach?.loadedVersions[0]?.docs ?? [];
      const catalogue = await catalogueOf(docs, guides);
      // "@site/…" paths, as the kzdata plugin's, keep the route registry short and the same in every checkout
      // routes carry the base path (BASE_URL); the pages' links get it from <Link>
      const route = (p: string) => normalizeUrl([context.baseUrl, p]);
      const json = async (name: string, data: unknown) => aliasedSitePath(await actions.createData(name, JSON.stringify(data)), context.siteDir);

      actions.addRoute({
        path: route('/teach'),
        component: component('TeacherHome'),
        exact: true,
        modules: { data: await json('teach.json', { modules: catalogue.modules }) },
      });
      actions.addRoute({
        path: route('/assign'),
        component: component('AssignPage'),
        exact: true,
        modules: { data: await json('assign.json', { ...catalogue, activities: activityCatalogue(context.siteDir, docs) }) },
      });
      for (const module of catalogue.modules) {
        const readings = module.readings.map((id) => catalogue.readings[id]!);
        const data = await json(`teach-${module.slug}.json`, { module, readings });
        const paths = teachPaths(module.slug);
        actions.addRoute({ path: route(paths.readings), component: component('ReadingListPage'), exact: true, modules: { data } });
        // the lessons' own MDX, compiled once by the docs plugin, rendered again one after another
        const sources = new Map(docs.map((d) => [d.id, d.source]));
        actions.addRoute({
          path: route(paths.handout),
          component: component('ModuleHandout'),
          exact: true,
          modules: { data, lessons: module.lessons.map((l) => ({ content: sources.get(l.id)! })) },
        });
      }
    },
  };
}
