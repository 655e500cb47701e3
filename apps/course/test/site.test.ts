/**
 * The built course in real Chromium: lesson, event and timeline pages show their data, the
 * timeline filters work from the keyboard, axe finds no WCAG 2.2 AA violations, and the record
 * pages a lesson links to are prefetched, each file once.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accountsOf, events, findEvents, get, themes } from '@kzprotest/data';
import { axeViolationsOf, openPage, openWatchingScripts, siteDir, servedSite } from './browser';

const SHOOTING = 'zhanaozen-shooting-2011-12-16';
const LESSON = '/course/oil-labour-2011-strike/strike-and-shooting';

const site = servedSite();

/** A page of the site in a context of its own (closed with page.context().close()). */
const open = async (path: string): Promise<Page> => (await openPage(site, path)).page;

/** A test that axe finds no WCAG 2.2 AA violation on the page in each colour scheme. */
function itHasNoAxeViolations(path: string, schemes: readonly ('light' | 'dark')[] = ['light'], name = 'has no axe violations') {
  it(name, async () => {
    expect(await axeViolationsOf(site, schemes.map((scheme) => [scheme, path] as const))).toEqual([]);
  });
}

/** Seeds are hard-wrapped; pages show a quote's line breaks as spaces. */
const flow = (text: string) => text.replace(/\s*\n\s*/g, ' ');

/** What has the keyboard focus: a timeline filter's name, else the element's aria-label, else its tag. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el?.dataset.filter ?? el?.getAttribute('aria-label') ?? el?.tagName ?? '';
  });
}

/** Tab from the top of the page until `name` (see focusedName) has the focus. */
async function tabFromTopTo(page: Page, name: string) {
  await page.locator('body').focus();
  for (let i = 0; i < 60 && (await focusedName(page)) !== name; i++) await page.keyboard.press('Tab');
  expect(await focusedName(page), `Tab reaches ${name}`).toBe(name);
}

describe('a lesson page', () => {
  it('shows its boxes, its readings and the data its components take', async () => {
    const page = await open(LESSON);
    await expect(page.locator('h1').first().textContent()).resolves.toBe('The strike and how it ended');
    for (const box of ['Content warning', 'Questions', 'Objectives', 'Readings', 'Key points']) {
      expect(await page.getByText(box, { exact: true }).count(), `box "${box}"`).toBeGreaterThan(0);
    }
    // readings are source cards with the source's title
    await expect(page.locator('#source-card-atol-2012-cold-winds-from-janaozen a').first().textContent()).resolves.toBe(
      get('atol-2012-cold-winds-from-janaozen', 'sources').title,
    );
    // every account of the death toll, as printed, with its source
    const accounts = accountsOf(SHOOTING, 'killed');
    const rows = page.locator('table caption', { hasText: 'every account of' }).first().locator('xpath=..').locator('tbody tr');
    await expect(rows.count()).resolves.toBe(accounts.length);
    for (const [i, account] of accounts.entries()) {
      const row = rows.nth(i);
      await expect(row.locator('th').textContent()).resolves.toBe(account.claim.figure!.raw);
      expect(await row.textContent()).toContain(account.source.title);
    }
    // a verbatim quote linked to where it is in its source
    const quote = get('rferl-strike-began-previous-may', 'claims');
    const figure = page.locator('figure', { hasText: flow(quote.quote.exact) });
    await expect(figure.count()).resolves.toBe(1);
    await expect(figure.locator('figcaption a').last().getAttribute('href')).resolves.toBe(`/sources/${quote.source}#${quote.id}`);
    // the self-check's answers come from the data and open from the keyboard
    const answer = page.locator('details', { hasText: 'Answer' }).first();
    await answer.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(answer.getAttribute('open')).resolves.not.toBeNull();
    await page.context().close();
  });

  itHasNoAxeViolations(LESSON, ['light', 'dark'], 'has no axe violations, in light and in dark mode');
});

