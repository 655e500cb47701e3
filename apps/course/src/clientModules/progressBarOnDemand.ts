/**
 * Stands in for the classic theme's nprogress client module (docusaurus.config.ts,
 * progressBarOnDemand): the same bar, shown when a page change takes longer than 200 ms and
 * finished when the new page is in, with the nprogress library fetched when the reader first
 * moves to another page instead of in every page's main.js. The fetch starts with that first
 * page change, so it runs alongside the new page's own chunks and before the 200 ms are up.
 */
import type { ClientModule } from '@docusaurus/types';
import '@docusaurus/theme-classic/lib/nprogress.css';
import { loadedOnce } from '../overrides/loadedOnce';

type NProgress = (typeof import('nprogress'))['default'];

const delay = 200;
// the bar once its library is in: only a bar that is in can have started, so only it is finished
let loaded: NProgress | undefined;
const loadProgressBar = loadedOnce(() =>
  import('nprogress').then((m) => {
    loaded = m.default;
    loaded.configure({ showSpinner: false });
    return loaded;
  }),
);

const clientModule: ClientModule = {
  onRouteUpdate({ location, previousLocation }) {
    if (previousLocation && location.pathname !== previousLocation.pathname) {
      // without its library (a failed fetch, tried again at the next page change) the page still changes, with no bar
      const bar = loadProgressBar().catch(() => undefined);
      let pageIsIn = false;
      const progressBarTimeout = window.setTimeout(() => {
        void bar.then((nprogress) => {
          if (nprogress && !pageIsIn) nprogress.start();
        });
      }, delay);
      return () => {
        pageIsIn = true;
        window.clearTimeout(progressBarTimeout);
      };
    }
    return undefined;
  },
  onRouteDidUpdate() {
    // done() on a bar that never started does nothing, as on the first page
    loaded?.done();
  },
};

export default clientModule;
