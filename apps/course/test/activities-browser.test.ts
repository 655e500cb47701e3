/**
 * Each kind of activity done in Chromium from the keyboard, against the built site: a wrong
 * answer and a right one, the feedback read against @kzprotest/data itself (not the activity's
 * own key), the answers kept in the address, the worksheet printed to PDF with answer space and
 * no answers, axe on the page; and /assign picking activities into the share link and handout.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as kz from '@kzprotest/data';
import type { Claim } from '@kzprotest/data';
import { moduleActivities } from '../plugins/activities/index';
import { loadedDocs } from './courseDocs';
import type { Activity } from '../src/components/activities/types';
import { axeViolations, pdfText, siteDir, servedSite } from './browser';

const site = servedSite();

const all: Activity[] = moduleActivities(siteDir, loadedDocs()).flatMap((m) => m.activities);
const find = <K extends Activity['kind']>(id: string, kind: K) => {
  const a = all.find((x) => x.id === id);
  if (!a || a.kind !== kind) throw new Error(`no ${kind} activity "${id}" in the registry`);
  return a as Extract<Activity, { kind: K }>;
};
const squash = (s: string) => s.replace(/\s+/g, '');
/** Whose words a claim is, as the data says: the innermost speaker's name, or the source's publication. */
const voiceName = (c: Claim) => {
  const speaker = c.attributedTo.at(-1);
  const source = kz.get(c.source, 'sources');
  return speaker ? kz.get(speaker, 'actors').name : (source['container-title'] ?? source.publisher);
};

async function open(a: Activity, query = ''): Promise<Page> {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.url}${a.permalink}${query}`, { waitUntil: 'networkidle' });
  await page.locator('main[data-ready="true"]').waitFor();
  return page;
}

/** Choose an option of a native select with the keyboard only: focus, Home, then ArrowDown. */
async function choose(page: Page, answer: string, value: string) {
  const select = page.locator(`select[data-answer="${answer}"]`);
  const index = await select.evaluate((s: HTMLSelectElement, v) => Array.from(s.options).findIndex((o) => o.value === v), value);
  expect(index, `${answer} offers ${value}`).toBeGreaterThan(0);
  await select.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < index; i += 1) await page.keyboard.press('ArrowDown');
  expect(await select.inputValue()).toBe(value);
}

/** Press a control with the keyboard. */
async function press(page: Page, locator: ReturnType<Page['locator']>, key = 'Enter') {
  await locator.focus();
  await page.keyboard.press(key);
}

async function check(page: Page) {
  await press(page, page.getByRole('button', { name: 'Check', exact: true }));
  await expect.poll(() => page.getByTestId('score').innerText()).toMatch(/right/);
}

const feedback = (page: Page, key: string) => page.locator(`#feedback-${key}`);

async function axe(page: Page, label: string) {
  expect(await axeViolations(page), label).toEqual([]);
}

/** Checks the answers and returns the feedback on one item, which must say the answer was wrong. */
async function checkedWrong(page: Page, key: string): Promise<string> {
  await check(page);
  const said = await feedback(page, key).innerText();
  expect(said).toMatch(/^Not quite\./);
  return said;
}

/** The score says every item of the activity is right. */
async function expectFullMarks(page: Page, a: Activity) {
  expect(await page.getByTestId('score').innerText()).toBe(`${a.items.length} of ${a.items.length} right, checked against the data.`);
}

/** The page printed to PDF from Chromium, as text. */
async function printed(page: Page): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  const text = await pdfText(new Uint8Array(await page.pdf({ format: 'A4' })));
  await page.emulateMedia({ media: 'screen' });
  return text;
}

/** What every worksheet holds and lacks: the title, the course's instructions, no feedback, no controls. */
function expectWorksheet(text: string, a: Activity, spaces: string[]) {
  expect(squash(text)).toContain(squash(a.title));
  expect(squash(text)).toContain(squash(a.instructions[0]!));
  for (const s of spaces) expect(squash(text), `answer space "${s}"`).toContain(squash(s));
  expect(text).not.toMatch(/Right\.|Not quite|of \d+ right|Copy the link|Start again/);
}

