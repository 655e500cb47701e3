/**
 * The course on a phone (390 px wide, as an iPhone 12-15 in portrait), in real Chromium: no page
 * type is wider than the screen, and no table or caption runs past it or hides in a scroll box.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import * as kz from '@kzprotest/data';
import { startSite, type Site } from './browser';

let site: Site;
let page: Page;

beforeAll(async () => {
  site = await startSite();
  page = await (await site.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true })).newPage();
});

afterAll(async () => {
  await site?.stop();
});

const eventWithFigures = kz.events.find((e) => kz.accountsOf(e.id).some((a) => a.claim.figure))!.id;

/** One page of every type the course has. */
const pageTypes: Record<string, string> = {
  home: '/',
  module: '/course/counting-the-dead',
  lesson: '/course/counting-the-dead/counting-the-dead',
  'lesson with readings': '/course/oil-labour-2011-strike/strike-and-shooting',
  glossary: '/course/orientation/glossary',
  timeline: '/events',
  event: `/events/${eventWithFigures}`,
  'sources index': '/sources',
  source: `/sources/${kz.sources[0]!.id}`,
  'actors index': '/actors',
  actor: `/actors/${kz.actors[0]!.id}`,
  'places index': '/places',
  place: '/places/zhanaozen',
  'themes index': '/themes',
  theme: `/themes/${kz.themes[0]!.id}`,
  'teacher home': '/teach',
  'teacher guide': '/teach/guides/counting-the-dead',
  'lesson plan': '/teach/guides/counting-the-dead/counting-the-dead',
  'sourcing organiser': '/organisers/atol-2012-cold-winds-from-janaozen',
  'reading list': '/teach/counting-the-dead/readings',
  handout: '/teach/counting-the-dead/handout',
  'assignment builder': '/assign',
  search: '/search?q=zhanaozen',
};

describe('at 390 px', () => {
  it('no page type overflows the screen, and no table or caption is cut or scrolls sideways', async () => {
    const problems: string[] = [];
    for (const [type, path] of Object.entries(pageTypes)) {
      const response = await page.goto(site.url + path, { waitUntil: 'networkidle' });
      expect(response?.status(), path).toBe(200);
      const found = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const out: string[] = [];
        if (document.documentElement.scrollWidth > width) out.push(`the page is ${document.documentElement.scrollWidth} px wide`);
        const name = (el: Element) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
        for (const el of Array.from(document.querySelectorAll('main table, main caption, main figcaption, article table, article caption'))) {
          const box = el.getBoundingClientRect();
          if (box.width > 0 && (box.right > width + 0.5 || box.left < -0.5)) out.push(`${name(el)} spans ${Math.round(box.left)}–${Math.round(box.right)} px`);
        }
        // a table inside a scroll box that is wider than the box hides columns off-screen
        for (const table of Array.from(document.querySelectorAll('table'))) {
          for (let box = table.parentElement; box && box !== document.body; box = box.parentElement) {
            if (box.scrollWidth > box.clientWidth + 1 && getComputedStyle(box).overflowX !== 'visible') {
              out.push(`${name(table)} scrolls sideways in its box (${box.scrollWidth} px in ${box.clientWidth} px)`);
              break;
            }
          }
        }
        return out;
      });
      for (const f of found) problems.push(`${type} (${path}): ${f}`);
    }
    expect(problems).toEqual([]);
  }, 300_000);

  it('shows each account as a card with its column names, the source and quote on screen', async () => {
    await page.goto(`${site.url}/events/${eventWithFigures}`, { waitUntil: 'networkidle' });
    const row = page.locator('table tbody tr').first();
    const cell = row.locator('td').last();
    expect(await cell.evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"Source and quote: "');
    const box = (await cell.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await expect.poll(() => cell.locator('a').last().isVisible()).toBe(true);
  });
});
