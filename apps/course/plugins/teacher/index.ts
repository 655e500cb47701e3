/**
 * The teacher plugin: once the docs are loaded, adds the teacher pages.
 *   /teach                      every module with its teacher pages
 *   /teach/<module>/readings    the module's reading list with APA and Chicago citations
 *   /teach/<module>/handout     the whole module as one printable handout
 *   /assign                     the assignment builder
 * and writes each module's guide data, which `<ModuleGuide />` in teach/<module>/guide.mdx
 * (/teach/guides/<module>, its own docs instance) imports (remark.ts). Each page gets only its
 * own module's data; the builder gets the lesson catalogue and the five sources' citations.
 * The home page's module list (global data) comes from the same catalogue.
 */
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { normalizeUrl } from '@docusaurus/utils';
import { catalogueOf, moduleOf, type LoadedDoc } from './catalogue';
import { guideData, guideDataFile } from './guides';
import { addSelfChecks } from './selfChecks';
import { teachPaths } from '../../src/components/teacher/types';
import type { HomeModule } from '../../src/components/teacher/types';
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
      await addSelfChecks(catalogue, docs, context.siteDir);
      // routes carry the base path (BASE_URL); the pages' links get it from <Link>
      const route = (p: string) => normalizeUrl([context.baseUrl, p]);

      actions.addRoute({ path: route('/teach'), component: component('TeacherHome'), exact: true, props: { data: { modules: catalogue.modules } } });
      actions.addRoute({ path: route('/assign'), component: component('AssignPage'), exact: true, props: { data: { ...catalogue, activities: activityCatalogue(context.siteDir, docs) } } });
      // the lessons' own MDX, compiled once by the docs plugin, rendered again one after another
      const sources = new Map(docs.map((d) => [d.id, d.source]));
      for (const module of catalogue.modules) {
        const data = { module, readings: module.readings.map((id) => catalogue.readings[id]!) };
        const paths = teachPaths(module.slug);
        actions.addRoute({ path: route(paths.readings), component: component('ReadingListPage'), exact: true, props: { data } });
        actions.addRoute({
          path: route(paths.handout),
          component: component('ModuleHandout'),
          exact: true,
          props: { data },
          modules: { lessons: module.lessons.map((l) => ({ content: sources.get(l.id)! })) },
        });
      }

      for (const guide of guides) {
        const folder = moduleOf(guide);
        const module = catalogue.modules.find((m) => m.id === folder);
        if (!module) throw new Error(`${guide.source.replace(/^@site\//, '')}: a teacher guide must be in a folder named as a module of docs/ (${catalogue.modules.map((m) => m.id).join(', ')})`);
        await actions.createData(guideDataFile(module.slug), JSON.stringify(await guideData(module, docs, context.siteDir)));
      }

      const home: HomeModule[] = catalogue.modules.map((module) => {
        const overview = docs.find((d) => d.permalink === module.permalink);
        const about = overview?.frontMatter.about;
        if (typeof about !== 'string') {
          const file = overview ? overview.source.replace(/^@site\//, '') : path.join('docs', module.id, 'index.mdx');
          throw new Error(`${file}: field "about": the home page lists the module with this line; give it in the front matter`);
        }
        return { title: module.title, path: module.permalink!, about };
      });
      actions.setGlobalData({ modules: home });
    },
  };
}
