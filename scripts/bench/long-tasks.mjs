/**
 * What a page costs a slow phone's main thread as it starts: the page loaded in Chromium with
 * the CPU slowed 4× (as Lighthouse's mobile preset assumes), and the long tasks (over 50 ms)
 * the browser reports in its first seconds. Prints, per load, the sum of each long task's time
 * past 50 ms (total blocking time, measured rather than simulated) and the tasks' lengths.
 * A tool for work on the course's start-up, not part of `npm run bench`: serve a build first
 * (node apps/course/scripts/static-server.mjs apps/course/build 0 / --gzip).
 *
 * Usage: node scripts/bench/long-tasks.mjs <url> [loads, default 3] [--viewport WxH, default 412x823, a phone's]
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const viewportAt = args.indexOf('--viewport');
const viewportArg = viewportAt === -1 ? '412x823' : args.splice(viewportAt, 2)[1];
const [url, loadsArg = '3'] = args;
const loads = Number(loadsArg);
const [width, height] = (viewportArg ?? '').split('x').map(Number);
if (!url || !Number.isInteger(loads) || loads < 1 || !(width > 0 && height > 0)) {
  console.error('usage: node scripts/bench/long-tasks.mjs <url> [loads] [--viewport WxH]');
  process.exit(2);
}
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`no Chromium at ${executablePath}: apt-get install -y chromium (or set CHROME_PATH)`);
  process.exit(1);
}

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
try {
  for (let load = 1; load <= loads; load++) {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longTasks.push(Math.round(entry.duration));
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(url, { waitUntil: 'load' });
    // idle-time work (prefetching, deferred effects) shows up in the seconds after load
    await page.waitForTimeout(5000);
    const tasks = await page.evaluate(() => window.__longTasks);
    const blocking = tasks.reduce((sum, ms) => sum + Math.max(0, ms - 50), 0);
    console.log(`load ${load}: blocking ${blocking} ms; long tasks ${tasks.join(', ')} ms`);
    await context.close();
  }
} finally {
  await browser.close();
}
