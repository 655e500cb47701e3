import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readdirSync } from 'node:fs';
import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import kzdataPlugin from './plugins/kzdata/index';
import teacherPlugin from './plugins/teacher/index';
import activitiesPlugin from './plugins/activities/index';
import remarkKzdata from './plugins/kzdata/remark';
import remarkTeacher from './plugins/teacher/remark';
import remarkPlan from './plugins/teacher/remarkPlan';
import organisersPlugin from './plugins/teacher/organisers';
import { makeParseFrontMatter } from './plugins/kzdata/frontMatter';
import securityPlugin from './plugins/security/index';
import { siteAddress } from './siteAddress';

const siteDir = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

// The lessons' data is compiled into their pages; when the data package is rebuilt, Rspack's
// persistent cache must not serve pages compiled from the old data.
const dataDist = path.dirname(require.resolve('@kzprotest/data'));
// the package's modules and the records its Node build reads (dist/runtime/*.json)
const dataFiles = [
  ...readdirSync(dataDist).filter((f) => /\.(c?js)$/.test(f)).map((f) => path.join(dataDist, f)),
  ...readdirSync(path.join(dataDist, 'runtime')).map((f) => path.join(dataDist, 'runtime', f)),
];

type Resource = { context: string; request: string };
type Bundler = { currentBundler: { instance: any } };

/**
 * A plugin that swaps a module for one of the course's (Rspack's NormalModuleReplacementPlugin);
 * `browserOnly` leaves the server's bundle as it is. `to` is a file, or a function that rewrites
 * the request (see `fromFolder`).
 */
function swapModule(name: string, request: RegExp, to: string | ((resource: Resource) => void), { browserOnly = false } = {}) {
  return () => ({
    name,
    configureWebpack: (_config: unknown, isServer: boolean, { currentBundler }: Bundler) =>
      browserOnly && isServer ? {} : { plugins: [new currentBundler.instance.NormalModuleReplacementPlugin(request, to)] },
  });
}

/** Swaps a request only where a module of `folder` makes it (one package's own import of it) for `file`. */
const fromFolder = (folder: RegExp, file: string) => (resource: Resource) => {
  if (folder.test(resource.context)) resource.request = file;
};

/** A plugin that runs one of plugins/startup's loaders on the files its `test` names; `browserOnly` as in swapModule. */
function startupLoader(name: string, file: string, { browserOnly = false } = {}) {
  const loader = require.resolve(`./plugins/startup/${file}`);
  const { test } = require(loader) as { test: RegExp };
  return () => ({
    name,
    configureWebpack: (_config: unknown, isServer: boolean) => (browserOnly && isServer ? {} : { module: { rules: [{ test, use: [{ loader }] }] } }),
  });
}

// SITE_URL and BASE_URL (README "Deploying"): every absolute link of the site comes from these two
const { url, baseUrl } = siteAddress();

const remarkPlugins = [[remarkKzdata, { siteDir }], remarkTeacher, [remarkPlan, { siteDir }]];

