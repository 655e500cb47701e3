/**
 * Prefetching on a lesson that links to many record pages, in real Chromium
 * (src/overrides/docusaurusPrefetch.ts): the pages linked in view are still fetched ahead, each
 * file once, and following such a link still works.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteDir, startSite, type Site } from './browser';

// the lesson with the most links to record pages
const LESSON = '/course/working-with-sources/spellings';

let site: Site;

beforeAll(async () => {
  site = await startSite();
});

afterAll(async () => {
  await site?.stop();
});

/** The files of a route's chunks, from the build's own tables: chunk "ec7ee54d" is assets/js/ec7ee54d.<hash>.js. */
function chunkFilesOf(routePath: string): string[] {
  const routes = JSON.parse(readFileSync(path.join(siteDir, '.docusaurus', 'routesChunkNames.json'), 'utf8')) as Record<string, Record<string, unknown>>;
  const entry = Object.entries(routes).find(([nameWithHash]) => nameWithHash.replace(/-[^-]+$/, '') === routePath);
  if (!entry) throw new Error(`no route ${routePath} in .docusaurus/routesChunkNames.json`);
  const files = readdirSync(path.join(siteDir, 'build', 'assets', 'js'));
  return [entry[1].__comp, entry[1].data]
    .filter((name): name is string => typeof name === 'string')
    .map((name) => files.find((f) => f.startsWith(`${name}.`)))
    .filter((file): file is string => Boolean(file))
    .map((file) => `/assets/js/${file}`);
}

describe('prefetching on a lesson full of record links', () => {
  it('fetches the record pages linked in view ahead, each file once, and the links still work', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.url}${LESSON}`, { waitUntil: 'networkidle' });
    const inView = await page.locator('article a[href^="/sources/"], article a[href^="/actors/"], article a[href^="/places/"], article a[href^="/events/"]').evaluateAll((links) =>
      links
        .filter((a) => {
          const box = a.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight && box.width > 0;
        })
        .map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(inView.length).toBeGreaterThan(0);
    const expected = [...new Set(inView.flatMap(chunkFilesOf))];
    const prefetched = () => page.locator('link[rel="prefetch"]').evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
    // added in idle time, a few at a time
    const missing = async () => {
      const hrefs = await prefetched();
      return expected.filter((file) => !hrefs.includes(file));
    };
    await expect.poll(missing, { timeout: 15_000 }).toEqual([]);
    const hrefs = await prefetched();
    expect(hrefs.length).toBe(new Set(hrefs).size);

    await page.locator(`article a[href="${inView[0]}"]`).first().click();
    await page.waitForFunction((target) => window.location.pathname === target && document.querySelector('article h1, main h1') !== null, inView[0]);
    expect(await page.locator('main h1').first().textContent()).toBeTruthy();
    await context.close();
  });
});