describe('an event page', () => {
  const path = `/events/${SHOOTING}`;

  it('shows the event, its date in words, every figure and its evidence', async () => {
    const page = await open(path);
    const event = get(SHOOTING, 'events');
    await expect(page.locator('h1').textContent()).resolves.toBe(event.title);
    expect(await page.locator('main').textContent()).toContain('16 December 2011');
    const raws = await page.locator('table tbody th').allTextContents();
    for (const account of accountsOf(SHOOTING).filter((a) => a.claim.figure)) expect(raws).toContain(account.claim.figure!.raw);
    for (const id of event.claims) {
      const claim = get(id, 'claims');
      expect(await page.locator('blockquote', { hasText: flow(claim.quote.exact) }).count(), `claim ${id}`).toBeGreaterThan(0);
    }
    await page.context().close();
  });

  itHasNoAxeViolations(path);
});

describe('the timeline', () => {
  const items = (page: Page) => page.locator('ol li[data-event]');
  /** The timeline's order: by the earliest day an event can be, then by the latest. */
  const byStartThenEnd = (list: readonly (typeof events)[number][]) =>
    [...list].sort((a, b) => a.dateRange.earliest.localeCompare(b.dateRange.earliest) || a.dateRange.latest.localeCompare(b.dateRange.latest) || a.id.localeCompare(b.id));

  /**
   * Arrow keys, not typed names, pick the option: a closed select's type-ahead starts over
   * after a pause between keys (a second in Chromium), which a loaded machine can cause.
   */
  async function chooseWithArrowKeys(page: Page, filter: string, id: string) {
    const select = page.locator(`select[data-filter=${filter}]`);
    expect(await focusedName(page), `focus is on the ${filter} filter`).toBe(filter);
    const optionCount = await select.locator('option').count();
    for (let i = 0; i < optionCount && (await select.inputValue()) !== id; i++) await page.keyboard.press('ArrowDown');
    await expect(select.inputValue()).resolves.toBe(id);
  }

  it('lists every event in date order, each linked to its page', async () => {
    const page = await open('/events');
    await expect(items(page).count()).resolves.toBe(events.length);
    const ids = await items(page).evaluateAll((lis) => lis.map((li) => li.getAttribute('data-event')));
    const ordered = byStartThenEnd(events);
    expect(ids).toEqual(ordered.map((e) => e.id));
    // a day comes before a longer span that starts in the same month
    for (let i = 1; i < ordered.length; i++) expect(ordered[i - 1]!.dateRange.earliest <= ordered[i]!.dateRange.earliest).toBe(true);
    await expect(items(page).first().locator('a').getAttribute('href')).resolves.toBe(`/events/${ordered[0]!.id}`);
    await page.context().close();
  });

  it('filters by theme and place from the keyboard alone', async () => {
    const page = await open('/events');
    await tabFromTopTo(page, 'theme');
    const theme = themes.find((t) => t.id === 'labour-rights')!;
    await chooseWithArrowKeys(page, 'theme', theme.id);
    const byTheme = findEvents({ theme: theme.id });
    await expect.poll(() => items(page).count()).toBe(byTheme.length);
    await expect(page.getByRole('status').textContent()).resolves.toBe(`Showing ${byTheme.length} of ${events.length} events`);

    await page.keyboard.press('Tab');
    const place = get('zhanaozen', 'places');
    await chooseWithArrowKeys(page, 'place', place.id);
    // places inside Zhanaozen (its central square) count, as in the package's findEvents
    const both = findEvents({ theme: theme.id, place: place.id });
    expect(both.length).toBeGreaterThan(0);
    const shownIds = () => items(page).evaluateAll((lis) => lis.map((li) => li.getAttribute('data-event')));
    await expect.poll(shownIds).toEqual(byStartThenEnd(both).map((e) => e.id));
    // the filters are in the address, so that the view can be shared
    await expect.poll(() => new URL(page.url()).searchParams.get('place')).toBe(place.id);
    expect(new URL(page.url()).searchParams.get('theme')).toBe(theme.id);

    // "Show all" is a button: reach it and press it
    const focusedButton = () => page.evaluate(() => (document.activeElement?.tagName === 'BUTTON' ? document.activeElement.textContent : null));
    for (let i = 0; i < 5 && (await focusedButton()) === null; i++) await page.keyboard.press('Tab');
    await expect(focusedButton(), 'Tab reaches the Show all button').resolves.toBe('Show all');
    await page.keyboard.press('Enter');
    await expect.poll(() => items(page).count()).toBe(events.length);
    await page.context().close();
  });

  it('opens a shared address with its filters chosen, and says so when nothing matches', async () => {
    const both = findEvents({ theme: 'labour-rights', place: 'zhanaozen' });
    const page = await open('/events?theme=labour-rights&place=zhanaozen&actor=no-such-actor');
    await expect.poll(() => items(page).count()).toBe(both.length);
    await expect(page.locator('select[data-filter=theme]').inputValue()).resolves.toBe('labour-rights');
    // an id the filter does not offer is dropped, not turned into an empty list
    await expect(page.locator('select[data-filter=actor]').inputValue()).resolves.toBe('');
    // a type that none of these events has
    const types = await page.locator('select[data-filter=type] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    const unused = types.find((t) => !both.some((e) => e.type === t))!;
    expect(unused).toBeDefined();
    await page.locator('select[data-filter=type]').selectOption(unused);
    await expect.poll(() => items(page).count()).toBe(0);
    await expect.poll(() => page.getByText('No event matches all of these filters.').isVisible()).toBe(true);
    expect(new URL(page.url()).searchParams.get('type')).toBe(unused);
    await page.getByRole('button', { name: 'Show all' }).click();
    await expect.poll(() => items(page).count()).toBe(events.length);
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await page.context().close();
  });

  itHasNoAxeViolations('/events');
});

describe('the other page types', () => {
  for (const path of ['/', '/course/orientation', '/sources', '/sources/atol-2012-cold-winds-from-janaozen', '/actors', '/actors/yevgeny-zhovtis', '/places', '/places/zhanaozen', '/themes', '/themes/labour-rights']) {
    itHasNoAxeViolations(path, ['light'], `${path} has no axe violations`);
  }
});

describe('moving to another page', () => {
  it('shows the progress bar when the next page is slow to come, with its library fetched only then', async () => {
    const { context, page, loadedScripts } = await openWatchingScripts(site, LESSON);
    const PROGRESS_BAR = '<div class="bar" role="bar">'; // nprogress's template
    expect((await loadedScripts()).filter((js) => js.includes(PROGRESS_BAR))).toEqual([]);
    // from now on every script but the bar's own comes 1.5 s late, as on a slow connection
    await page.route('**/assets/js/*.js', async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      if (!body.includes(PROGRESS_BAR)) await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.fulfill({ response, body });
    });
    const next = page.locator('a.pagination-nav__link--next');
    const nextTitle = (await next.locator('.pagination-nav__label').textContent())!;
    await next.click();
    await page.locator('#nprogress .bar').waitFor({ state: 'attached', timeout: 10_000 });
    expect((await loadedScripts()).filter((js) => js.includes(PROGRESS_BAR))).toHaveLength(1);
    await expect.poll(async () => page.locator('h1').first().textContent(), { timeout: 15_000 }).toBe(nextTitle);
    // the bar finishes and goes once the page is in
    await page.locator('#nprogress').waitFor({ state: 'detached', timeout: 10_000 });
    await context.close();
  });
});

