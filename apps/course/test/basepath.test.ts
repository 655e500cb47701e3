/**
 * The course as a teacher deploys it under a sub-path: built with SITE_URL=https://example.org
 * BASE_URL=/kzprotest/ (into a directory of its own, so the default build the other tests use is
 * left alone), it names no localhost anywhere, and served under /kzprotest/ every internal link,
 * asset, search result, share link and download opens.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'parse5';
import type { Page } from 'playwright-core';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attr, elementsOf } from '../plugins/security/index';
import { siteDir, startSite, type Site } from './browser';

const SITE_URL = 'https://example.org';
const BASE_URL = '/kzprotest/';
const LESSON = 'course/oil-labour-2011-strike/strike-and-shooting';

let outDir: string;
let site: Site;

beforeAll(async () => {
  outDir = mkdtempSync(path.join(tmpdir(), 'kz-basepath-'));
  const started = Date.now();
  const cli = require.resolve('@docusaurus/core/bin/docusaurus.mjs', { paths: [siteDir] });
  const build = spawn(process.execPath, [cli, 'build', '--out-dir', outDir], {
    cwd: siteDir,
    // its own generated files (.docusaurus stays the default build's and the dev server's), and
    // no persistent bundler cache: Rspack's cache would remember "@generated/…" as resolved into
    // .docusaurus-basepath, and the next default build would link every page under /kzprotest/
    env: { ...process.env, SITE_URL, BASE_URL, DOCUSAURUS_GENERATED_FILES_DIR_NAME: '.docusaurus-basepath', DOCUSAURUS_NO_PERSISTENT_CACHE: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  build.stdout!.on('data', (c: Buffer) => (log += c));
  build.stderr!.on('data', (c: Buffer) => (log += c));
  const code = await new Promise<number | null>((resolve, reject) => {
    build.once('error', reject);
    build.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`docusaurus build for ${SITE_URL}${BASE_URL} failed (exit ${code}):\n${log}`);
  console.log(`base-path build (SITE_URL=${SITE_URL} BASE_URL=${BASE_URL}): ${((Date.now() - started) / 1000).toFixed(1)} s`);
  site = await startSite(outDir, BASE_URL);
}, 600_000);

afterAll(async () => {
  await site?.stop();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

const filesOf = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));

describe('a build for https://example.org/kzprotest/', () => {
  it('names no localhost in any file: HTML, sitemap, robots.txt, search index, scripts', () => {
    const files = filesOf(outDir);
    expect(files.length).toBeGreaterThan(200);
    const withLocalhost = files.filter((f) => readFileSync(f, 'latin1').includes('localhost')).map((f) => path.relative(outDir, f));
    expect(withLocalhost).toEqual([]);
  });

  it('gives the page its address in canonical, og:url and citation meta, and robots.txt the sitemap', () => {
    const html = readFileSync(path.join(outDir, `${LESSON}.html`), 'utf8');
    const url = `${SITE_URL}${BASE_URL}${LESSON}`;
    expect(html).toContain(`rel=canonical href=${url} `);
    expect(html).toContain(`property=og:url content=${url} `);
    expect(html).toContain(`name=citation_public_url content=${url} `);
    expect(readFileSync(path.join(outDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE_URL}${BASE_URL}sitemap.xml\n`);
    expect(readFileSync(path.join(outDir, 'sitemap.xml'), 'utf8')).toContain(`<loc>${url}</loc>`);
  });
});

const elementsOfHtml = (html: string) => elementsOf(parse(html));
const textOf = (el: ReturnType<typeof elementsOf>[number]): string =>
  el.childNodes.map((c) => ('value' in c ? c.value : 'tagName' in c ? textOf(c) : '')).join('');

describe('the IHEID reading', () => {
  // confirmed 2026-12-01 (the source record's note says how)
  const IHEID = 'iheid-2022-lessons-from-january-protests';
  const URL_CONFIRMED = 'https://executiveeducation.blog/themes/conflict/lessons-from-the-january-2022-protests-in-kazakhstan/';
  const page = (p: string) => elementsOfHtml(readFileSync(path.join(outDir, `${p}.html`), 'utf8'));
  const linksTo = (els: ReturnType<typeof page>) => els.filter((el) => el.tagName === 'a' && attr(el, 'href') === URL_CONFIRMED);

  it('links its confirmed address from its source page and from the reading card of the lesson that assigns it', () => {
    expect(linksTo(page(`sources/${IHEID}`)).length).toBeGreaterThan(0);
    const card = page('course/january-2022/two-accounts').filter((el) => el.tagName === 'article' && attr(el, 'aria-labelledby') === `source-card-${IHEID}`);
    expect(card.length).toBe(1);
    expect(linksTo(elementsOf(card[0]!)).length).toBe(1);
    expect(readFileSync(path.join(outDir, `sources/${IHEID}.html`), 'utf8')).not.toContain('no verified address');
  });

  it('gives its address in the APA and Chicago citations of the reading list', () => {
    const entries = page('teach/january-2022/readings').filter((el) => attr(el, 'data-csl-entry-id') === IHEID).map(textOf);
    expect(entries.length).toBeGreaterThanOrEqual(2);
    for (const entry of entries) expect(entry).toContain(URL_CONFIRMED);
  });
});

/** The URLs a page refers to: links, assets, its canonical and og:url, citation meta, a refresh. */
function referencesOf(html: string): string[] {
  const refs: string[] = [];
  for (const el of elementsOfHtml(html)) {
    for (const name of ['href', 'src']) {
      const value = attr(el, name);
      if (value !== undefined && !(el.tagName === 'a' && value === '')) refs.push(value);
    }
    const content = attr(el, 'content');
    if (el.tagName === 'meta' && content) {
      const key = attr(el, 'property') ?? attr(el, 'name') ?? attr(el, 'http-equiv') ?? '';
      if (/^(og:url|og:image|twitter:image|citation_public_url|citation_abstract_html_url)$/.test(key)) refs.push(content);
      if (key.toLowerCase() === 'refresh') refs.push(content.replace(/^\d+;\s*url=/i, ''));
    }
  }
  return refs;
}

