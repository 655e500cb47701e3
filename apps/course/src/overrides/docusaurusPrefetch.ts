/**
 * Stands in for @docusaurus/core's client/docusaurus.js (see docusaurus.config.ts,
 * quietPrefetch): the same `prefetch` and `preload`, with two changes that matter on a lesson,
 * which links to dozens of source, event, actor and place pages.
 *
 * - Docusaurus looks up a route's chunks by scanning every route of the site, once per link
 *   that scrolls into view, and adds a `<link rel="prefetch">` for every chunk of every such
 *   route at once, while the page is still hydrating. The same shared chunk (the record page
 *   component) was asked for once per linked record.
 * - Here the routes and chunks of a path are looked up in tables built once, each file is asked for
 *   once, and the `<link>` elements are added in idle time, a few at a time, so prefetching
 *   never competes with the page a student has just opened.
 *
 * The connection check (no prefetching on 2G or with Save-Data) is Docusaurus's own.
 */
import { matchRoutes } from 'react-router-config';
import routes from '@generated/routes';
import routesChunkNames from '@generated/routesChunkNames';
import prefetchFile from '@docusaurus/core/lib/client/prefetch.js';
import preloadRoute from '@docusaurus/core/lib/client/preload.js';
import flat from '@docusaurus/core/lib/client/flat.js';

// injected by Docusaurus's ChunkAssetPlugin: a chunk name to the URL of its file
declare const __webpack_require__: { gca(chunkName: string): string | undefined };

// the Network Information API, where the browser has it
type WithConnection = Navigator & { connection?: { effectiveType?: string; saveData?: boolean } };
const isSlowConnection = () => {
  const connection = (navigator as WithConnection).connection;
  return Boolean(connection?.effectiveType?.includes('2g') || connection?.saveData);
};

const prefetchedRoutes = new Set<string>();
const preloadedRoutes = new Set<string>();
const requestedFiles = new Map<string, Promise<void>>();

let chunksByRoutePath: Map<string, string[]> | undefined;

/** The webpack chunk names a route path needs, from a table built on first use. */
function chunkNamesOf(routePath: string): string[] {
  if (!chunksByRoutePath) {
    chunksByRoutePath = new Map();
    for (const [nameWithHash, chunks] of Object.entries(routesChunkNames)) {
      // "/events/zhanaozen-shooting-2011-a1b" is the route "/events/zhanaozen-shooting-2011"
      const path = nameWithHash.replace(/-[^-]+$/, '');
      const names = Object.values(flat(chunks));
      const known = chunksByRoutePath.get(path);
      if (known) known.push(...names);
      else chunksByRoutePath.set(path, names);
    }
  }
  return chunksByRoutePath.get(routePath) ?? [];
}

type Route = { path?: string; routes?: Route[] };
let routeChains: Map<string, string[]> | undefined;

/**
 * The paths of the routes a page path renders, outermost first (a docs page renders inside the
 * docs layout's route). Looked up for a route's own path in a table built once; other paths
 * (none on this site) go through react-router's matching, as in Docusaurus.
 */
function matchedRoutePaths(pagePath: string): string[] {
  if (!routeChains) {
    routeChains = new Map();
    const walk = (list: readonly Route[], outer: readonly string[]) => {
      for (const route of list) {
        if (route.path === undefined) continue;
        const chain = [...outer, route.path];
        // the first route with a path wins, as in react-router's Switch
        if (!routeChains!.has(route.path)) routeChains!.set(route.path, chain);
        if (route.routes) walk(route.routes, chain);
      }
    };
    walk(routes as readonly Route[], []);
  }
  return routeChains.get(pagePath) ?? matchRoutes(routes, pagePath).map((match) => match.route.path!);
}

const waiting: (() => void)[] = [];
let drainScheduled = false;

const whenIdle = (work: (deadline?: IdleDeadline) => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(work, { timeout: 3000 }) : setTimeout(() => work(), 200);

function drain(deadline?: IdleDeadline) {
  drainScheduled = false;
  // a few files per idle period: adding a <link> costs a style recalculation each
  let started = 0;
  while (waiting.length && (deadline ? deadline.timeRemaining() > 4 || started === 0 : started < 8)) {
    waiting.shift()!();
    started++;
  }
  if (waiting.length) scheduleDrain();
}

function scheduleDrain() {
  if (drainScheduled) return;
  drainScheduled = true;
  whenIdle(drain);
}

/** Prefetch one file once, in idle time. */
function prefetchInIdleTime(url: string): Promise<void> {
  let request = requestedFiles.get(url);
  if (!request) {
    request = new Promise<void>((resolve) => waiting.push(() => void prefetchFile(url).then(resolve)));
    requestedFiles.set(url, request);
    scheduleDrain();
  }
  return request;
}

/** Fetch, in idle time, the files a route will need, so following a link to it is instant. */
function prefetch(routePath: string): false | Promise<void[]> {
  if (isSlowConnection() || preloadedRoutes.has(routePath) || prefetchedRoutes.has(routePath)) return false;
  prefetchedRoutes.add(routePath);
  const urls = matchedRoutePaths(routePath)
    .flatMap(chunkNamesOf)
    .map((chunkName) => __webpack_require__.gca(chunkName))
    // webpack may have merged a chunk into another, whose name then has no file of its own
    .filter((url): url is string => Boolean(url) && !url!.includes('undefined'));
  return Promise.all([...new Set(urls)].map(prefetchInIdleTime));
}

/** Load a route's components now: the page being opened, or a link's target as a pointer or finger comes onto it. */
function preload(routePath: string): false | Promise<void[]> {
  if (isSlowConnection() || preloadedRoutes.has(routePath)) return false;
  preloadedRoutes.add(routePath);
  return preloadRoute(routePath) as Promise<void[]>;
}

export default Object.freeze({ prefetch, preload });
