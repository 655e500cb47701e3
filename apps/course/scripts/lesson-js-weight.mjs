// The JavaScript two lesson pages run in Chromium, raw and gzip -9, and main.*.js, for one built site:
//   node apps/course/scripts/lesson-js-weight.mjs apps/course/build
// Prefetched chunks (<link rel=prefetch>) are left out: they load for links, not for the page.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
const root = process.argv[2];
const server = spawn(process.execPath, [new URL('./static-server.mjs', import.meta.url).pathname, root, '0', '/'], { stdio: ['ignore', 'pipe', 'inherit'] });
const port = await new Promise((r) => server.stdout.on('data', (c) => { const m = /listening (\d+)/.exec(String(c)); if (m) r(Number(m[1])); }));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const main = readdirSync(path.join(root, 'assets/js')).find((f) => /^main\..*\.js$/.test(f));
const mainBytes = readFileSync(path.join(root, 'assets/js', main));
console.log(`main ${main}: raw ${mainBytes.length}, gzip ${gzipSync(mainBytes, { level: 9 }).length}`);
for (const p of ['/course/counting-the-dead/counting-the-dead', '/course/orientation/reading-a-source']) {
  const ctx = await browser.newContext(); const page = await ctx.newPage();
  const files = new Set();
  await page.goto(`http://127.0.0.1:${port}${p}`, { waitUntil: 'networkidle' });
  // scripts the page ran (a <script> element or a chunk the router loaded), not prefetched ones (<link rel=prefetch>)
  const ran = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.initiatorType === 'script' && e.name.endsWith('.js')).map((e) => new URL(e.name).pathname));
  const tags = await page.evaluate(() => [...document.querySelectorAll('script[src]')].map((s) => new URL(s.src).pathname));
  for (const f of [...tags, ...ran]) files.add(f);
  let raw = 0, gz = 0;
  for (const f of files) { const b = readFileSync(path.join(root, f)); raw += b.length; gz += gzipSync(b, { level: 9 }).length; }
  console.log(`${p}: ${files.size} scripts, raw ${raw}, gzip ${gz}`);
  await ctx.close();
}
await browser.close(); process.kill(server.pid);