describe('Put it in order', () => {
  const a = find('02-counting-the-dead/order', 'order');
  const dataRange = (id: string) => kz.get(id, 'events').dateRange;

  it('is done from the keyboard: the first order is wrong, the data’s order right, each date from the data', async () => {
    const page = await open(a);
    await axe(page, 'order');
    await check(page);
    // the first order is never the data's: some event stands before one the data dates wholly before it
    const wrong = await page.locator('[data-feedback="wrong"]').count();
    expect(wrong).toBeGreaterThan(0);
    for (const item of a.items) expect(await feedback(page, item.key).innerText(), item.id).toContain(kz.formatEdtf(kz.get(item.id, 'events').date));
    await axe(page, 'order, checked');

    // sort by the data's first day with Move up, pressed from the keyboard
    const target = [...a.items].sort((x, y) => dataRange(x.id).earliest.localeCompare(dataRange(y.id).earliest) || dataRange(x.id).latest.localeCompare(dataRange(y.id).latest));
    for (const [position, item] of target.entries()) {
      for (;;) {
        const keys = await page.locator('li[data-item]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-item')));
        if (keys.indexOf(item.key) <= position) break;
        await press(page, page.getByRole('button', { name: `Move “${item.title}” up` }));
      }
    }
    await expect.poll(() => page.locator('[aria-live="polite"]').first().innerText()).toMatch(/is now number \d+ of \d+/);
    await check(page);
    await expectFullMarks(page, a);
    expect(await page.locator('[data-feedback="wrong"]').count()).toBe(0);

    // the address holds the answers: opened again, it shows the same order, checked
    const again = await open(a, new URL(page.url()).search);
    await expectFullMarks(again, a);
    await again.context().close();
    await page.context().close();
  }, 180_000);

  it('prints as a worksheet: the events and a box for each number, no dates', async () => {
    const page = await open(a);
    await check(page);
    const text = await printed(page);
    expectWorksheet(text, a, ['Number:', `Number the events from 1 (the earliest) to ${a.items.length}`]);
    // the module's title may hold a date of its own
    const body = squash(text).replaceAll(squash(a.module.title), '');
    for (const item of a.items) {
      expect(body).toContain(squash(`${item.key}. ${item.title}`));
      expect(body, `the date of ${item.id} is the answer`).not.toContain(squash(item.dateLabel));
    }
    await page.context().close();
  }, 120_000);
});

describe('Who says so?', () => {
  const a = find('02-counting-the-dead/who-says', 'who-says');

  it('is done from the keyboard: a wrong voice is corrected with the data’s, the right voices and kinds score full marks', async () => {
    const page = await open(a);
    await axe(page, 'who-says');
    const first = a.items[0]!;
    const claim = kz.get(first.id, 'claims');
    const other = a.voices.find((v) => v.id !== (claim.attributedTo.at(-1) ?? `own:${claim.source}`))!;
    await choose(page, `voice-${first.key}`, other.id);
    await choose(page, `kind-${first.key}`, claim.kind);
    const said = await checkedWrong(page, first.key);
    expect(said).toContain(voiceName(claim));
    await axe(page, 'who-says, checked');

    for (const item of a.items) {
      const c = kz.get(item.id, 'claims');
      await choose(page, `voice-${item.key}`, c.attributedTo.at(-1) ?? `own:${c.source}`);
      await choose(page, `kind-${item.key}`, c.kind);
    }
    await check(page);
    await expectFullMarks(page, a);
    for (const item of a.items) expect(await feedback(page, item.key).innerText()).toContain(voiceName(kz.get(item.id, 'claims')));
    await page.context().close();
  }, 180_000);

  it('prints the quotations with space for the voice and kind, and no answers', async () => {
    const page = await open(a);
    const text = await printed(page);
    expectWorksheet(text, a, ['Whose voice:', 'Kind of claim:', 'The voices:']);
    for (const item of a.items) expect(squash(text)).toContain(squash(item.quote).slice(0, 40));
    expect(text).not.toContain('the data records it');
    await page.context().close();
  }, 120_000);
});