describe('search', () => {
  it('downloads an index of at most 1 MB, where a record page is its title and summary only', () => {
    const file = path.join(siteDir, 'build', 'search-index.json');
    expect(statSync(file).size).toBeLessThanOrEqual(1_000_000);
    const parts = JSON.parse(readFileSync(file, 'utf8')) as { documents: { u: string; t: string }[] }[];
    const content = parts[parts.length - 1]!.documents;
    const event = get(SHOOTING, 'events');
    const page = content.filter((d) => d.u === `/events/${SHOOTING}`);
    expect(page.length).toBe(1);
    // the summary is there; the evidence (any quote of the event's claims) is not
    expect(page[0]!.t).toContain(event.summary.slice(0, 40));
    for (const id of event.claims) expect(page[0]!.t).not.toContain(flow(get(id, 'claims').quote.exact).slice(0, 40));
  });


  it('leaves the keyboard focus where the user took it while the navbar search loads its index', async () => {
    const page = await open('/events');
    // hold the index back until the user has tabbed on, as on a slow connection
    let releaseIndex = () => {};
    const userHasTabbedOn = new Promise<void>((resolve) => (releaseIndex = resolve));
    await page.route('**/search-index*.json*', async (route) => {
      await userHasTabbedOn;
      await route.continue();
    });
    await tabFromTopTo(page, 'Search');
    // focusing the box has started loading the index; the content warning's link comes first
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('class agreements');
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('theme');
    releaseIndex();
    // the plugin makes its box a combobox once the index is in, in the same task where it used
    // to take the focus back
    await page.waitForFunction(() => document.querySelector('input[aria-label="Search"]')?.getAttribute('role') === 'combobox', null, { timeout: 15_000 });
    expect(await focusedName(page), 'the focus stays on the theme filter').toBe('theme');

    // the shortcut still takes the user to the box, and the box still finds a place
    await page.keyboard.press('Control+k');
    expect(await focusedName(page)).toBe('Search');
    const place = get('zhanaozen', 'places');
    await page.keyboard.type(place.name);
    // suggestions update as each letter arrives, so wait for the one that names the place
    await page.getByRole('option').filter({ hasText: place.name }).first().waitFor({ timeout: 15_000 });
    await page.context().close();
  });

  it('fetches the search worker\'s module at the first focus of the search box, not with the page, and then finds a place', async () => {
    const { context, page, loadedScripts } = await openWatchingScripts(site, LESSON);
    const WORKER_LINK = 'Comlink.endpoint'; // a constant of comlink, through which the bar talks to the index worker
    expect((await loadedScripts()).filter((js) => js.includes(WORKER_LINK))).toEqual([]);
    const place = get('zhanaozen', 'places');
    await page.locator('input[aria-label="Search"]').click();
    await page.keyboard.type(place.name);
    await page.getByRole('option').filter({ hasText: place.name }).first().waitFor({ timeout: 15_000 });
    expect((await loadedScripts()).filter((js) => js.includes(WORKER_LINK)).length).toBeGreaterThan(0);
    await context.close();
  });

  it('finds a place by another spelling on the search page', async () => {
    const place = get('zhanaozen', 'places');
    const other = place.spellings.find((s) => s.name !== place.name)!.name;
    const page = await open(`/search?q=${encodeURIComponent(other)}`);
    // the search page has no <main>; the hit is a link to the place's page
    const hit = page.locator(`a[href="/places/${place.id}"]`).first();
    await hit.waitFor({ timeout: 30_000 });
    expect(await hit.textContent()).toContain(place.name);
    await page.context().close();
  });

  it('lists each page once on /search, its matching sections under it', async () => {
    // "torture" is in the event's title, summary and quotes, and in a lesson's title, headings and text:
    // the plugin finds each of those as a hit of its own
    const page = await open('/search?q=torture');
    await page.locator('article h2 a').first().waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('article').count(), { timeout: 15_000 }).toBeGreaterThan(3);
    const pages = await page.$$eval('article h2 a', (links) => links.map((a) => new URL(a.getAttribute('href')!, location.href).pathname));
    const twice = pages.filter((p, i) => pages.indexOf(p) !== i);
    expect(twice, `listed more than once: ${twice.join(', ')}`).toEqual([]);
    expect(pages).toContain('/events/torture-in-detention-2022');
    expect(await page.getByText(`${pages.length} pages found`).count()).toBe(1);
    await page.context().close();
  });

  it('indexes the lessons and record pages, not the teacher pages that repeat them', async () => {
    const page = await open('/');
    const index = (await (await page.request.get(`${site.url}/search-index.json`)).json()) as { documents: { u: string }[] }[];
    const urls = new Set(index.flatMap((part) => part.documents.map((d) => d.u)));
    expect(urls.has(LESSON)).toBe(true);
    expect(urls.has(`/events/${SHOOTING}`)).toBe(true);
    expect([...urls].filter((u) => u.startsWith('/teach') || u === '/assign')).toEqual([]);
    await page.context().close();
  });
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

// the lesson with the most links to record pages (src/overrides/docusaurusPrefetch.ts)
const MANY_LINKS = '/course/working-with-sources/spellings';

describe('prefetching on a lesson full of record links', () => {
  it('fetches the record pages linked in view ahead, each file once, and the links still work', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.url}${MANY_LINKS}`, { waitUntil: 'networkidle' });
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
