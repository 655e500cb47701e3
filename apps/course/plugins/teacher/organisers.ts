/**
 * The sourcing organisers: one page per source at /organisers/<source id>, for students, with
 * the lessons that assign the reading (read from the loaded docs, whose front matter the kzdata
 * hook has validated). A plugin of its own, beside the teacher plugin, as the organisers are no
 * teacher page: they hold no answers.
 */
import type { LoadContext, Plugin } from '@docusaurus/types';
import { aliasedSitePath, normalizeUrl } from '@docusaurus/utils';
import * as kz from '@kzprotest/data';
import type { LoadedDoc } from './catalogue';
import { isLesson } from '../../src/course';
import { organiserData, organiserPath } from './plan';

interface DocsContent {
  loadedVersions: { docs: LoadedDoc[] }[];
}

export default function organisersPlugin(context: LoadContext): Plugin<unknown> {
  return {
    name: 'sourcing-organisers',
    async allContentLoaded({ allContent, actions }) {
      const docsPlugin = allContent['docusaurus-plugin-content-docs'] as Record<string, DocsContent> | undefined;
      const lessons = (docsPlugin?.default?.loadedVersions[0]?.docs ?? []).filter((d) => isLesson(d.frontMatter)).map((d) => ({
        title: d.title,
        href: d.permalink,
        readings: Array.isArray(d.frontMatter.readings) ? (d.frontMatter.readings as string[]) : [],
      }));
      for (const source of kz.sources) {
        const data = await actions.createData(`organiser-${source.id}.json`, JSON.stringify(organiserData(source.id, lessons)));
        actions.addRoute({
          path: normalizeUrl([context.baseUrl, organiserPath(source.id)]),
          component: '@site/src/components/plans/OrganiserPage',
          exact: true,
          modules: { data: aliasedSitePath(data, context.siteDir) },
        });
      }
    },
  };
}