describe('Compare the counts', () => {
  const a = find('02-counting-the-dead/compare-counts', 'compare-counts');
  const accounts = kz.accountsOf(a.event.id, a.property as never);

  it('builds the table of every account of the Zhanaozen toll from the keyboard, checked against accountsOf', async () => {
    expect(a.event.id).toBe('zhanaozen-shooting-2011-12-16');
    expect(a.items.map((i) => i.id)).toEqual(accounts.map((x) => x.claim.id));
    const page = await open(a);
    await axe(page, 'compare');
    const fill = async (key: string, number: string, qualifier: string, voice: string) => {
      const box = page.locator(`input[data-answer="number-${key}"]`);
      await box.focus();
      await page.keyboard.press('Control+A');
      await page.keyboard.type(number);
      await choose(page, `qualifier-${key}`, qualifier);
      await choose(page, `voice-${key}`, voice);
    };
    const first = accounts[0]!.claim;
    await fill(a.items[0]!.key, String((first.figure!.value ?? 0) + 1), first.figure!.qualifier, first.attributedTo.at(-1) ?? `own:${first.source}`);
    const said = await checkedWrong(page, a.items[0]!.key);
    expect(said).toContain(`“${first.figure!.raw}”`);
    expect(said).toContain(String(first.figure!.value));

    for (const [i, item] of a.items.entries()) {
      const c = accounts[i]!.claim;
      await fill(item.key, /\d/.test(c.figure!.raw) ? String(c.figure!.value ?? c.figure!.min) : '', c.figure!.qualifier, c.attributedTo.at(-1) ?? `own:${c.source}`);
    }
    const why = page.locator('textarea[data-answer="why"]');
    await why.focus();
    await page.keyboard.type('The official toll is the authorities’ own.');
    await check(page);
    await expectFullMarks(page, a);
    // the open question has no key, only what the data records about each account
    const material = await page.getByTestId('why-material').innerText();
    expect(material).toContain('no answer key');
    for (const x of accounts) expect(material).toContain(voiceName(x.claim as Claim));
    await axe(page, 'compare, checked');
    // the written answer travels in the address too
    expect(new URL(page.url()).searchParams.get('why')).toBe('The official toll is the authorities’ own.');
    await page.context().close();
  }, 180_000);

  it('prints the accounts with empty cells and writing space for the question', async () => {
    const page = await open(a);
    const text = await printed(page);
    expectWorksheet(text, a, ['Number:', 'Qualifier:', 'Whose figure:', 'Why do the accounts differ?']);
    expect(text).not.toContain('no answer key');
    await page.context().close();
  }, 120_000);
});

describe('Weigh the evidence', () => {
  const a = find('06-january-2022/weigh', 'weigh');
  const linked = (x: string, y: string) => kz.get(x, 'claims').disputes.includes(y) || kz.get(y, 'claims').disputes.includes(x);
  // the side the disputes links give: an odd number of links from the weighed claim challenges it
  const steps = new Map([[a.claim.id, 0]]);
  for (const queue = [a.claim.id]; queue.length; ) {
    const id = queue.shift()!;
    for (const other of kz.claims.filter((c) => linked(c.id, id))) if (!steps.has(other.id)) (steps.set(other.id, steps.get(id)! + 1), queue.push(other.id));
  }
  const sideOf = (id: string) => (steps.get(id)! % 2 === 1 ? 'challenges' : 'supports');

  it('sorts the claims from the keyboard, with the disputes links as the key', async () => {
    const page = await open(a);
    await axe(page, 'weigh');
    const first = a.items[0]!;
    const wrongSide = sideOf(first.id) === 'supports' ? 'challenges' : 'supports';
    await press(page, page.locator(`input[name="side-${first.key}"][value="${wrongSide}"]`), 'Space');
    await check(page);
    expect(await feedback(page, first.key).innerText()).toMatch(new RegExp(`^Not quite\\. It ${sideOf(first.id)} the claim`));
    await axe(page, 'weigh, checked');
    for (const item of a.items) await press(page, page.locator(`input[name="side-${item.key}"][value="${sideOf(item.id)}"]`), 'Space');
    await check(page);
    await expectFullMarks(page, a);
    await page.context().close();
  }, 180_000);

  it('prints the claim and the evidence with space for the sorting, and no key', async () => {
    const page = await open(a);
    const text = await printed(page);
    expectWorksheet(text, a, ['Supports or challenges:']);
    expect(squash(text)).toContain(squash(a.claim.quote).slice(0, 40));
    expect(text).not.toMatch(/It (supports|challenges) the claim/);
    await page.context().close();
  }, 120_000);
});

