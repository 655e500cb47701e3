/**
 * The teacher tools in real Chromium against the built site: an assignment of two lessons and
 * three readings survives its share link, prints to a PDF holding its citations, downloads
 * BibTeX that citation-js reads back to the same sources, and exports a Common Cartridge 1.3
 * whose manifest and resources have what that version requires (test/cartridge.ts, with
 * xmllint); a tampered link shows a message.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { unzipSync, strFromU8 } from 'fflate';
import * as kz from '@kzprotest/data';
import { allReadings } from '../plugins/teacher/catalogue';
import type { ReadingView } from '../src/components/teacher/types';
import { axeViolationsOf, errorsThrownBy, pdfText, scriptsLoadedBy, siteDir, startSite, type Site } from './browser';
import { readCartridge } from './cartridge';

/** How many self-checks (`<Check claim|event>`) the lesson file of a docs id holds (ids drop the folders' number prefixes). */
function selfCheckCount(docId: string): number {
  const [folder, ...rest] = docId.split('/');
  const dir = readdirSync(path.join(siteDir, 'docs')).find((d) => d.replace(/^\d+[-_.]/, '') === folder)!;
  return (readFileSync(path.join(siteDir, 'docs', dir, `${rest.join('/')}.mdx`), 'utf8').match(/<Check\s+(?:claim|event)="/g) ?? []).length;
}

const buildDir = path.resolve(process.env.TEACHER_BUILD_DIR ?? path.join(siteDir, 'build'));
/** Where the screenshots and the PDF go, to be looked at. */
const shots = path.resolve(process.env.TEACHER_SHOTS_DIR ?? path.join(siteDir, 'test-results', 'teacher'));

let site: Site;
let browser: Browser;
let base = '';
// every source as a reading, made by the code that made the build's
let readings: Record<string, ReadingView> = {};
function readingView(id: string): ReadingView {
  const reading = readings[id];
  if (!reading) throw new Error(`no source "${id}" among the readings`);
  return reading;
}

beforeAll(async () => {
  if (!existsSync(path.join(buildDir, 'assign.html'))) {
    throw new Error(`No built site with /assign in ${buildDir}: run "npm run build -w course" first (turbo builds before "test").`);
  }
  mkdirSync(shots, { recursive: true });
  readings = await allReadings();
  site = await startSite(buildDir);
  browser = site.browser;
  base = site.url;
});

afterAll(async () => {
  await site?.stop();
});

async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  (page as Page & { errors: string[] }).errors = errorsThrownBy(page);
  return { context, page };
}

const pageErrors = (page: Page) => (page as Page & { errors: string[] }).errors;

/** An assignment from its share link in a fresh context, once the builder has read the link. */
async function openShared(shareUrl: string): Promise<{ context: BrowserContext; page: Page }> {
  const { context, page } = await newPage();
  const response = await page.goto(shareUrl, { waitUntil: 'networkidle' });
  expect(response?.status()).toBe(200);
  await page.locator('main[data-ready="true"]').waitFor();
  return { context, page };
}

/** Closes a page's context once the test has seen it throw nothing. */
async function closeWithoutErrors(context: BrowserContext, page: Page): Promise<void> {
  expect(pageErrors(page)).toEqual([]);
  await context.close();
}

async function openAssign(page: Page, query = '') {
  const response = await page.goto(`${base}/assign${query}`, { waitUntil: 'networkidle' });
  expect(response?.status()).toBe(200);
  await page.locator('main[data-ready="true"]').waitFor();
}

/** Clicks a button and returns the text of the file it downloads. */
async function downloaded(page: Page, button: ReturnType<Page['locator']>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(file!) };
}

/** Text compared without white space: PDF text comes in runs split at line ends. */
const squash = (s: string) => s.replace(/\s+/g, '');

interface Chosen {
  lessons: { id: string; permalink: string; title: string }[];
  readings: string[];
  shareUrl: string;
}

