/**
 * A lesson printed from Chromium (to PDF, read back with pdfjs) is a worksheet: the questions with
 * room to write under them, none of the on-screen controls or answers, and a first page that
 * starts the lesson rather than a lone heading. Every lesson prints so, and nothing of its plan
 * (rubric, misconceptions, answer key) reaches the sheet; those print from the teacher area, with
 * the plan. A sourcing organiser prints its record's answers with room to write the rest.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import * as kz from '@kzprotest/data';
import { describe, expect, it } from 'vitest';
import { openPage, siteDir, servedSite } from './browser';
import { frontMatterOf, lessonFiles } from './courseDocs';

const site = servedSite();

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
  const fm = frontMatterOf(source) as { title: string; questions: string[]; readings: string[] };
  const checks = [...source.matchAll(/<Check\s+[^>]*>([\s\S]*?)<\/Check>/g)].map((m) => m[1]!.replace(/\s+/g, ' ').trim());

  it('holds the questions with space to write, no answers or dead controls, and starts on page 1', async () => {
    expect(checks.length).toBeGreaterThan(0);
    const { context, page } = await openPage(site, '/course/counting-the-dead/counting-the-dead');
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
    const { context, page } = await openPage(site, '/teach/counting-the-dead/handout');
    await page.emulateMedia({ media: 'print' });
    const lesson = page.locator('section', { has: page.getByRole('heading', { name: new RegExp(`^Lesson \\d+: ${fm.title}`) }) });
    const readings = fm.readings;
    expect(readings.length).toBeGreaterThan(0);
    expect(await lesson.count()).toBe(1);
    for (const id of readings) expect(await lesson.locator(`article[aria-labelledby="source-card-${id}"]`).isVisible(), id).toBe(true);
    await context.close();
  });
});

/** Seeds are hard-wrapped; pages show a quote's line breaks as spaces. */
const flow = (text: string) => text.replace(/\s*\n\s*/g, ' ');

const open = (p: string) => openPage(site, p);
const lessons = lessonFiles();

describe('worksheets', () => {
  it('every lesson prints with room to write under its questions and none of its answers, rubric or teacher notes', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    for (const l of lessons) {
      await page.goto(site.url + l.href, { waitUntil: 'networkidle' });
      await page.emulateMedia({ media: 'print' });
      const spaces = await page
        .locator('li[class*="check"] > div, section[class*="discussion"] li')
        .evaluateAll((els) => els.map((d) => parseFloat(getComputedStyle(d, '::after').height)));
      expect(spaces.length, l.href).toBeGreaterThan(2);
      for (const h of spaces) expect(h, l.href).toBeGreaterThan(40);
      const raw = (await pageTexts(new Uint8Array(await page.pdf({ format: 'A4', printBackground: false })))).join(' ');
      const text = squash(raw);
      expect(raw, l.href).not.toMatch(/Show a possible solution|\bAnswer\b|Answer key|Rubric/);
      // nothing of the plan reaches the student's sheet
      for (const r of l.fm.plan.assessment.rubric) expect(text, `${l.href}: rubric "${r.secure}"`).not.toContain(squash(r.secure));
      for (const m of l.fm.plan.misconceptions) expect(text, l.href).not.toContain(squash(m.response));
      expect(text, l.href).not.toContain(squash(l.fm.plan.centralQuestion));
      // the questions are there to answer
      for (const q of l.fm.questions as string[]) expect(text, l.href).toContain(squash(q));
      await page.emulateMedia({ media: 'screen' });
    }
    await context.close();
  }, 600_000);
});

describe('printed from the teacher area', () => {
  it('a lesson plan prints its rubric and its answer key', async () => {
    const l = lessons.find((x) => x.file === 'counting-the-dead.mdx')!;
    const { context, page } = await open(l.plan);
    await page.emulateMedia({ media: 'print' });
    const text = squash((await pageTexts(new Uint8Array(await page.pdf({ format: 'A4' })))).join(' '));
    await context.close();
    expect(text).toContain(squash('Rubric: criteria by level'));
    for (const r of l.fm.plan.assessment.rubric) expect(text).toContain(squash(r.criterion));
    expect(text).toContain(squash('Answer key, from the data'));
    expect(text).toContain(squash(flow(kz.get('rsf-official-toll-15-dead', 'claims').quote.exact)));
  }, 120_000);
});

describe('a printed sourcing organiser', () => {
  it('prints with its record filled in and room to write', async () => {
    const { context, page } = await open('/organisers/opendemocracy-2019-kazakh-regime-learning');
    await page.emulateMedia({ media: 'print' });
    const heights = await page.locator('[class*="answerSpace"]').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    expect(heights).toHaveLength(6);
    for (const h of heights) expect(h).toBeGreaterThan(60);
    const text = squash((await pageTexts(new Uint8Array(await page.pdf({ format: 'A4' })))).join(' '));
    await context.close();
    expect(text).toContain(squash('openDemocracy'));
    expect(text).toContain(squash('Questions no record answers'));
    expect(text).not.toContain(squash('Print this organiser'));
  }, 120_000);
});
