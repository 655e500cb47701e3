/**
 * The course site against a blank Docusaurus site with as many pages, built in the same run
 * with the same Docusaurus, bundler and settings: build time, gzip JS a page loads, and
 * Lighthouse 12.8.2 (mobile and desktop) behind a compressing static server on 127.0.0.1.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { median, run } from './util.mjs';
import { firstSearchMs } from './searchFirst.mjs';
import { buildScaledCourse, largestPageData } from './siteScale.mjs';

const LIGHTHOUSE = 'lighthouse@12.8.2';
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';


function htmlPages(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...htmlPages(path));
    else if (name.endsWith('.html')) out.push(path);
  }
  return out;
}

/**
 * A blank site: the classic preset's docs, `pages` Markdown pages of plain prose, nothing else;
 * with `search`, the course's search plugin too (the baseline of the first search's cost).
 */
function writeBlankSite(dir, pages, courseDir, { search = false } = {}) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'docs'), { recursive: true });
  // the same browser targets as the course, so both builds emit the same kind of CSS and JS
  const { browserslist } = JSON.parse(readFileSync(join(courseDir, 'package.json'), 'utf8'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'blank-site', private: true, browserslist }, null, 2));
  writeFileSync(
    join(dir, 'docusaurus.config.mjs'),
    `export default {
  title: 'Blank',
  url: 'http://localhost:3000',
  baseUrl: '/',
  trailingSlash: false,
  future: { v4: true, faster: true },
  presets: [['classic', { docs: { routeBasePath: '/', sidebarPath: undefined }, blog: false }]],${
      search ? `\n  themes: [['@easyops-cn/docusaurus-search-local', { hashed: true, indexDocs: true, indexPages: true, indexBlog: false, docsRouteBasePath: '/', language: ['en'] }]],` : ''
    }
};
`,
  );
  const prose = 'A paragraph of plain prose in a blank documentation page, there to give the page some text to lay out. '.repeat(6);
  for (let i = 0; i < pages; i++) {
    writeFileSync(
      join(dir, 'docs', `page-${i}.md`),
      `---\n${i === 0 ? 'slug: /\n' : ''}sidebar_position: ${i + 1}\n---\n\n# Page ${i}\n\n${prose}\n\n## A section\n\n${prose}\n`,
    );
  }
}

/** A cold production build of a site, in seconds. */
function timedBuild(docusaurus, siteDir, outDir) {
  // BENCH_SITE_REUSE=1 keeps earlier builds (for work on the bench itself; no build time then)
  if (process.env.BENCH_SITE_REUSE && existsSync(join(outDir, 'index.html'))) return Number.NaN;
  rmSync(outDir, { recursive: true, force: true });
  const t = performance.now();
  // no persistent bundler cache, so both builds start cold whatever ran before; run from the
  // site's folder, as `npm run build -w course` does, or browserslist reads the root's
  // (absent) config, targets old browsers and the CSS layer polyfill changes the site's colours
  run(process.execPath, [docusaurus, 'build', siteDir, '--out-dir', outDir], { cwd: siteDir, env: { ...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: '1' } });
  return (performance.now() - t) / 1000;
}

async function startServer(root, dir) {
  const child = spawn(process.execPath, [join(root, 'apps', 'course', 'scripts', 'static-server.mjs'), dir, '0', '/', '--gzip'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`static server exited ${code}`)));
    child.stdout.on('data', (chunk) => {
      const m = /listening (\d+)/.exec(String(chunk));
      if (m) resolve(Number(m[1]));
    });
  });
  return { port, stop: () => child.kill('SIGTERM') }; // stopped by its own PID
}

