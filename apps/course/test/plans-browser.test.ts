/**
 * The lesson plans, key passages, sourcing organisers and worksheets in real Chromium against the
 * built site: every plan is reachable from /teach and shows its lesson's plan fields; every key
 * passage shows its claim's quote exactly as the data holds it, with a working link to it in its
 * source; every organiser shows its record's fields and leaves the open questions open; axe finds
 * nothing on a plan and an organiser. Printing them is test/print.test.ts's.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as kz from '@kzprotest/data';
import { axeViolationsOf, openPage, servedSite } from './browser';
import { lessonFiles } from './courseDocs';

const site = servedSite();
const lessons = lessonFiles();

/** Seeds are hard-wrapped; pages show a quote's line breaks as spaces. */
const flow = (text: string) => text.replace(/\s*\n\s*/g, ' ');

const open = (p: string, options: { javaScriptEnabled?: boolean } = {}) => openPage(site, p, options);

const hrefs = (page: Page, selector: string) => page.locator(selector).evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

describe('lesson plans', () => {
  it('every lesson has a plan, reached from /teach through its module’s guide, showing its plan fields', async () => {
    expect(lessons).toHaveLength(18);
    const { context, page } = await open('/teach', { javaScriptEnabled: false });
    const guides = [...new Set((await hrefs(page, 'main a[href*="/teach/guides/"]')).filter((h) => /^\/teach\/guides\/[^/]+$/.test(h)))];
    expect(guides.length).toBe(8);
    const fromGuides = new Set<string>();
    for (const g of guides) {
      await page.goto(site.url + g, { waitUntil: 'domcontentloaded' });
      for (const h of await hrefs(page, 'main article a[href^="/teach/guides/"]')) fromGuides.add(h);
    }
    for (const l of lessons) {
      expect(fromGuides.has(l.plan), `${l.plan} is linked from its module's guide`).toBe(true);
      await page.goto(site.url + l.plan, { waitUntil: 'domcontentloaded' });
      const main = page.locator('main');
      const text = await main.innerText();
      expect(text, l.plan).toMatch(/Teacher material/i);
      expect(text, l.plan).toContain(l.fm.plan.centralQuestion);
      // the procedure's rows, minute by minute, end at the lesson's time
      const rows = await main.locator('#procedure + table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.querySelector('td')!.textContent!));
      expect(rows, l.plan).toHaveLength(l.fm.plan.procedure.length);
      expect(rows.at(-1), l.plan).toMatch(new RegExp(`–${l.fm.time} \\(`));
      for (const m of l.fm.plan.misconceptions) expect(text, l.plan).toContain(m.misconception);
      for (const c of l.fm.plan.care) expect(text, l.plan).toContain(c.note);
      for (const r of l.fm.plan.assessment.rubric) expect(text, l.plan).toContain(r.secure);
      expect(text, l.plan).toContain(l.fm.plan.differentiation.support);
      // its lesson and its readings' organisers are a click away
      const links = await hrefs(page, 'main article a[href]');
      expect(links, l.plan).toContain(l.href);
      for (const id of l.fm.readings as string[]) expect(links, `${l.plan} → organiser of ${id}`).toContain(`/organisers/${id}`);
    }
    await context.close();
  }, 300_000);
});

describe('key passages', () => {
  it('show each claim’s quote exactly as the data holds it, with a head note, a link to it in its source and plain words marked as the course’s', async () => {
    const { context, page } = await open('/course/counting-the-dead/counting-the-dead', { javaScriptEnabled: false });
    for (const l of lessons) {
      await page.goto(site.url + l.href, { waitUntil: 'domcontentloaded' });
      const claims = [...l.text.matchAll(/<Excerpt\s+claim="([^"]+)"/g)].map((m) => m[1]!);
      expect(claims.length, l.href).toBeGreaterThan(0);
      for (const id of claims) {
        const claim = kz.get(id, 'claims');
        const passage = page.locator(`section:has(blockquote[data-claim="${id}"])`);
        expect(await passage.count(), `${l.href} ${id}`).toBe(1);
        expect(await passage.locator('blockquote').textContent(), `${l.href} ${id}`).toBe(flow(claim.quote.exact));
        // textContent: the labels are set in capitals by CSS, which innerText applies
        const text = (await passage.textContent())!;
        expect(text).toMatch(/Head note/);
        expect(text).toContain(kz.get(claim.source, 'sources').publisher);
        expect(text).toMatch(/In plain words: the course’s summary, not the source’s words/);
        const links = await hrefs(page, `section:has(blockquote[data-claim="${id}"]) a[href]`);
        expect(links, `${l.href} ${id}`).toContain(`/sources/${claim.source}`);
        expect(links).toContain(`/organisers/${claim.source}`);
      }
    }
    // the link to the passage lands on it, in its source page
    const l = lessons.find((x) => x.file === 'counting-the-dead.mdx')!;
    await page.goto(site.url + l.href, { waitUntil: 'domcontentloaded' });
    const toSource = page.locator('section:has(blockquote[data-claim="rsf-official-toll-15-dead"]) p[class*="sourceLine"] a[href*="#rsf-official-toll-15-dead"]');
    await page.goto(new URL((await toSource.getAttribute('href'))!, site.url).href, { waitUntil: 'domcontentloaded' });
    expect(await page.locator('[id="rsf-official-toll-15-dead"]').innerText()).toContain(flow(kz.get('rsf-official-toll-15-dead', 'claims').quote.exact).slice(0, 30));
    // the glossary help links to an entry that is there
    await page.goto(site.url + '/course/cutting-off-information/journalists', { waitUntil: 'domcontentloaded' });
    const help = page.locator('section:has(blockquote[data-claim="rsf-20-day-state-of-emergency-and-curfew"]) dt a');
    expect(await help.allInnerTexts()).toEqual(['Curfew', 'State of emergency']);
    await page.goto(new URL((await help.first().getAttribute('href'))!, site.url).href, { waitUntil: 'domcontentloaded' });
    expect(await page.locator('h3#curfew').count()).toBe(1);
    await context.close();
  }, 300_000);
});

describe('sourcing organisers', () => {
  it('show each record’s fields and what it cannot confirm, leave six questions open, and are linked from every lesson that assigns the reading', async () => {
    const { context, page } = await open('/organisers/rsf-wefc-zhanaozen-city-cut-off', { javaScriptEnabled: false });
    for (const s of kz.sources) {
      await page.goto(`${site.url}/organisers/${s.id}`, { waitUntil: 'domcontentloaded' });
      const text = await page.locator('main').innerText();
      expect(text, s.id).toContain(s.publisher);
      if (s.issued) expect(text, s.id).toContain(kz.formatEdtf(s.issued));
      for (const u of s.unverified) expect(text, `${s.id}: ${u.field}`).toContain(u.note.replace(/\s+/g, ' ').trim());
      expect(text, s.id).toContain(s.perspectiveNote.replace(/\s+/g, ' ').trim());
      const open = page.locator('ol li[data-question]');
      expect(await open.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-question'))), s.id).toEqual(['audience', 'purpose', 'reliability', 'context', 'corroboration', 'close-reading']);
      expect(await page.locator('ol li[data-question] [class*="answerSpace"]').count()).toBe(6);
      expect(text).toMatch(/Sentence starters/);
      // every lesson that assigns it links here, and it links back
      const assigning = lessons.filter((l) => (l.fm.readings as string[]).includes(s.id));
      const back = await hrefs(page, 'main a[href^="/course/"]');
      for (const l of assigning) expect(back, `${s.id} → ${l.href}`).toContain(l.href);
    }
    for (const l of lessons) {
      await page.goto(site.url + l.href, { waitUntil: 'domcontentloaded' });
      const links = await hrefs(page, '#lesson-readings ~ p a[href^="/organisers/"]');
      expect(links.sort(), l.href).toEqual((l.fm.readings as string[]).map((id) => `/organisers/${id}`).sort());
    }
    await context.close();
  }, 300_000);
});

describe('accessibility', () => {
  it('axe finds no WCAG 2.2 AA violations on a lesson plan, an organiser and a lesson with key passages', async () => {
    const pages = ['/teach/guides/counting-the-dead/counting-the-dead', '/organisers/rferl-2012-zhanaozen-quiet-but-angry', '/course/counting-the-dead/counting-the-dead'];
    const runs = (['light', 'dark'] as const).flatMap((colorScheme) => pages.map((p) => [colorScheme, p] as const));
    expect(await axeViolationsOf(site, runs)).toEqual([]);
  }, 300_000);
});
