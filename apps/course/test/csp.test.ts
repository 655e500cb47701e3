/**
 * The Content-Security-Policy in real Chromium: every page type, a navigation inside the site,
 * the search (its worker) and every download run under the policy the build writes, and the
 * browser reports no violation, neither as a `securitypolicyviolation` event nor on the console.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as kz from '@kzprotest/data';
import { startSite, type Site } from './browser';

const LESSON = '/course/oil-labour-2011-strike/strike-and-shooting';
const MODULE = 'oil-labour-2011-strike';
const first = <T extends { id: string }>(records: readonly T[]) => records[0]!.id;

const PAGE_TYPES = [
  '/',
  `/course/${MODULE}`,
  LESSON,
  '/events',
  `/events/${first(kz.events)}`,
  '/sources',
  `/sources/${first(kz.sources)}`,
  '/actors',
  `/actors/${first(kz.actors)}`,
  '/places',
  `/places/${first(kz.places)}`,
  '/themes',
  `/themes/${first(kz.themes)}`,
  '/teach',
  `/teach/${MODULE}/readings`,
  `/teach/${MODULE}/handout`,
  '/assign',
  '/search?q=Zhanaozen',
  '/no-such-page',
];

let site: Site;
let context: BrowserContext;
const violations: string[] = [];

beforeAll(async () => {
  site = await startSite();
  context = await site.browser.newContext({ acceptDownloads: true, viewport: { width: 1200, height: 900 } });
  await context.exposeFunction('reportCspViolation', (v: string) => violations.push(v));
  // the listener is added before any of the page's own scripts run, so nothing is missed
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportCspViolation(v: string): void }).reportCspViolation(
        `${location.pathname}: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sample || e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
});

afterAll(async () => {
  await site?.stop();
});

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (m) => {
    if (/content security policy/i.test(m.text())) violations.push(`${path}: console ${m.type()}: ${m.text()}`);
  });
  await page.goto(site.url + path, { waitUntil: 'networkidle' });
  return page;
}

/** Clicks a download button and returns the size of the file it saved. */
async function download(page: Page, button: ReturnType<Page['locator']>): Promise<number> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return readFileSync((await file.path())!).length;
}

describe('the Content-Security-Policy', () => {
  it('is in every page, before any script, with script hashes and without unsafe-eval', async () => {
    const page = await open('/');
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+;/);
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    // a policy in a meta tag governs only what comes after it
    const before = await page.evaluate(() => {
      const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]')!;
      return Array.from(document.querySelectorAll('script')).filter((s) => meta.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_PRECEDING).length;
    });
    expect(before).toBe(0);
    await expect(page.locator('meta[name="referrer"]').getAttribute('content')).resolves.toBe('same-origin');
    await page.close();
  });

  it.each(PAGE_TYPES)('%s loads without a violation', async (path) => {
    const page = await open(path);
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]').count()).resolves.toBe(1);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.hasHydrated)).toBe('true');
    await page.close();
    expect(violations).toEqual([]);
  });

  it('lets the client render other pages in place, and the search worker run', async () => {
    const page = await open('/');
    await page.getByRole('link', { name: 'Timeline' }).first().click();
    await page.waitForURL('**/events');
    await page.locator(`a[href="/events/${first(kz.events)}"]`).first().click();
    await page.waitForURL(`**/events/${first(kz.events)}`);
    // the navbar search loads its index in a worker and suggests pages as the user types
    const box = page.locator('input[aria-label="Search"]');
    await box.click();
    await page.waitForFunction(() => document.querySelector('input[aria-label="Search"]')?.getAttribute('role') === 'combobox', null, { timeout: 15_000 });
    await box.pressSequentially('Zhanaozen');
    await page.getByRole('option').filter({ hasText: 'Zhanaozen' }).first().waitFor({ timeout: 15_000 });
    await page.close();
    expect(violations).toEqual([]);
  });

  it('runs every download of a lesson, a reading list and an assignment without a violation', async () => {
    const sizes: Record<string, number> = {};
    const lesson = await open(LESSON);
    for (const name of ['BibTeX', 'RIS', 'CSL-JSON', 'Common Cartridge (.imscc)']) {
      sizes[`lesson ${name}`] = await download(lesson, lesson.getByRole('button', { name, exact: true }).first());
    }
    await lesson.getByRole('link', { name: 'Build an assignment from it' }).click();
    await lesson.locator('main[data-ready="true"]').waitFor();
    for (const name of ['BibTeX', 'RIS', 'CSL-JSON']) sizes[`assignment ${name}`] = await download(lesson, lesson.getByRole('button', { name, exact: true }).first());
    sizes['assignment cartridge'] = await download(lesson, lesson.getByRole('button', { name: /Common Cartridge/ }));
    await lesson.close();

    const readings = await open(`/teach/${MODULE}/readings`);
    const buttons = readings.getByRole('button', { name: /^(BibTeX|RIS|CSL-JSON)$/ });
    const count = await buttons.count();
    expect(count).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < count; i += 1) sizes[`reading list ${i}`] = await download(readings, buttons.nth(i));
    await readings.close();

    expect(Object.entries(sizes).filter(([, size]) => size === 0)).toEqual([]);
    expect(violations).toEqual([]);
  });
});
