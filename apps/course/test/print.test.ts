/**
 * A lesson printed from Chromium (to PDF, read back with pdfjs) is a worksheet: the questions with
 * room to write under them, none of the on-screen controls or answers, and a first page that
 * starts the lesson rather than a lone heading.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteDir, startSite, type Site } from './browser';

let site: Site;

beforeAll(async () => {
  site = await startSite();
});

afterAll(async () => {
  await site?.stop();
});

/** Each page's text, in order. */
async function pageTexts(bytes: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: bytes, useSystemFonts: true }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i += 1) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '));
  }
  return pages;
}

const squash = (s: string) => s.replace(/\s+/g, '');

describe('a printed lesson', () => {
  const file = '02-counting-the-dead/counting-the-dead.mdx';
  const source = readFileSync(path.join(siteDir, 'docs', file), 'utf8');
  const fm = parse(/^---\n([\s\S]*?)\n---/.exec(source)![1]!) as { title: string; questions: string[] };
  const checks = [...source.matchAll(/<Check\s+[^>]*>([\s\S]*?)<\/Check>/g)].map((m) => m[1]!.replace(/\s+/g, ' ').trim());

  it('holds the questions with space to write, no answers or dead controls, and starts on page 1', async () => {
    expect(checks.length).toBeGreaterThan(0);
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/course/counting-the-dead/counting-the-dead`, { waitUntil: 'networkidle' });
    // the space under each self-check question, as the print style draws it
    await page.emulateMedia({ media: 'print' });
    const spaces = await page.locator('li[class*="check"] > div').evaluateAll((divs) => divs.map((d) => parseFloat(getComputedStyle(d, '::after').height)));
    expect(spaces).toHaveLength(checks.length);
    for (const h of spaces) expect(h).toBeGreaterThan(40);
    const pages = await pageTexts(new Uint8Array(await page.pdf({ format: 'A4', printBackground: false })));
    await context.close();
    const all = squash(pages.join(' '));

    for (const q of [...fm.questions, ...checks]) expect(all, q).toContain(squash(q));
    // the on-screen controls and the answers behind them
    expect(pages.join(' ')).not.toMatch(/Show a possible solution|▸|\bAnswer\b/);
    // page 1 has the lesson's start: its title and its questions, not a heading left alone
    expect(squash(pages[0]!)).toContain(squash(fm.title));
    expect(squash(pages[0]!)).toContain(squash(fm.questions[0]!));
    // no page is near empty, the last excepted
    for (const [i, text] of pages.slice(0, -1).entries()) expect(text.length, `page ${i + 1}: "${text.slice(0, 80)}"`).toBeGreaterThan(400);
  }, 120_000);

  it('prints in the module handout with its reading cards, as the lesson text refers to them', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/teach/counting-the-dead/handout`, { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    const lesson = page.locator('section', { has: page.getByRole('heading', { name: new RegExp(`^Lesson \\d+: ${fm.title}`) }) });
    const readings = (parse(/^---\n([\s\S]*?)\n---/.exec(source)![1]!) as { readings: string[] }).readings;
    expect(readings.length).toBeGreaterThan(0);
    expect(await lesson.count()).toBe(1);
    for (const id of readings) expect(await lesson.locator(`article[aria-labelledby="source-card-${id}"]`).isVisible(), id).toBe(true);
    await context.close();
  });
});
