/**
 * Helpers for the browser tests: the built site on a static server bound to 127.0.0.1 (started
 * and stopped by its PID) and Debian's Chromium through playwright-core.
 */
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, expect } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export const siteDir = path.resolve(__dirname, '..');
const buildDir = path.join(siteDir, 'build');

/** The Chromium to use: CHROME_PATH, else Debian's /usr/bin/chromium; never skipped silently. */
export function chromePath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'The course\'s browser tests need Chromium and found none. Install Debian\'s package ' +
        '(apt-get install -y chromium, which gives /usr/bin/chromium) or set CHROME_PATH to a Chromium or Chrome binary.',
    );
  }
  return found;
}

export interface Site {
  /** The server's origin, http://127.0.0.1:<port>. */
  url: string;
  /** The site's home: the origin and the base path the site is served under. */
  home: string;
  server: ChildProcess;
  browser: Browser;
  stop(): Promise<void>;
}

/** Serve a built site (default build/) on a free port, under `basePath` (default "/"), and launch Chromium. */
export async function startSite(root = buildDir, basePath = '/'): Promise<Site> {
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new Error(`No built site in ${root}: run "npm run build -w course" (turbo runs it before "test").`);
  }
  const executablePath = chromePath();
  const server = spawn(process.execPath, [path.join(siteDir, 'scripts/static-server.mjs'), root, '0', basePath], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    // a server that never says it listens is killed, not left behind
    server.once('error', reject);
    const timer = setTimeout(() => {
      server.kill('SIGTERM');
      reject(new Error('static server did not start within 10 s'));
    }, 10_000);
    server.once('exit', (code) => reject(new Error(`static server exited with ${code}`)));
    server.stdout!.on('data', (chunk: Buffer) => {
      const match = /listening (\d+)/.exec(String(chunk));
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
  });
  const stopServer = async () => {
    // stop our own server by its PID, and wait for it to go
    if (server.pid && server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      process.kill(server.pid, 'SIGTERM');
      await exited;
    }
  };
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  } catch (error) {
    await stopServer();
    throw error;
  }
  return {
    url: `http://127.0.0.1:${port}`,
    home: `http://127.0.0.1:${port}${basePath}`,
    server,
    browser,
    async stop() {
      await browser.close();
      await stopServer();
    },
  };
}

/**
 * The built site served for the tests of one file: started before them, stopped after them.
 * @example const site = servedSite(); it('…', async () => { await site.browser.newPage(); });
 */
export function servedSite(root = buildDir, basePath = '/'): Site {
  const site = {} as Site;
  beforeAll(async () => {
    Object.assign(site, await startSite(root, basePath));
  });
  afterAll(async () => {
    await site.stop?.();
  });
  return site;
}

/** The text of a PDF (e.g. from page.pdf()), pages joined by spaces. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const doc = await getDocument({ data: bytes, useSystemFonts: true }).promise;
  const parts: string[] = [];
  for (let i = 1; i <= doc.numPages; i += 1) {
    const content = await (await doc.getPage(i)).getTextContent();
    parts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return parts.join(' ');
}

/** The messages of the uncaught errors a page throws from now on, as a list that grows. */
export function errorsThrownBy(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** A page of the served site in a browser context of its own; the test fails unless it answers 200. */
export async function openPage(site: Site, p: string, options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  const response = await page.goto(site.url + p, { waitUntil: 'networkidle' });
  expect(response?.status(), p).toBe(200);
  return { context, page };
}

/** Every script the page loads from now on, as text: what a page ships, and when a library comes. */
export function scriptsLoadedBy(page: Page): () => Promise<string[]> {
  const scripts: Promise<string>[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.push(r.text());
  });
  return () => Promise.all(scripts);
}

/** A page of the site in a context of its own, its scripts watched from the start (scriptsLoadedBy), loaded with its route's chunks. */
export async function openWatchingScripts(site: Site, p: string): Promise<{ context: BrowserContext; page: Page; loadedScripts: () => Promise<string[]> }> {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  const loadedScripts = scriptsLoadedBy(page);
  await page.goto(site.url + p, { waitUntil: 'networkidle' });
  // under load the last chunk's response can arrive after network idle: wait for it, not for a time
  await expect.poll(async () => (await loadedScripts()).length).toBeGreaterThan(2);
  return { context, page, loadedScripts };
}

/** The WCAG 2.2 AA rule sets the course's pages are checked against. */
const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's WCAG 2.2 AA violations on a page as it stands, one line each: the rule, its impact and the first nodes. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
}

/** axe's violations on each page of the served site in its colour scheme, each line naming the scheme and the page. */
export async function axeViolationsOf(site: Site, runs: readonly (readonly ['light' | 'dark', string])[]): Promise<string[]> {
  const problems: string[] = [];
  for (const [colorScheme, p] of runs) {
    // axe needs pages of a context of their own (TOOLCHAIN.md, pitfall 10)
    const { context, page } = await openPage(site, p, { colorScheme });
    for (const v of await axeViolations(page)) problems.push(`${colorScheme} ${p}: ${v}`);
    await context.close();
  }
  return problems;
}
