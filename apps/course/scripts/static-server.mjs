#!/usr/bin/env node
// The static server for a built site, used by the browser tests and by the benchmarks: binds
// 127.0.0.1 on the given port (0 = any free one) and prints "listening <port>" once it accepts
// connections; it serves until it gets SIGTERM or SIGINT.
//
//   node apps/course/scripts/static-server.mjs <dir> [port] [basePath] [--gzip]
//
// It resolves URLs the way the site is built (trailingSlash: false): /a/b -> a/b.html or a/b/index.html.
// A base path serves the site under it, as a host does for BASE_URL=/kzprotest/: /kzprotest/a -> a.html,
// and nothing outside /kzprotest/ exists. --gzip compresses as a production host does (gzip level 9),
// which `docusaurus serve` does not: the benchmarks measure the bytes a deployment sends.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const gzip = args.includes('--gzip');
const [root = 'build', port = '0', basePath = '/'] = args.filter((a) => a !== '--gzip');
const base = path.resolve(root);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt', '.webmanifest']);
// compressed once per file: level 9 is slow, and a page load asks for the same assets again
const compressed = new Map();

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
  const served = file ?? path.join(base, '404.html');
  const ext = path.extname(served);
  let body = await readFile(served).catch(() => Buffer.from('not found'));
  // gzip only, so the bytes measured are the gzip bytes the benchmark figures name
  const encoding = gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) ? 'gzip' : undefined;
  if (encoding) {
    let zipped = compressed.get(served);
    if (!zipped) compressed.set(served, (zipped = gzipSync(body, { level: 9 })));
    body = zipped;
  }
  res.writeHead(file ? 200 : 404, {
    'content-type': TYPES[ext] ?? 'application/octet-stream',
    'content-length': body.length,
    // hashed assets never change; pages are revalidated
    'cache-control': /[/\\]assets[/\\]/.test(served) ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...(encoding ? { 'content-encoding': encoding, vary: 'accept-encoding' } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
});

server.listen(Number(port), '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening ${typeof address === 'object' && address ? address.port : port}`);
});

for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)));
