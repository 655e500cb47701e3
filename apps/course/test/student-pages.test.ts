/**
 * The record pages as a student reads them, in real Chromium: no maintainer detail in the
 * reading flow (it is in the collapsed "About this data"), a content warning before the text of
 * every page with distressing material, and a legend wherever claim labels are shown.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as kz from '@kzprotest/data';
import { siteDir, startSite, type Site } from './browser';
import { kindLabel } from '../src/components/kz/data';
import { positionInSource } from '../plugins/kzdata/views/index';

let site: Site;
let page: Page;

const recordPages = [
  ...kz.sources.map((s) => `/sources/${s.id}`),
  ...kz.events.map((e) => `/events/${e.id}`),
  ...kz.actors.map((a) => `/actors/${a.id}`),
  ...kz.places.map((p) => `/places/${p.id}`),
  ...kz.themes.map((t) => `/themes/${t.id}`),
];
const indexPages = ['/events', '/sources', '/actors', '/places', '/themes'];

/** What a student meets on a page, read once per page. */
interface PageFacts {
  /** The rendered text of <main>; closed <details> are not rendered, so they are left out. */
  text: string;
  codes: string[];
  /** The quotes and the page's own paragraphs: what the warning rule reads (titles of linked records are left out). */
  quotesAndProse: string;
  warnings: string[];
  warningFirst: boolean;
  /** The texts that carry a claim label ("fact · …", "(opinion)"). */
  labelLines: string[];
  legendTerms: string[] | null;
  legendLinks: string[];
}
const facts = new Map<string, PageFacts>();

