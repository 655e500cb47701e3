#!/usr/bin/env node
// A small static server for the built site, for the browser tests: binds 127.0.0.1 on the
// given port (0 = any free one) and prints "listening <port>" once it accepts connections.
// It resolves URLs the way the site is built (trailingSlash: false): /a/b -> a/b.html or a/b/index.html.
// A third argument serves the site under a base path, as a host does for BASE_URL=/kzprotest/:
// /kzprotest/a -> a.html, and nothing outside /kzprotest/ exists.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const [root = 'build', port = '0', basePath = '/'] = process.argv.slice(2);
const base = path.resolve(root);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

async function isFile(file) {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

async function find(requested) {
  if (!requested.startsWith(basePath) && `${requested}/` !== basePath) return undefined;
  const urlPath = `/${requested.slice(basePath.length)}`;
  const clean = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const direct = path.join(base, clean);
  if (!direct.startsWith(base)) return undefined;
  for (const candidate of [direct, `${direct.replace(/\/$/, '')}.html`, path.join(direct, 'index.html')]) {
    if (await isFile(candidate)) return candidate;
  }
  return undefined;
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const file = await find(url.pathname);
  const status = file ? 200 : 404;
  const body = await readFile(file ?? path.join(base, '404.html')).catch(() => Buffer.from('not found'));
  res.writeHead(status, { 'content-type': TYPES[path.extname(file ?? '404.html')] ?? 'application/octet-stream' });
  res.end(body);
});

server.listen(Number(port), '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening ${typeof address === 'object' && address ? address.port : port}`);
});

for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)));
