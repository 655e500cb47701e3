/**
 * Stands in for the classic theme's nprogress client module (docusaurus.config.ts,
 * progressBarOnDemand): the same bar, shown when a page change takes longer than 200 ms and
 * finished when the new page is in, with the nprogress library fetched when the reader first
 * moves to another page instead of in every page's main.js. The fetch starts with that first
 * page change, so it runs alongside the new page's own chunks and before the 200 ms are up.
 */
import type { ClientModule } from '@docusaurus/types';
import '@docusaurus/theme-classic/lib/nprogress.css';

type NProgress = (typeof import('nprogress'))['default'];

const delay = 200;
let progressBar: Promise<NProgress> | undefined;
const loadProgressBar = () =>
  (progressBar ??= import('nprogress').then((m) => {
    const nprogress = m.default;
    nprogress.configure({ showSpinner: false });
    return nprogress;
  }));

const clientModule: ClientModule = {
  onRouteUpdate({ location, previousLocation }) {
    if (previousLocation && location.pathname !== previousLocation.pathname) {
      const bar = loadProgressBar();
      let pageIsIn = false;
      const progressBarTimeout = window.setTimeout(() => {
        void bar.then((nprogress) => {
          if (!pageIsIn) nprogress.start();
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
    void progressBar?.then((nprogress) => nprogress.done());
  },
};

export default clientModule;
