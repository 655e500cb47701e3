/**
 * A student's path through the built course in real Chromium: every module followed from its
 * overview through each lesson by the "Next" links, in the order of the docs folders, and a
 * lesson printed as a clean handout (no navigation, the lesson and its key points kept).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { errorsThrownBy, pdfText, siteDir, servedSite } from './browser';

interface Doc {
  title: string;
  position: number;
  kind: string;
  keypoints: string[];
}

/** The modules as the docs folders say (not as the site renders them): folder order, then sidebar_position. */
function modulesFromDocs(): { folder: string; index: Doc; rest: Doc[] }[] {
  const docsDir = path.join(siteDir, 'docs');
  return readdirSync(docsDir)
    .filter((name) => /^\d\d-/.test(name))
    .sort()
    .map((folder) => {
      const docs = readdirSync(path.join(docsDir, folder))
        .filter((file) => file.endsWith('.mdx'))
        .map((file): Doc & { file: string } => {
          const text = readFileSync(path.join(docsDir, folder, file), 'utf8');
          const fm = parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;
          return {
            file,
            title: String(fm.title),
            position: Number(fm.sidebar_position ?? 50),
            kind: String(fm.kind ?? 'lesson'),
            keypoints: (fm.keypoints as string[] | undefined) ?? [],
          };
        })
        .sort((a, b) => a.position - b.position);
      const index = docs.find((d) => d.file === 'index.mdx');
      if (!index) throw new Error(`docs/${folder} has no index.mdx`);
      return { folder, index, rest: docs.filter((d) => d !== index) };
    });
}

const site = servedSite();

const heading = async (page: Page) => (await page.locator('article h1').first().textContent())?.trim();

/** Click "Next" and wait until the client-side router has rendered another page's heading. */
async function clickNext(page: Page) {
  const before = { path: new URL(page.url()).pathname, title: await heading(page) };
  await page.locator('.pagination-nav__link--next').click();
  await page.waitForFunction(
    ({ path, title }) => window.location.pathname !== path && document.querySelector('article h1')?.textContent?.trim() !== title,
    before,
  );
  await page.waitForLoadState('networkidle');
}

describe('following the course', () => {
  const modules = modulesFromDocs();

  it('has the orientation and at least six modules', () => {
    expect(modules[0]!.folder).toMatch(/orientation/);
    expect(modules.length).toBeGreaterThanOrEqual(7);
  });

  it('leads from the home page through every module, overview to last lesson, by the Next links alone', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const errors = errorsThrownBy(page);
    await page.goto(site.url + '/', { waitUntil: 'networkidle' });
    // the home page's first call to action opens the first module
    await page.getByRole('link', { name: /orientation/i }).first().click();
    await page.waitForLoadState('networkidle');

    for (const [i, module] of modules.entries()) {
      expect(await heading(page), `overview of ${module.folder}`).toBe(module.index.title);
      const visited: string[] = [];
      for (let step = 0; step < module.rest.length; step += 1) {
        await clickNext(page);
        visited.push((await heading(page))!);
      }
      expect(visited, `lessons of ${module.folder} in order`).toEqual(module.rest.map((d) => d.title));
      const next = page.locator('.pagination-nav__link--next');
      if (i < modules.length - 1) {
        await clickNext(page);
      } else {
        await expect(next.count(), 'the last page of the last module has no Next').resolves.toBe(0);
      }
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a lesson printed', () => {
  it('is a clean handout: title, boxes, body and key points, no site navigation', async () => {
    const module = modulesFromDocs().find((m) => m.folder.startsWith('02-'))!;
    const lesson = module.rest.find((d) => d.kind === 'lesson')!;
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.url + '/course/counting-the-dead/the-shooting', { waitUntil: 'networkidle' });
    expect(await heading(page)).toBe(lesson.title);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.navbar', '.theme-doc-sidebar-container', '.pagination-nav', 'footer']) {
      const visible = await page.locator(hidden).first().isVisible().catch(() => false);
      expect(visible, `${hidden} is hidden in print`).toBe(false);
    }
    const text = (await pdfText(new Uint8Array(await page.pdf({ format: 'A4' })))).replace(/\s+/g, ' ');
    const squash = (s: string) => s.replace(/\s+/g, '');
    expect(squash(text)).toContain(squash(lesson.title));
    for (const point of lesson.keypoints) expect(squash(text), `key point "${point}"`).toContain(squash(point));
    // the navbar's links would appear in the PDF if the navigation were printed
    expect(text).not.toContain('People and organisations');
    await context.close();
  });
});