describe('the assignment builder', () => {
  let chosen: Chosen;
  const title = 'Zhanaozen 2011: what the sources say';
  const due = '2027-01-15';
  const instructions = 'Read both texts before class; answer the questions in writing.';

  it('builds an assignment from two lessons and three readings and gives a share link', async () => {
    const { context, page } = await newPage();
    await openAssign(page);
    const lessonBoxes = page.locator('input[data-lesson]');
    expect(await lessonBoxes.count(), 'the course needs at least two lessons').toBeGreaterThanOrEqual(2);
    await page.locator('input[name="title"]').fill(title);
    await page.locator('input[name="due"]').fill(due);
    await page.locator('textarea[name="instructions"]').fill(instructions);
    const lessonIds: string[] = [];
    for (const i of [0, 1]) {
      const box = lessonBoxes.nth(i);
      lessonIds.push((await box.getAttribute('data-lesson'))!);
      await box.check();
    }
    // a lesson brings its questions; leave one out to check that the choice is kept
    const questionBoxes = page.locator('input[data-question]');
    const questionCount = await questionBoxes.count();
    expect(questionCount).toBeGreaterThan(1);
    const dropped = (await questionBoxes.last().getAttribute('data-question'))!;
    await questionBoxes.last().uncheck();
    const readingIds = kz.sources.slice(0, 3).map((s) => s.id);
    for (const id of readingIds) await page.locator(`input[data-reading="${id}"]`).check();

    const shareUrl = await page.getByTestId('share-link').inputValue();
    expect(shareUrl.startsWith(`${base}/assign?`)).toBe(true);
    const params = new URL(shareUrl).searchParams;
    expect(params.get('title')).toBe(title);
    expect(params.get('due')).toBe(due);
    expect(params.get('lessons')!.split(',')).toEqual(lessonIds);
    expect(params.get('readings')!.split(',')).toEqual(readingIds);
    expect(params.get('questions')!.split(',')).toHaveLength(questionCount - 1);
    expect(params.get('questions')!.split(',')).not.toContain(dropped);
    // the address bar follows (in an effect after the render), so a reload keeps the assignment too
    await expect.poll(() => page.url()).toBe(shareUrl);
    await page.screenshot({ path: path.join(shots, 'assign-builder.png'), fullPage: true });

    const lessons = [];
    for (const id of lessonIds) {
      const link = page.getByTestId('handout').locator('ol > li').nth(lessons.length).locator('a').first();
      lessons.push({ id, permalink: new URL((await link.getAttribute('href'))!, base).pathname, title: (await link.textContent())! });
    }
    chosen = { lessons, readings: readingIds, shareUrl };
    await closeWithoutErrors(context, page);
  });

  it('reopens exactly that assignment from the share link, in a fresh browser context', async () => {
    const { context, page } = await openShared(chosen.shareUrl);
    await expect(page.locator('input[name="title"]').inputValue()).resolves.toBe(title);
    await expect(page.locator('input[name="due"]').inputValue()).resolves.toBe(due);
    await expect(page.locator('textarea[name="instructions"]').inputValue()).resolves.toBe(instructions);
    const checkedLessons = await page.locator('input[data-lesson]:checked').evaluateAll((els) => els.map((e) => e.getAttribute('data-lesson')));
    expect(checkedLessons).toEqual(chosen.lessons.map((l) => l.id));
    const checkedReadings = await page.locator('input[data-reading]:checked').evaluateAll((els) => els.map((e) => e.getAttribute('data-reading')));
    expect(checkedReadings.sort()).toEqual([...chosen.readings].sort());
    await expect(page.getByTestId('share-link').inputValue()).resolves.toBe(chosen.shareUrl);
    await expect(page.getByTestId('link-problems').count()).resolves.toBe(0);
    await context.close();
  });

  it('prints a handout whose PDF holds the title, due date, questions and every citation', async () => {
    const { context, page } = await openShared(chosen.shareUrl);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: path.join(shots, 'assign-handout-print.png'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    writeFileSync(path.join(shots, 'assign-handout.pdf'), pdf);
    const text = squash(await pdfText(new Uint8Array(pdf)));
    expect(text).toContain(squash(title));
    expect(text).toContain(squash('15 January 2027'));
    expect(text).toContain(squash(instructions));
    for (const lesson of chosen.lessons) expect(text).toContain(squash(lesson.title));
    for (const id of chosen.readings) {
      const reading = readingView(id);
      expect(text, `APA citation of ${id}`).toContain(squash(reading.apa.text));
      expect(text, `Chicago citation of ${id}`).toContain(squash(reading.chicago.text));
    }
    // the builder itself does not print
    expect(text).not.toContain(squash('Share and export'));
    await context.close();
  });

  it('downloads BibTeX that citation-js reads back to the same sources, and RIS and CSL-JSON too', async () => {
    const { context, page } = await openShared(chosen.shareUrl);
    const group = page.getByRole('group', { name: 'Citations of the readings' });
    const bib = await downloaded(page, group.getByRole('button', { name: 'BibTeX' }));
    expect(bib.name).toMatch(/\.bib$/);
    const parsed = new Cite(bib.bytes.toString('utf8')).data;
    expect(parsed.map((e) => e.id)).toEqual(chosen.readings);
    for (const entry of parsed) {
      const source = kz.get(String(entry.id), 'sources');
      expect(entry.title).toBe(source.subtitle ? `${source.title}: ${source.subtitle}` : source.title);
      const families = ((entry.author as { family?: string; literal?: string }[] | undefined) ?? []).map((a) => a.family ?? a.literal);
      expect(families).toEqual(source.author.map((a) => ('family' in a ? a.family : a.literal)));
    }
    const ris = await downloaded(page, group.getByRole('button', { name: 'RIS' }));
    expect(new Cite(ris.bytes.toString('utf8')).data.map((e) => e.title)).toEqual(chosen.readings.map((id) => readingView(id).csl.title));
    const csl = await downloaded(page, group.getByRole('button', { name: 'CSL-JSON' }));
    expect((JSON.parse(csl.bytes.toString('utf8')) as { id: string }[]).map((e) => e.id)).toEqual(chosen.readings);
    await context.close();
  });

  it('exports a Common Cartridge 1.3 with the assignment, its due date, a topic per question, the self-checks as a quiz, and lessons and readings as links', async () => {
    const { context, page } = await openShared(chosen.shareUrl);
    const cc = await downloaded(page, page.getByRole('button', { name: /Common Cartridge/ }));
    expect(cc.name).toMatch(/\.imscc$/);
    // readCartridge checks the manifest and every resource against CC 1.3 and runs xmllint on each file
    const read = readCartridge(unzipSync(new Uint8Array(cc.bytes)));
    expect(read.manifest.metadata['lomimscc:lom']['lomimscc:general']['lomimscc:title']['lomimscc:string']['#text']).toBe(title);
    const ofType = (type: string) => read.resources.filter((r) => r.type === type);
    const [assignment] = ofType('assignment_xmlv1p0');
    expect(ofType('assignment_xmlv1p0')).toHaveLength(1);
    expect(assignment!.root.title).toBe(title);
    expect(assignment!.root.text['#text']).toContain('<p><strong>Due:</strong> 15 January 2027.</p>');
    expect(assignment!.root.text['#text']).toContain(instructions);
    expect(assignment!.root.extensions.assignment.due_at).toBe(`${due}T23:59:59`);
    // a topic per chosen question, and a quiz per chosen lesson that has self-checks
    const questions = new URL(chosen.shareUrl).searchParams.get('questions')!.split(',');
    expect(ofType('imsdt_xmlv1p3')).toHaveLength(questions.length);
    const withChecks = chosen.lessons.filter((l) => selfCheckCount(l.id) > 0);
    expect(ofType('imsqti_xmlv1p2/imscc_xmlv1p3/assessment').map((r) => r.root.assessment['@title'])).toEqual(withChecks.map((l) => `Self-check: ${l.title}`));
    for (const [i, quiz] of ofType('imsqti_xmlv1p2/imscc_xmlv1p3/assessment').entries()) expect(quiz.root.assessment.section[0].item).toHaveLength(selfCheckCount(withChecks[i]!.id));
    const urls = ofType('imswl_xmlv1p3').map((r) => r.root.url['@href'] as string);
    // the assignment itself, its two lessons and its three readings' pages are linked
    expect(urls).toContain(chosen.shareUrl);
    for (const l of chosen.lessons) expect(urls).toContain(`${base}${l.permalink}`);
    for (const id of chosen.readings) expect(urls).toContain(`${base}/sources/${id}`);
    // an original is linked only where its address is verified
    for (const id of chosen.readings) {
      const url = readingView(id).url;
      if (url) expect(urls).toContain(url);
    }
    const unverified = kz.sources.filter((s) => chosen.readings.includes(s.id) && s.unverified.some((u) => u.field === 'URL'));
    for (const s of unverified) expect(urls.filter((u) => s.URL && u === s.URL)).toEqual([]);
    await context.close();
  });
});

describe('bad input', () => {
  it('a tampered share link shows what is wrong and keeps what it could read', async () => {
    const { context, page } = await newPage();
    const good = kz.sources[0]!.id;
    await openAssign(page, `?v=1&title=T&due=2027-02-31&lessons=no-such-lesson&readings=not-a-source,${good}&questions=x%239&extra=1`);
    const alert = page.getByTestId('link-problems');
    await alert.waitFor();
    await expect(alert.getAttribute('role')).resolves.toBe('alert');
    const message = (await alert.textContent())!;
    expect(message).toContain('Unknown reading "not-a-source"');
    expect(message).toContain('Unknown lesson "no-such-lesson"');
    expect(message).toContain('"2027-02-31" is not a date');
    expect(message).toContain('Unknown question "x#9"');
    expect(message).toContain('"extra"');
    await expect(page.locator(`input[data-reading="${good}"]`).isChecked()).resolves.toBe(true);
    await expect(page.locator('input[name="title"]').inputValue()).resolves.toBe('T');
    await closeWithoutErrors(context, page);
  });

  it('inherited names as reading ids and a link of 1,500 ids show problems, not "This page crashed."', async () => {
    const { context, page } = await newPage();
    await openAssign(page, '?v=1&readings=constructor,__proto__,toString');
    const message = (await page.getByTestId('link-problems').textContent())!;
    expect(message).toContain('Unknown reading "constructor"');
    expect(message).toContain('Unknown reading "__proto__"');
    await expect(page.locator('h1').textContent()).resolves.toBe('Build an assignment');

    // 1,500 rather than the unit test's 12,000: a request line that long passes the test server's header limit
    const ids = Array.from({ length: 1_500 }, (_, i) => `b${i}`).join(',');
    await openAssign(page, `?v=1&readings=${ids}`);
    const items = page.getByTestId('link-problems').locator('li');
    // the cut, ten named ids and one line counting the rest
    await expect.poll(() => items.count()).toBe(12);
    await expect(items.first().textContent()).resolves.toBe('The link lists 1,500 readings; only the first 200 were read.');
    await expect(items.last().textContent()).resolves.toBe('And 190 more unknown readings, left out and not listed one by one.');
    await closeWithoutErrors(context, page);
  });

  it('a link of an unknown version or with broken encoding is refused with a message, not a blank page', async () => {
    const { context, page } = await newPage();
    await openAssign(page, '?v=9&readings=%E0%A4%A');
    const message = (await page.getByTestId('link-problems').textContent())!;
    expect(message).toContain('version "9"');
    expect(message).toContain('Unknown reading');
    await expect(page.locator('h1').textContent()).resolves.toBe('Build an assignment');
    await closeWithoutErrors(context, page);
  });
});

describe('a lesson page', () => {
  it('has an Assign this box, a Cite this lesson block and citation_* meta tags', async () => {
    const { context, page } = await newPage();
    const lessonPath = '/course/oil-labour-2011-strike/strike-and-shooting';
    // every script the page loads, to see that the zip library comes only with the cartridge
    const loadedScripts = scriptsLoadedBy(page);
    const ZIP_LIBRARY = 'extra field too long'; // an error message of fflate's zip writer
    await page.goto(`${base}${lessonPath}`, { waitUntil: 'networkidle' });
    // under load the last chunk's response can arrive after network idle: wait for it, not for a time
    await expect.poll(async () => (await loadedScripts()).length).toBeGreaterThan(2);
    expect((await loadedScripts()).filter((js) => js.includes(ZIP_LIBRARY))).toEqual([]);
    // the course shows no code, so no page ships the Prism highlighter (docusaurus.config.ts, withoutPrism)
    expect((await loadedScripts()).filter((js) => js.includes('prism-code'))).toEqual([]);
    // @docusaurus/utils-common gets tslib's one helper it calls, not all of tslib (docusaurus.config.ts, tslibHelper)
    expect((await loadedScripts()).filter((js) => js.includes('__addDisposableResource'))).toEqual([]);
    const title = (await page.locator('h1').first().textContent())!;
    const meta = async (name: string) => page.locator(`meta[name="${name}"]`).evaluateAll((els) => els.map((e) => e.getAttribute('content')));
    await expect(meta('citation_title')).resolves.toEqual([title]);
    await expect(meta('citation_author')).resolves.toEqual(['kzprotest']);
    // the course records no date for a lesson, so none is claimed
    await expect(meta('citation_publication_date')).resolves.toEqual([]);
    await expect(meta('citation_date')).resolves.toEqual([]);
    const permalink = `${base}${lessonPath}`;
    await expect(page.getByTestId('lesson-permalink').inputValue()).resolves.toBe(permalink);
    await expect(page.getByTestId('classroom-share').getAttribute('href')).resolves.toBe(`https://classroom.google.com/share?url=${encodeURIComponent(permalink)}`);
    const cite = page.locator('section[aria-labelledby="cite-this-lesson"]');
    expect(await cite.textContent()).toContain(permalink);
    expect(await cite.textContent()).toContain(title);
    const lessonReadings = ['atol-2012-cold-winds-from-janaozen', 'rferl-2012-zhanaozen-quiet-but-angry'];
    const group = page.getByRole('group', { name: 'The lesson’s readings' });
    const ris = await downloaded(page, group.getByRole('button', { name: 'RIS' }));
    expect(new Cite(ris.bytes.toString('utf8')).data.map((e) => e.title)).toEqual(lessonReadings.map((id) => readingView(id).csl.title));
    const cc = await downloaded(page, page.getByRole('button', { name: 'Common Cartridge (.imscc)' }));
    expect((await loadedScripts()).filter((js) => js.includes(ZIP_LIBRARY))).toHaveLength(1);
    const files = unzipSync(new Uint8Array(cc.bytes));
    const read = readCartridge(files);
    expect(strFromU8(files['imsmanifest.xml']!)).toContain(title.replace(/&/g, '&amp;'));
    // the lesson, a discussion topic per question of the lesson, its readings
    expect(read.folders.map((f) => f.title)).toEqual([title, 'Discussion', 'Readings']);
    expect(read.folders[1]!.resources.every((r) => r.type === 'imsdt_xmlv1p3')).toBe(true);
    await context.close();
  });
});

describe('a cartridge when the zip library cannot be fetched', () => {
  it('tells the teacher so instead of doing nothing', async () => {
    const { context, page } = await newPage();
    await page.goto(`${base}/course/oil-labour-2011-strike/strike-and-shooting`, { waitUntil: 'networkidle' });
    // as if offline, or the site redeployed since the page loaded: no further script arrives
    await page.route('**/assets/js/**', (route) => route.abort());
    // an alert blocks the page until it is answered, so it is answered as it comes
    const messages: string[] = [];
    page.on('dialog', (dialog) => {
      messages.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole('button', { name: 'Common Cartridge (.imscc)' }).click();
    await expect.poll(() => messages, { timeout: 10_000 }).toHaveLength(1);
    expect(messages[0]).toMatch(/^The Common Cartridge could not be made: .+[^.]\. Reload the page and try again\.$/);
    await context.close();
  });
});

describe('the module handout', () => {
  it('holds every lesson of the module, its text included, and prints as one PDF', async () => {
    const { context, page } = await newPage();
    const handoutPath = '/teach/oil-labour-2011-strike/handout';
    await page.goto(`${base}/course/oil-labour-2011-strike`, { waitUntil: 'networkidle' });
    // the lessons of the module, from its sidebar category
    const lessonLinks = await page
      .locator('nav[aria-label="Docs sidebar"] a.menu__link--active')
      .first()
      .locator('xpath=ancestor::li[contains(@class,"menu__list-item")][1]//ul//a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(lessonLinks.length).toBeGreaterThan(0);
    const firstParagraphs: string[] = [];
    for (const href of lessonLinks) {
      await page.goto(`${base}${href}`, { waitUntil: 'networkidle' });
      firstParagraphs.push((await page.locator('article .markdown > p').first().textContent())!);
    }
    await page.goto(`${base}${handoutPath}`, { waitUntil: 'networkidle' });
    const text = squash((await page.locator('main').textContent())!);
    for (const p of firstParagraphs) expect(text).toContain(squash(p));
    const pdf = await page.pdf({ format: 'A4' });
    const printed = squash(await pdfText(new Uint8Array(pdf)));
    for (const p of firstParagraphs) expect(printed).toContain(squash(p));
    expect(printed).not.toContain(squash('Print this handout'));
    await closeWithoutErrors(context, page);
  });
});

describe('reading lists', () => {
  it('list each reading with APA and Chicago from citation-js, reading time, warnings and only verified links', async () => {
    const { context, page } = await newPage();
    await page.goto(`${base}/teach/oil-labour-2011-strike/readings`, { waitUntil: 'networkidle' });
    const entries = page.locator('article[data-reading]');
    const ids = await entries.evaluateAll((els) => els.map((e) => e.getAttribute('data-reading')!));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const reading = readingView(id);
      const text = squash((await page.locator(`article[data-reading="${id}"]`).textContent())!);
      expect(text).toContain(squash(reading.apa.text));
      expect(text).toContain(squash(reading.chicago.text));
      expect(text).toContain(squash(`about ${reading.readingMinutes} minutes`));
      expect(text).toContain('Readfor');
      const original = page.locator(`article[data-reading="${id}"] li`, { hasText: /^Original:/ });
      await expect(original.count()).resolves.toBe(reading.url ? 1 : 0);
    }
    await page.screenshot({ path: path.join(shots, 'reading-list.png'), fullPage: true });
    await context.close();
  });
});

describe('accessibility of the teacher pages', () => {
  it('axe finds no WCAG 2.2 AA violations on the teacher pages (light mode, and dark for the reading list and the builder)', async () => {
    const good = kz.sources.slice(0, 2).map((s) => s.id).join(',');
    const pages = ['/teach', '/teach/oil-labour-2011-strike/readings', '/teach/oil-labour-2011-strike/handout', '/teach/guides/oil-labour-2011-strike', `/assign?v=1&title=A&readings=${good},nope`];
    // dark mode changes colours only: two pages with every kind of teacher box are enough there
    const runs = [...pages.map((p) => ['light', p] as const), ['dark', pages[1]!] as const, ['dark', pages[4]!] as const];
    expect(await axeViolationsOf(site, runs)).toEqual([]);
  }, 300_000);
});