const config = {
  title: 'Protest, labour and the state in Kazakhstan',
  tagline: 'A course built on quoted sources, from the 2011 Zhanaozen strike to January 2022',
  favicon: 'img/favicon.svg',
  url,
  baseUrl,
  trailingSlash: false,
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  // no git history: the course shows no last-update dates (it records none), and every build would
  // otherwise read the history of the whole repository for them
  future: { v4: true, faster: true, experimental_vcs: false },
  i18n: { defaultLocale: 'en', locales: ['en'] },
  markdown: {
    format: 'detect',
    parseFrontMatter: makeParseFrontMatter(siteDir),
    hooks: { onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw' },
  },
  presets: [
    [
      'classic',
      {
        docs: {
          path: 'docs',
          routeBasePath: 'course',
          sidebarPath: './sidebars.ts',
          remarkPlugins,
          showLastUpdateTime: false,
        },
        blog: false,
        pages: { remarkPlugins },
        theme: { customCss: './src/css/custom.css' },
      } satisfies Preset.Options,
    ],
  ],
  plugins: [
    [
      // the teacher guides hold the self-checks' answers: a docs instance of their own under /teach, with
      // its own sidebar, so that no student sidebar and no student Next link leads to them
      '@docusaurus/plugin-content-docs',
      {
        id: 'teach',
        path: 'teach',
        routeBasePath: 'teach/guides',
        sidebarPath: './sidebarsTeach.ts',
        remarkPlugins,
        showLastUpdateTime: false,
      },
    ],
    kzdataPlugin,
    teacherPlugin,
    organisersPlugin,
    activitiesPlugin,
    securityPlugin,
    // the site shows no code (src/theme/MDXComponents/Code.tsx), so no page needs the Prism
    // highlighter that the classic theme's client module puts in every main bundle with its
    // language list (BENCHMARKS.md has the size)
    swapModule('without-prism', /@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages/, path.join(siteDir, 'src', 'clientModules', 'noPrismLanguages.ts')),
    // a lesson links to dozens of record pages; src/overrides/docusaurusPrefetch.ts says how
    // its prefetching differs from Docusaurus's, whose work for those links ran in long tasks
    // as the lesson started (BENCHMARKS.md has the figures)
    swapModule('quiet-prefetch', /^\.\/docusaurus$/, fromFolder(/@docusaurus[\\/]core[\\/]lib[\\/]client$/, path.join(siteDir, 'src', 'overrides', 'docusaurusPrefetch.ts'))),
    // plugins/startup/codeUnitSort.cjs says why: no collator built on every page as it hydrates
    startupLoader('code-unit-sort', 'codeUnitSort.cjs'),
    // src/clientModules/progressBarOnDemand.ts says why: the page-change bar's library is fetched at the first page change
    swapModule('progress-bar-on-demand', /@docusaurus[\\/]theme-classic[\\/]lib[\\/]nprogress$/, path.join(siteDir, 'src', 'clientModules', 'progressBarOnDemand.ts')),
    // plugins/startup/registryWithoutServerPaths.cjs says why: the browser never reads the registry's module paths
    startupLoader('registry-without-server-paths', 'registryWithoutServerPaths.cjs', { browserOnly: true }),
    // plugins/startup/docMetadataWithoutCourseData.cjs says why: a lesson's course data was in its chunk twice
    startupLoader('doc-metadata-without-course-data', 'docMetadataWithoutCourseData.cjs'),
    // src/overrides/utilsCommonTslib.cjs says why: one tslib helper, not all of them, in main.js
    swapModule('tslib-helper', /^tslib$/, fromFolder(/@docusaurus[\\/]utils-common[\\/]lib$/, path.join(siteDir, 'src', 'overrides', 'utilsCommonTslib.cjs')), { browserOnly: true }),
    // src/overrides/searchByWorkerOnDemand.ts says why: the index worker's module is fetched when the search box is first focused
    swapModule(
      'search-worker-on-demand',
      /^\.\.\/searchByWorker$/,
      fromFolder(/@easyops-cn[\\/]docusaurus-search-local[\\/]dist[\\/]client[\\/]client[\\/]theme[\\/]SearchBar$/, path.join(siteDir, 'src', 'overrides', 'searchByWorkerOnDemand.ts')),
      { browserOnly: true },
    ),
    function compileMainEagerly() {
      // V8's explicit compile hint (Chromium 136 and later; other engines read a comment): every
      // function of main.js is compiled as the file streams in, on a background thread, rather
      // than one by one on the main thread the first time each is called while the page starts.
      // Nearly all of main.js (React, the router, the theme's layout) runs on every page load.
      // Added after minification, which would drop the comment; the file must begin with it.
      return {
        name: 'compile-main-eagerly',
        configureWebpack: (_config: unknown, isServer: boolean, { currentBundler }: Bundler) =>
          isServer
            ? {}
            : {
                plugins: [
                  new currentBundler.instance.BannerPlugin({
                    banner: '//# allFunctionsCalledOnLoad',
                    raw: true,
                    include: /^assets\/js\/main\.[0-9a-f]+\.js$/,
                    stage: currentBundler.instance.Compilation.PROCESS_ASSETS_STAGE_DEV_TOOLING,
                  }),
                ],
              },
      };
    },
    function mdxFileDependencies() {
      // guides and plans are compiled from the lessons beside them (plugins/teacher/fileDependencies.cjs)
      return {
        name: 'mdx-file-dependencies',
        configureWebpack: () => ({
          module: {
            rules: [
              {
                test: /\.mdx?$/,
                include: [path.join(siteDir, 'docs'), path.join(siteDir, 'teach')],
                enforce: 'pre' as const,
                use: [{ loader: path.join(siteDir, 'plugins', 'teacher', 'fileDependencies.cjs'), options: { siteDir } }],
              },
            ],
          },
        }),
      };
    },
    function kzdataCache() {
      return {
        name: 'kzdata-cache',
        configureWebpack: () => ({ experiments: { cache: { buildDependencies: dataFiles } } }) as never,
      };
    },
  ],
  themes: [
    [
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        indexDocs: true,
        indexPages: true,
        indexBlog: false,
        docsRouteBasePath: 'course',
        language: ['en'],
        highlightSearchTermsOnTargetPage: false,
        explicitSearchResultPath: true,
        searchBarShortcutHint: false,
        // the teacher pages repeat the lessons (a module handout holds all of them), so a search
        // would find each passage twice; teachers reach them from /teach
        // the sourcing organisers repeat their source's record (indexed on its page) and the
        // course's questions, the same on each; an activity repeats quotations of the source
        // pages: search finds its module's list
        ignoreFiles: [/^teach(\/|$)/, 'assign', /^organisers(\/|$)/, /^activities(\/|$)/],
        // a record page's evidence (src/components/pages/common.tsx): indexed by title and summary only
        ignoreCssSelectors: ['[data-search="skip"]'],
      },
    ],
  ],
  themeConfig: {
    colorMode: { respectPrefersColorScheme: true },
    navbar: {
      title: 'kzprotest course',
      items: [
        { type: 'docSidebar', sidebarId: 'course', position: 'left', label: 'Modules' },
        { to: '/events', label: 'Timeline', position: 'left' },
        { to: '/sources', label: 'Sources', position: 'left' },
        { to: '/actors', label: 'People and organisations', position: 'left' },
        { to: '/places', label: 'Places', position: 'left' },
        { to: '/themes', label: 'Themes', position: 'left' },
        { to: '/how-we-know', label: 'How we know', position: 'left' },
        { to: '/teach', label: 'For teachers', position: 'right' },
      ],
    },
    footer: {
      style: 'light',
      copyright:
        'Course text and code under the MIT licence; data from @kzprotest/data under CC BY 4.0. Quotations remain their publishers’ and are credited on each source page.',
    },
  } satisfies Preset.ThemeConfig,
} satisfies Config;

export default config;
