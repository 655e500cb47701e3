/**
 * The students' path through the course, in real Chromium: following "Next" from every lesson and
 * module page never reaches a teacher guide, a lesson plan or an answer key, and no student sidebar
 * links to one. The guides and the plans keep their own chain, inside /teach.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteDir, startSite, type Site } from './browser';

let site: Site;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  site = await startSite();
  // the pagination and the sidebar are in the server-rendered page; no script is needed to follow them
  context = await site.browser.newContext({ javaScriptEnabled: false });
  page = await context.newPage();
});

afterAll(async () => {
  await site?.stop();
});

/** Every page of the built site under a prefix, from its sitemap. */
function sitemapPaths(prefix: string): string[] {
  const xml = readFileSync(path.join(siteDir, 'build', 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>[^<]*?(\/[^<]*)<\/loc>/g)].map((m) => new URL(m[1]!, 'http://x').pathname).filter((p) => p.startsWith(prefix));
}

// what marks a page written for teachers: the guides' banner and the guides' and plans' answer sections
const answerKey = /Possible answers, from the data|Answer key, from the data|Teacher material/i;

/** The lessons: docs whose front matter gives their time. */
function lessonCount(): number {
  const docs = path.join(siteDir, 'docs');
  return readdirSync(docs)
    .flatMap((folder) => readdirSync(path.join(docs, folder)).map((f) => path.join(docs, folder, f)))
    .filter((f) => f.endsWith('.mdx') && /^---\n[\s\S]*?^time:\s*\d+/m.test(readFileSync(f, 'utf8').split(/\n---\n/)[0]!)).length;
}

interface Visit {
  next?: string;
  text: string;
  sidebarLinks: string[];
}

async function visit(p: string): Promise<Visit> {
  const response = await page.goto(site.url + p, { waitUntil: 'domcontentloaded' });
  expect(response?.status(), p).toBe(200);
  return {
    // read at once: a page without a Next link is an answer, not something to wait for
    next: (await page.evaluate(() => document.querySelector('nav.pagination-nav a.pagination-nav__link--next')?.getAttribute('href'))) ?? undefined,
    text: await page.locator('main').innerText(),
    sidebarLinks: await page.locator('nav[aria-label="Docs sidebar"] a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)),
  };
}

describe('the students’ Next chain', () => {
  it('from every course page, Next never leads to a teacher guide or an answer key', async () => {
    const starts = sitemapPaths('/course');
    expect(starts.length).toBeGreaterThan(20);
    const seen = new Map<string, Visit>();
    const problems: string[] = [];
    for (const start of starts) {
      // each chain is followed to its end; a page already followed ends it (its chain is known)
      for (let p: string | undefined = start, from = start; p && !seen.has(p); ) {
        const v = await visit(p);
        seen.set(p, v);
        if (!p.startsWith('/course/')) problems.push(`Next from ${from} leads out of the course, to ${p}`);
        if (answerKey.test(v.text)) problems.push(`${p} (reached by Next from ${from}) holds "${answerKey.exec(v.text)![0]}"`);
        const teacherLinks = v.sidebarLinks.filter((h) => h.startsWith('/teach'));
        if (teacherLinks.length > 0) problems.push(`${p}'s sidebar links to ${teacherLinks.join(', ')}`);
        from = p;
        p = v.next;
      }
    }
    expect(problems).toEqual([]);
    // the chain reached the last module's last lesson, and it ends there
    const ends = [...seen].filter(([, v]) => !v.next).map(([p]) => p);
    expect(ends).toHaveLength(1);
  }, 300_000);

  it('the guides and the lesson plans sit under /teach, each holding its answers, with their own sidebar and chain', async () => {
    const pages = sitemapPaths('/teach/guides/');
    // a guide per module (/teach/guides/<module>), a plan per lesson (/teach/guides/<module>/<lesson>)
    const guides = pages.filter((p) => /^\/teach\/guides\/[^/]+$/.test(p));
    const plans = pages.filter((p) => /^\/teach\/guides\/[^/]+\/[^/]+$/.test(p));
    expect(guides.length).toBe(8);
    expect(plans.length).toBe(lessonCount());
    expect(guides.length + plans.length).toBe(pages.length);
    for (const g of pages) {
      const v = await visit(g);
      expect(v.text, g).toMatch(/Teacher material/i);
      expect(v.sidebarLinks.every((h) => h.startsWith('/teach/guides/')), `${g}: ${v.sidebarLinks.join(', ')}`).toBe(true);
      if (v.next) expect(v.next.startsWith('/teach/guides/'), `${g} → ${v.next}`).toBe(true);
    }
    const first = await visit('/teach/guides/oil-labour-2011-strike');
    expect(first.text).toMatch(/Possible answers, from the data/);
    // each guide is its module's overview of the plans: they follow it in the teachers' chain and sidebar
    expect(first.sidebarLinks).toContain('/teach/guides/oil-labour-2011-strike/strike-and-shooting');
    expect(first.next).toBe('/teach/guides/oil-labour-2011-strike/strike-and-shooting');
    for (const p of plans) expect((await visit(p)).text, p).toMatch(/Answer key, from the data/);
  }, 240_000);
});