beforeAll(async () => {
  site = await startSite();
  // the pages as the server renders them, which is what a reader sees first; no script is needed
  // to read them, and without it a visit to every record page stays quick
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
  page = await context.newPage();
  for (const path of [...recordPages, ...indexPages]) {
    const response = await page.goto(site.url + path, { waitUntil: 'domcontentloaded' });
    expect(response?.status(), path).toBe(200);
    facts.set(
      path,
      await page.evaluate(() => {
        const main = document.querySelector('main')!;
        const asides = Array.from(main.querySelectorAll('aside[aria-label="Content warning"]')) as HTMLElement[];
        const firstText = Array.from(main.querySelectorAll('p, blockquote, table, ol, ul, dl')).find(
          (el) => !el.closest('header') && !asides.some((a) => a.contains(el)),
        );
        const legend = Array.from(main.querySelectorAll('aside')).find((a) => a.textContent?.includes('What the labels on the quotes mean')) as HTMLElement | undefined;
        return {
          text: main.innerText,
          quotesAndProse: (Array.from(main.querySelectorAll('blockquote, q, td a, p')) as HTMLElement[])
            .filter((el) => el.matches('blockquote, q, td a') || !el.closest('header, aside, li, dl, details, blockquote, figure'))
            .map((el) => el.innerText)
            .join('\n'),
          codes: (Array.from(main.querySelectorAll('code')) as HTMLElement[]).filter((c) => c.checkVisibility()).map((c) => c.innerText),
          warnings: asides.map((a) => a.innerText),
          warningFirst: asides.length > 0 && (!firstText || Boolean(asides[0]!.compareDocumentPosition(firstText) & Node.DOCUMENT_POSITION_FOLLOWING)),
          labelLines: (Array.from(main.querySelectorAll('li > p, td span')) as HTMLElement[]).map((e) => e.innerText),
          legendTerms: legend ? (Array.from(legend.querySelectorAll('dt')) as HTMLElement[]).map((d) => d.innerText) : null,
          legendLinks: legend ? Array.from(legend.querySelectorAll('a')).map((a) => a.getAttribute('href')!) : [],
        };
      }),
    );
  }
  await context.close();
  page = await (await site.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
}, 300_000);

afterAll(async () => {
  await site?.stop();
});

// the marks of text written for the data's maintainers rather than for students
const maintainerDetail: [string, RegExp][] = [
  ['an EDTF string', /\bEDTF\b/],
  ['an ACLED category', /\bACLED\b/],
  ['a CAMEO code', /\bCAMEO\b/],
  ['character offsets', /\bcharacters [\d,]+[–-]/],
  ['seed line numbers', /\bLines? \d+(?:[–-]\d+)?\b/],
  // "seed" still stands in one actor's description, which is data prose (the records' own wording)
  ['a field name', /\battributedTo\b|\boriginal\.URL\b|`issued`/],
];

describe('record pages speak to students', () => {
  it('keep maintainer detail out of the reading flow, inside a closed "About this data"', async () => {
    const problems: string[] = [];
    for (const [path, { text, codes }] of facts) {
      for (const [what, pattern] of maintainerDetail) if (pattern.test(text)) problems.push(`${path} shows ${what}: "${pattern.exec(text)![0]}"`);
      if (codes.length > 0) problems.push(`${path} shows code-formatted text: ${codes.join(', ')}`);
    }
    expect(facts.size).toBe(recordPages.length + indexPages.length);
    expect(problems).toEqual([]);
  });

  it('put the EDTF date and the other vocabularies in "About this data" on an event page', async () => {
    await page.goto(`${site.url}/events/zhanaozen-shooting-2011-12-16`, { waitUntil: 'load' });
    const about = page.locator('details', { hasText: 'About this data' });
    await expect.poll(() => about.count()).toBe(1);
    expect(await about.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await about.locator('summary').click();
    expect(await about.innerText()).toContain('2011-12-16');
    expect(await about.innerText()).toMatch(/ACLED event type: Protests \/ Excessive force against protesters/);
  });

  it('give a quote caption its source and paragraph, never character offsets', async () => {
    const rsf = kz.get('rsf-wefc-zhanaozen-city-cut-off', 'sources');
    // the seed's first body paragraph after the headline is the second blank-line block
    const claim = kz.claims.find((c) => c.source === rsf.id && c.region === 'body')!;
    expect(positionInSource(rsf, claim.quote.start, 'body')).toMatch(/^paragraph \d+ of \d+$/);
    const seed = await import('node:fs').then((fs) => fs.readFileSync(`${siteDir}/../../seeds/${rsf.seed}`, 'utf8'));
    const before = seed.slice(rsf.regionOffsets.find((r) => r.kind === 'body')!.start, claim.quote.start);
    const paragraph = before.split(/\n[ \t]*\n/).filter((p) => /\S/.test(p)).length || 1;
    expect(positionInSource(rsf, claim.quote.start, 'body')).toMatch(new RegExp(`^paragraph ${paragraph} of `));
  });

  it('say what is not confirmed in plain words', async () => {
    expect(facts.get('/sources/rferl-2012-zhanaozen-quiet-but-angry')!.text).toContain('Date not confirmed');
  });
});

describe('care on every page', () => {
  const termPattern = new RegExp(`\\b(?:${Object.values(kz.contentWarningTerms).flat().join('|')})\\b`, 'i');

  it('warn before the text on every record and index page whose quotes or prose use a warning term', async () => {
    const problems: string[] = [];
    for (const [path, { quotesAndProse, warnings, warningFirst }] of facts) {
      if (!termPattern.test(quotesAndProse)) continue;
      if (warnings.length !== 1) problems.push(`${path} uses "${termPattern.exec(quotesAndProse)![0]}" and has ${warnings.length} content warnings`);
      else if (!warningFirst) problems.push(`${path}: the content warning comes after the text`);
    }
    expect(problems).toEqual([]);
  });

  it('warn on /events/torture-in-detention-2022 before its first quote, of what the record carries, in the labels\' words', async () => {
    const event = kz.get('torture-in-detention-2022', 'events');
    // the data's field, filled in the claims' records and checked by the package's content-warnings rule
    expect(event.contentWarnings).toEqual(expect.arrayContaining(['torture', 'sexual-violence']));
    await page.goto(`${site.url}/events/${event.id}`, { waitUntil: 'load' });
    const order = await page.evaluate(() => {
      const main = document.querySelector('main')!;
      const warning = main.querySelector('aside[aria-label="Content warning"]');
      const quote = main.querySelector('blockquote, q');
      return { warning: Boolean(warning), quote: Boolean(quote), warningFirst: Boolean(warning && quote && warning.compareDocumentPosition(quote) & Node.DOCUMENT_POSITION_FOLLOWING) };
    });
    expect(order).toEqual({ warning: true, quote: true, warningFirst: true });
    const labels = event.contentWarnings.map((w) => kz.contentWarningLabels[w]);
    const words = `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
    expect(await page.locator('main aside[aria-label="Content warning"]').innerText()).toContain(`This page discusses ${words}.`);
  });

  it('word the warning as the lessons do', async () => {
    const [warning] = facts.get('/events/torture-in-detention-2022')!.warnings;
    expect(warning).toMatch(/This page discusses [a-z ,]+ and sexual violence\. See the class agreements for how we handle distressing material\./);
    await page.goto(`${site.url}/course/counting-the-dead/the-shooting`, { waitUntil: 'load' });
    expect(await page.locator('aside[aria-label="Content warning"]').innerText()).toMatch(/This lesson discusses [a-z ,]+ and [a-z ]+\./);
  });
});

describe('claim labels', () => {
  const labels = Object.values(kindLabel);

  it('come with a legend linking to the lesson that teaches them, on every page that shows them', async () => {
    const problems: string[] = [];
    for (const [path, { labelLines, legendTerms, legendLinks }] of facts) {
      const shown = labels.filter((l) => labelLines.some((m) => m.startsWith(`${l} ·`) || m.startsWith(`${l}:`) || m.trim() === `(${l})`));
      if (shown.length === 0) continue;
      if (!legendTerms) {
        problems.push(`${path} shows ${shown.join(', ')} without a legend`);
        continue;
      }
      for (const l of shown) if (!legendTerms.includes(l)) problems.push(`${path}: the legend leaves out "${l}"`);
      if (!legendLinks.includes('/course/working-with-sources/perspective-and-voice#kinds-of-claim')) problems.push(`${path}: the legend does not link to the lesson`);
    }
    expect([...facts.values()].some((f) => f.legendTerms), 'some page shows a legend').toBe(true);
    expect(problems).toEqual([]);
  });
});