describe('Map it', () => {
  const a = find('02-counting-the-dead/map', 'map');
  const onMap = new Set(a.places.map((p) => p.id));
  /** The places on the map where the data puts an event: its places or the nearest containing one on the map. */
  const dataPlaces = (eventId: string) =>
    kz.get(eventId, 'events').places.flatMap((p) => {
      for (let id: string | undefined = p; id; id = kz.get(id, 'places').partOf) if (onMap.has(id)) return [id];
      return [];
    });

  it('places events from the list with the keyboard, checked against the events’ places, and by pointer on the map', async () => {
    const page = await open(a);
    await axe(page, 'map');
    const first = a.items[0]!;
    const wrong = a.places.find((p) => !dataPlaces(first.id).includes(p.id))!;
    await choose(page, `place-${first.key}`, wrong.id);
    const said = await checkedWrong(page, first.key);
    for (const id of dataPlaces(first.id)) expect(said).toContain(kz.get(id, 'places').name);
    await axe(page, 'map, checked');

    for (const item of a.items) await choose(page, `place-${item.key}`, dataPlaces(item.id)[0]!);
    await check(page);
    await expectFullMarks(page, a);

    // the map's places are buttons too: select an event, then a marker, from the keyboard
    const last = a.items.at(-1)!;
    await press(page, page.locator(`li[data-item="${last.key}"]`).getByRole('button', { name: 'Place on the map' }));
    await press(page, page.locator(`g[data-place="${wrong.id}"]`));
    expect(await page.locator(`select[data-answer="place-${last.key}"]`).inputValue()).toBe(wrong.id);
    // the coordinates' origin is credited
    const credit = await page.locator('figcaption').first().innerText();
    for (const p of a.places) expect(credit).toContain(kz.get(p.id, 'places').coordinates!.origin.dataset);
    expect(credit).toContain('Natural Earth');
    await page.context().close();
  }, 180_000);

  it('prints the map and the events with space for the place, and no answers', async () => {
    const page = await open(a);
    const text = await printed(page);
    expectWorksheet(text, a, ['Place:']);
    for (const p of a.places) expect(text).toContain(p.name);
    expect(text).not.toContain('The data puts');
    await page.context().close();
  }, 120_000);
});

describe('the teacher’s side', () => {
  it('prints the answer keys only from the teacher pages', async () => {
    const order = find('02-counting-the-dead/order', 'order');
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/teach/counting-the-dead/activities`, { waitUntil: 'networkidle' });
    await axe(page, 'answer keys');
    await page.emulateMedia({ media: 'print' });
    const text = squash(await pdfText(new Uint8Array(await page.pdf({ format: 'A4' }))));
    expect(text.toLowerCase()).toContain(squash('teacher material'));
    for (const item of order.items) expect(text).toContain(squash(item.dateLabel));
    await context.close();
  }, 120_000);

  it('picks activities in /assign into the share link, the handout and back', async () => {
    const activity = find('02-counting-the-dead/map', 'map');
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/assign`, { waitUntil: 'networkidle' });
    await page.locator('main[data-ready="true"]').waitFor();
    await press(page, page.locator(`input[data-activity="${activity.id}"]`), 'Space');
    await expect.poll(async () => new URL(await page.getByTestId('share-link').inputValue()).searchParams.get('activities')).toBe(activity.id);
    const handout = page.getByTestId('handout-activities');
    expect(await handout.innerText()).toContain(activity.title);
    expect(await handout.getByRole('link', { name: activity.title }).getAttribute('href')).toBe(activity.permalink);
    await axe(page, 'assign with an activity');
    const shared = await page.getByTestId('share-link').inputValue();
    const again = await context.newPage();
    await again.goto(shared.replace(/^https?:\/\/[^/]+/, site.url), { waitUntil: 'networkidle' });
    await again.locator('main[data-ready="true"]').waitFor();
    expect(await again.locator(`input[data-activity="${activity.id}"]`).isChecked()).toBe(true);
    expect(await again.getByTestId('link-problems').count()).toBe(0);
    await context.close();
  }, 120_000);
});