describe('the site served under /kzprotest/', () => {
  /** A reference as a URL on the test server, or why it is broken; undefined when it leaves the site. */
  function local(ref: string, from: string): URL | string | undefined {
    const url = new URL(ref, from);
    if (url.protocol === 'data:' || url.protocol === 'mailto:') return undefined;
    // the configured address stands for the server the test runs
    if (url.origin === SITE_URL) return new URL(`${url.pathname}${url.search}${url.hash}`, site.url);
    if (url.origin !== site.url) return undefined;
    return url.pathname.startsWith(BASE_URL) || `${url.pathname}/` === BASE_URL ? url : `${ref} (on ${from}) is outside ${BASE_URL}`;
  }

  it('follows every internal link and asset of every page, the sitemap and the search index: none broken', async () => {
    const bodies = new Map<string, { status: number; type: string; text: string }>();
    const fetchOnce = async (url: string) => {
      let got = bodies.get(url);
      if (!got) {
        const response = await fetch(url);
        const type = response.headers.get('content-type') ?? '';
        got = { status: response.status, type, text: /html|css|xml|text|json/.test(type) ? await response.text() : '' };
        bodies.set(url, got);
      }
      return got;
    };
    const broken: string[] = [];
    const idsOf = new Map<string, Set<string>>();
    const ids = (url: string, html: string) => {
      if (!idsOf.has(url)) idsOf.set(url, new Set(elementsOfHtml(html).flatMap((el) => [attr(el, 'id'), attr(el, 'name')]).filter((x): x is string => Boolean(x))));
      return idsOf.get(url)!;
    };
    let linksFollowed = 0;
    const external = new Set<string>();
    const queue: string[] = [site.home];
    const seenPages = new Set<string>(queue);
    const pending: { target: URL; from: string }[] = [];

    const check = async (ref: string, from: string) => {
      const target = local(ref, from);
      if (target === undefined) {
        external.add(ref);
        return;
      }
      if (typeof target === 'string') {
        broken.push(target);
        return;
      }
      linksFollowed += 1;
      const page = `${target.origin}${target.pathname}`;
      const got = await fetchOnce(page);
      if (got.status !== 200) {
        broken.push(`${ref} (on ${from}): HTTP ${got.status}`);
        return;
      }
      if (got.type.startsWith('text/html')) {
        if (!seenPages.has(page)) {
          seenPages.add(page);
          queue.push(page);
        }
        if (target.hash) pending.push({ target, from });
      } else if (got.type.startsWith('text/css')) {
        for (const [, u] of got.text.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) await check(u!, page);
      }
    };

    // every page reached is read for its own links, until none is left
    const crawl = async () => {
      while (queue.length) {
        const page = queue.shift()!;
        const got = await fetchOnce(page);
        for (const ref of referencesOf(got.text)) await check(ref, page);
      }
    };
    await crawl();
    // anchors, once every page is read
    const checkAnchors = (list: typeof pending) => {
      for (const { target, from } of list) {
        const page = `${target.origin}${target.pathname}`;
        if (!ids(page, bodies.get(page)!.text).has(decodeURIComponent(target.hash.slice(1)))) broken.push(`${target.pathname}${target.hash} (on ${from}): no element with that id`);
      }
    };
    checkAnchors(pending);
    const anchorsChecked = pending.length;

    // the sitemap and robots.txt name the configured address: every entry opens here
    const robots = await fetchOnce(`${site.home}robots.txt`);
    const sitemapRef = /^Sitemap: (\S+)$/m.exec(robots.text)?.[1];
    expect(sitemapRef).toBe(`${SITE_URL}${BASE_URL}sitemap.xml`);
    await check(sitemapRef!, `${site.home}robots.txt`);
    const sitemap = await fetchOnce(`${site.home}sitemap.xml`);
    const locs = [...sitemap.text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(200);
    for (const loc of locs) await check(loc, `${site.home}sitemap.xml`);

    // every search result the index can give: its page, and the heading it points to
    const index = JSON.parse((await fetchOnce(`${site.home}search-index.json`)).text) as { documents: { u: string; h?: string }[] }[];
    const results = [...new Set(index.flatMap((i) => i.documents.map((d) => `${d.u}${d.h ?? ''}`)))];
    expect(results.length).toBeGreaterThan(100);
    for (const r of results) await check(r, `${site.home}search-index.json`);
    // pages only the sitemap or the search reach are read too
    await crawl();
    checkAnchors(pending.slice(anchorsChecked));

    console.log(
      `base-path crawl: ${seenPages.size} pages, ${linksFollowed} internal links and assets followed (${bodies.size} distinct URLs), ` +
        `${locs.length} sitemap entries, ${results.length} search results, ${external.size} external links not followed, ${broken.length} broken`,
    );
    expect(broken).toEqual([]);
    expect(seenPages.size).toBeGreaterThan(200);
  }, 300_000);

  async function newPage(): Promise<{ page: Page; failures: string[] }> {
    const context = await site.browser.newContext({ acceptDownloads: true, viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    const failures: string[] = [];
    page.on('pageerror', (e) => failures.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => failures.push(`${r.url()}: ${r.failure()?.errorText}`));
    page.on('response', (r) => {
      if (r.status() >= 400) failures.push(`${r.url()}: HTTP ${r.status()}`);
    });
    return { page, failures };
  }

  it('loads the code of every route in the browser from under /kzprotest/', async () => {
    const { page, failures } = await newPage();
    await page.goto(site.home, { waitUntil: 'networkidle' });
    // the route table the client knows, each route's chunks loaded as a click on a link would
    const routes = await page.evaluate(async () => {
      const sitemap = await (await fetch('sitemap.xml')).text();
      const paths = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+([^<]+)<\/loc>/g)].map((m) => m[1]!);
      const docusaurus = (window as unknown as { docusaurus: { preload(path: string): Promise<unknown> } }).docusaurus;
      for (const p of paths) await docusaurus.preload(p);
      return paths.length;
    });
    expect(routes).toBeGreaterThan(200);
    expect(failures).toEqual([]);
  }, 300_000);

  it('finds a search result in the browser and opens it under /kzprotest/', async () => {
    const { page, failures } = await newPage();
    await page.goto(`${site.home}search?q=Zhanaozen`, { waitUntil: 'networkidle' });
    // the results come from the search worker, which fetches the index from under the base path
    const results = page.locator('article h2 a');
    await expect.poll(() => results.count(), { timeout: 30_000 }).toBeGreaterThan(5);
    const hrefs = await results.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.filter((h) => !h.startsWith(BASE_URL))).toEqual([]);
    for (const h of hrefs) await expectOpens(new URL(h, site.url).toString());
    await page.locator(`article h2 a[href^="${BASE_URL}course/"]`).first().click();
    await page.waitForURL((u) => u.pathname.startsWith(`${BASE_URL}course/`));
    // the client renders the page after the address changes: wait for its heading, not one look
    await expect.poll(() => page.locator('article h1').first().isVisible()).toBe(true);
    expect(failures).toEqual([]);
  });

  /** Clicks a button and returns the file it downloads. */
  async function downloaded(page: Page, name: string | RegExp): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).first().click()]);
    return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
  }

  /** The web links of a Common Cartridge. */
  const cartridgeLinks = (bytes: Buffer) =>
    Object.entries(unzipSync(new Uint8Array(bytes)))
      .filter(([name]) => name.endsWith('weblink.xml'))
      .map(([, data]) => /<url href="([^"]+)"/.exec(strFromU8(data))![1]!.replace(/&amp;/g, '&'));

  async function expectOpens(url: string) {
    const response = await fetch(url);
    expect(response.status, url).toBe(200);
  }

  it('gives a lesson a permalink, a Classroom share link and a cartridge that open under /kzprotest/', async () => {
    const { page, failures } = await newPage();
    await page.goto(`${site.home}${LESSON}`, { waitUntil: 'networkidle' });
    const permalink = `${site.home}${LESSON}`;
    await expect.poll(() => page.getByTestId('lesson-permalink').inputValue()).toBe(permalink);
    await expect(page.getByTestId('classroom-share').getAttribute('href')).resolves.toBe(`https://classroom.google.com/share?url=${encodeURIComponent(permalink)}`);
    await expectOpens(permalink);

    const cc = await downloaded(page, 'Common Cartridge (.imscc)');
    const links = cartridgeLinks(cc.bytes);
    const internal = links.filter((l) => l.startsWith(site.url));
    expect(internal.length).toBeGreaterThan(1);
    for (const l of internal) {
      expect(l.startsWith(site.home), l).toBe(true);
      await expectOpens(l);
    }
    for (const format of ['BibTeX', 'RIS', 'CSL-JSON']) expect((await downloaded(page, format)).bytes.length, format).toBeGreaterThan(100);
    expect(failures).toEqual([]);
  });

  it('builds an assignment whose share link, address and cartridge stay under /kzprotest/', async () => {
    const { page, failures } = await newPage();
    await page.goto(`${site.home}${LESSON}`, { waitUntil: 'networkidle' });
    await page.getByRole('link', { name: 'Build an assignment from it' }).click();
    await page.locator('main[data-ready="true"]').waitFor();
    // the address is the share link, on the page's origin and under the base path
    const shareUrl = await page.getByTestId('share-link').inputValue();
    expect(shareUrl.startsWith(`${site.home}assign?`), shareUrl).toBe(true);
    await expect.poll(() => page.url()).toBe(shareUrl);

    // a fresh tab opens the same assignment from the link
    const { page: again, failures: againFailures } = await newPage();
    const response = await again.goto(shareUrl, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    await again.locator('main[data-ready="true"]').waitFor();
    await expect(again.getByTestId('share-link').inputValue()).resolves.toBe(shareUrl);

    const cc = await downloaded(again, /Common Cartridge/);
    const links = cartridgeLinks(cc.bytes);
    expect(links).toContain(shareUrl);
    for (const l of links.filter((x) => x.startsWith(site.url))) {
      expect(l.startsWith(site.home), l).toBe(true);
      await expectOpens(l);
    }
    for (const format of ['BibTeX', 'RIS', 'CSL-JSON']) expect((await downloaded(again, format)).bytes.length, format).toBeGreaterThan(100);
    expect([...failures, ...againFailures]).toEqual([]);
  });
});
