import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
const server = spawn(process.execPath, ['scripts/static-server.mjs', process.argv[2] ?? 'build', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const port = await new Promise((r) => server.stdout.on('data', (c) => { const m = /listening (\d+)/.exec(String(c)); if (m) r(m[1]); }));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
page.on('request', (r) => { if (/search|lunr|worker/i.test(r.url())) console.log('req', r.url().slice(-60)); });
await page.goto(`http://127.0.0.1:${port}/events`, { waitUntil: 'networkidle' });
await page.locator('body').focus();
for (let i=0;i<60;i++){ await page.keyboard.press('Tab'); if (await page.evaluate(()=>document.activeElement?.getAttribute('aria-label'))==='Search') break; }
console.log('on search');
await page.keyboard.press('Tab');
for (let i = 0; i < 10; i++) {
  console.log(i*100, await page.evaluate(() => { const a = document.activeElement; const inp = document.querySelector('.navbar__search-input'); return [a?.tagName, a?.className?.slice?.(0,30), inp.parentElement.className, inp.getAttribute('role'), inp.getAttribute('aria-autocomplete')].join(' | '); }));
  await page.waitForTimeout(100);
}
await browser.close(); server.kill();