function lighthouse(url, tmpDir, desktop) {
  const profile = mkdtempSync(join(tmpDir, 'chrome-'));
  const out = join(profile, 'report.json');
  const flags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`];
  try {
    run('npx', ['--yes', LIGHTHOUSE, url, '--quiet', '--output=json', `--output-path=${out}`, '--only-categories=performance,accessibility', `--chrome-flags=${flags.join(' ')}`, ...(desktop ? ['--preset=desktop'] : [])], {
      env: { ...process.env, CHROME_PATH: CHROME },
    });
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const scripts = report.audits['network-requests'].details.items.filter((r) => r.resourceType === 'Script');
    return {
      performance: Math.round(report.categories.performance.score * 100),
      accessibility: Math.round(report.categories.accessibility.score * 100),
      jsTransferKb: scripts.reduce((s, r) => s + r.transferSize, 0) / 1024,
      jsFiles: scripts.length,
      failedA11y: Object.values(report.audits)
        .filter((a) => a.score === 0 && report.categories.accessibility.auditRefs.some((r) => r.id === a.id))
        .map((a) => `${a.id} (${(a.details?.items ?? []).slice(0, 3).map((i) => i.node?.snippet ?? i.node?.selector ?? '').join(' ; ')})`),
      lcpMs: report.audits['largest-contentful-paint'].numericValue,
      tbtMs: report.audits['total-blocking-time'].numericValue,
    };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The lesson page to measure: the heaviest lesson (course/<part>/<lesson>, not a part's index or a teacher guide). */
function lessonPath(buildDir) {
  const pages = htmlPages(join(buildDir, 'course'))
    .map((p) => relative(buildDir, p).replace(/\\/g, '/'))
    .filter((p) => /^course\/[^/]+\/[^/]+\.html$/.test(p) && !/\/index\.html$/.test(p));
  if (!pages.length) throw new Error(`no lesson page (course/<part>/<lesson>.html) in ${buildDir}`);
  const sized = pages.map((p) => [p, statSync(join(buildDir, p)).size]).sort((a, b) => b[1] - a[1]);
  return `/${sized[0][0].replace(/\.html$/, '')}`;
}

/**
 * @param {{ root: string, courseDir: string, tmpDir: string, log: (m: string) => void, quick?: boolean }} options
 */
export async function siteBench({ root, courseDir, tmpDir, log, quick }) {
  if (!existsSync(CHROME)) throw new Error(`no Chromium at ${CHROME}: apt-get install -y chromium (or set CHROME_PATH)`);
  const docusaurus = join(root, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs');
  const courseOut = join(tmpDir, 'course-build');
  const blankDir = join(tmpDir, 'blank-site');
  const blankOut = join(tmpDir, 'blank-build');

  // each site is built cold twice, in turn (course, blank, course, blank), and the faster build
  // of each counts: one build of either varied by a second or two from run to run, which moved
  // the ratio across its target
  const rounds = quick ? 1 : 2;
  const courseRuns = [];
  const blankRuns = [];
  let pages = 0;
  for (let round = 1; round <= rounds; round++) {
    log(`site: building the course (cold, ${round} of ${rounds})`);
    courseRuns.push(timedBuild(docusaurus, courseDir, courseOut));
    if (round === 1) {
      pages = htmlPages(courseOut).filter((p) => !p.endsWith('404.html')).length;
      writeBlankSite(blankDir, pages, courseDir);
    }
    log(`site: building a blank site of ${pages} pages (cold, ${round} of ${rounds})`);
    blankRuns.push(timedBuild(docusaurus, blankDir, blankOut));
  }
  const courseSeconds = Math.min(...courseRuns);
  const blankSeconds = Math.min(...blankRuns);
  log(`site: course builds ${courseRuns.map((s) => s.toFixed(1)).join(', ')} s; blank ${blankRuns.map((s) => s.toFixed(1)).join(', ')} s`);

  // the course at ten times the corpus, against the cost per page of today's (issue 22)
  const htmlCount = (dir) => htmlPages(dir).filter((p) => !p.endsWith('404.html')).length;
  const scaled = quick
    ? undefined
    : buildScaledCourse({
        root,
        tmpDir,
        factor: 10,
        log,
        timedBuild: (siteDir, outDir) => timedBuild(docusaurus, siteDir, outDir),
        countEvents: (dataDir) => readdirSync(join(dataDir, 'data', 'events')).filter((f) => f.endsWith('.yaml')).length,
      });
  const scaledPages = scaled ? htmlCount(scaled.outDir) : 0;
  const todayData = largestPageData(courseDir);
  const scaledData = scaled ? largestPageData(scaled.courseDir) : undefined;
  if (scaledData) log(`site at x10: ${scaled.events} events, ${scaledPages} pages in ${scaled.seconds.toFixed(1)} s; largest page data ${(scaledData.bytes / 1024).toFixed(0)} kB (${scaledData.file})`);

  // the blank site with the course's search plugin: what a first search costs with no course in it
  const blankSearchDir = join(tmpDir, 'blank-search-site');
  const blankSearchOut = join(tmpDir, 'blank-search-build');
  log('site: building the blank site with the search plugin (for the first search)');
  writeBlankSite(blankSearchDir, pages, courseDir, { search: true });
  timedBuild(docusaurus, blankSearchDir, blankSearchOut);

  const course = await startServer(root, courseOut);
  const blank = await startServer(root, blankOut);
  const blankSearch = await startServer(root, blankSearchOut);
  try {
    const lesson = lessonPath(courseOut);
    const courseUrl = `http://127.0.0.1:${course.port}${lesson}`;
    const blankUrl = `http://127.0.0.1:${blank.port}/page-1`;
    const runs = quick ? 1 : 3;
    log(`site: Lighthouse on ${lesson} (${runs} mobile, 1 desktop) and on a blank page`);
    const mobile = Array.from({ length: runs }, () => lighthouse(courseUrl, tmpDir, false));
    const desktop = lighthouse(courseUrl, tmpDir, true);
    const blankMobile = lighthouse(blankUrl, tmpDir, false);
    log('site: the first search at a 4x-slowed CPU, course lesson and blank page');
    const searchRuns = quick ? 1 : 3;
    const searchCourseMs = await firstSearchMs(courseUrl, 'Zhanaozen', { runs: searchRuns });
    const searchBlankMs = await firstSearchMs(`http://127.0.0.1:${blankSearch.port}/page-1`, 'paragraph', { runs: searchRuns });
    const failed = [...new Set(mobile.flatMap((m) => m.failedA11y))];
    if (failed.length) log(`site: accessibility audits failed on ${lesson}: ${failed.join(', ')}`);
    // what the first search downloads: the whole index, as served and as gzip would send it
    const searchIndex = readFileSync(join(courseOut, 'search-index.json'));
    return {
      search_index_kb: { value: searchIndex.length / 1024, unit: 'kB' },
      search_index_gzip_kb: { value: gzipSync(searchIndex).length / 1024, unit: 'kB gzip' },
      course_build_s: { value: courseSeconds, unit: 's' },
      blank_build_s: { value: blankSeconds, unit: 's' },
      site_pages: { value: pages, unit: 'pages' },
      site_build_ratio: { value: courseSeconds / blankSeconds, unit: 'x' },
      page_js_kb: { value: mobile[0].jsTransferKb, unit: 'kB gzip' },
      blank_page_js_kb: { value: blankMobile.jsTransferKb, unit: 'kB gzip' },
      page_js_ratio: { value: mobile[0].jsTransferKb / blankMobile.jsTransferKb, unit: 'x' },
      lighthouse_perf_mobile: { value: median(mobile.map((m) => m.performance)), unit: 'score' },
      lighthouse_perf_desktop: { value: desktop.performance, unit: 'score' },
      lighthouse_a11y: { value: Math.min(...mobile.map((m) => m.accessibility), desktop.accessibility), unit: 'score' },
      lighthouse_lcp_mobile_ms: { value: median(mobile.map((m) => m.lcpMs)), unit: 'ms' },
      lighthouse_tbt_mobile_ms: { value: median(mobile.map((m) => m.tbtMs)), unit: 'ms' },
      blank_lighthouse_perf_mobile: { value: blankMobile.performance, unit: 'score' },
      blank_lighthouse_tbt_mobile_ms: { value: blankMobile.tbtMs, unit: 'ms' },
      search_first_ms_mobile: { value: searchCourseMs, unit: 'ms' },
      blank_search_first_ms_mobile: { value: searchBlankMs, unit: 'ms' },
      search_first_ratio: { value: searchCourseMs / searchBlankMs, unit: 'x' },
      ...(todayData ? { page_data_max_kb: { value: todayData.bytes / 1024, unit: `kB (${todayData.file.split('/').pop()})` } } : {}),
      ...(scaled
        ? {
            site_x10_events: { value: scaled.events, unit: 'events' },
            site_x10_pages: { value: scaledPages, unit: 'pages' },
            site_x10_build_s: { value: scaled.seconds, unit: 's' },
            site_scale_ratio: { value: scaled.seconds / scaledPages / (courseSeconds / pages), unit: 'x' },
            page_data_max_x10_kb: { value: scaledData.bytes / 1024, unit: `kB (${scaledData.file.split('/').pop()})` },
          }
        : {}),
    };
  } finally {
    course.stop();
    blank.stop();
    blankSearch.stop();
  }
}
