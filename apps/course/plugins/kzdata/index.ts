/**
 * The kzdata plugin: reads @kzprotest/data at build time and adds the pages of routes.ts.
 * Each route gets only its own records as its props module, so no page bundles the whole dataset.
 */
import * as kz from '@kzprotest/data';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { normalizeUrl } from '@docusaurus/utils';
import { recordPages, type RecordPage } from './routes';

export default function kzdataPlugin(context: LoadContext): Plugin<unknown> {
  return {
    name: 'kzdata',
    async loadContent() {
      return recordPages();
    },
    async contentLoaded({ content, actions }) {
      for (const page of content as RecordPage[]) {
        // routes carry the base path (BASE_URL); the pages' links get it from <Link>
        actions.addRoute({ path: normalizeUrl([context.baseUrl, page.path]), component: page.component, exact: true, props: { data: page.data } });
      }
      actions.setGlobalData({ version: kz.meta.version, counts: kz.meta.counts });
    },
  };
}
