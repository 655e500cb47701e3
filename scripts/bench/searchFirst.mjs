/**
 * The first search a reader makes on a page, as a phone makes it: Chromium at a phone's size
 * with its CPU slowed four times (Lighthouse's mobile setting), a fresh profile so nothing is
 * cached, the page loaded, then one click in the search box and the query typed. The figure is
 * the time from that click to the first result on screen: it holds fetching and parsing the
 * index, which the search plugin starts on focus, and the query itself.
 */
import { median } from './util.mjs';

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
// the search plugin's dropdown (@easyops-cn/docusaurus-search-local): one element per hit
const SUGGESTION = '[class*="suggestion"] a, .aa-suggestion, [role="option"]';

/**
 * Median milliseconds from the click in the search box to the first suggestion, over `runs`
 * fresh browser profiles.
 * @example await firstSearchMs('http://127.0.0.1:4000/course/x', 'Zhanaozen', { runs: 3 })
 */
export async function firstSearchMs(url, query, { runs = 3 } = {}) {
  const { chromium } = await import('playwright-core');
  const times = [];
  for (let i = 0; i < runs; i++) {
    // playwright gives each launch a fresh temporary profile: nothing cached from the last run
    const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS });
    try {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(url, { waitUntil: 'networkidle' });
      const input = page.locator('input.navbar__search-input, input[type="search"]').first();
      await input.waitFor({ state: 'visible' });
      await page.evaluate((selector) => {
        window.__kzSearch = { start: 0, end: 0 };
        const input = document.querySelector('input.navbar__search-input, input[type="search"]');
        input.addEventListener('pointerdown', () => (window.__kzSearch.start = performance.now()), { once: true });
        new MutationObserver((_, observer) => {
          if (window.__kzSearch.start && document.querySelector(selector)) {
            window.__kzSearch.end = performance.now();
            observer.disconnect();
          }
        }).observe(document.body, { childList: true, subtree: true });
      }, SUGGESTION);
      await input.click();
      await page.keyboard.type(query);
      await page.waitForFunction(() => window.__kzSearch.end > 0, undefined, { timeout: 120_000 });
      const { start, end } = await page.evaluate(() => window.__kzSearch);
      times.push(end - start);
    } finally {
      await browser.close();
    }
  }
  return median(times);
}
