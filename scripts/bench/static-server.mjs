/**
 * A static file server for a built Docusaurus site that compresses as a production host does
 * (`docusaurus serve` does not, which would cost Lighthouse points no deployment loses).
 * Binds 127.0.0.1 on a free port, prints `listening <port>` and serves until killed.
 *
 * Usage: node scripts/bench/static-server.mjs <dir>
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = resolve(process.argv[2] ?? '.');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};
const compressible = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt', '.webmanifest']);
const cache = new Map();

/** The file a URL path names, as static hosts resolve Docusaurus routes (x, x.html, x/index.html). */
function fileFor(urlPath) {
  const clean = normalize(decodeURIComponent(urlPath.split('?')[0])).replace(/^(\.\.[/\\])+/, '');
  for (const candidate of [clean, `${clean}.html`, join(clean, 'index.html')]) {
    const path = join(dir, candidate);
    if (path.startsWith(dir) && existsSync(path) && statSync(path).isFile()) return path;
  }
  return undefined;
}

const server = createServer((req, res) => {
  const found = fileFor(req.url ?? '/');
  const path = found ?? join(dir, '404.html');
  const ext = extname(path);
  const accept = String(req.headers['accept-encoding'] ?? '');
  // gzip only, so the bytes measured are the gzip bytes the figures name
  const encoding = compressible.has(ext) && /\bgzip\b/.test(accept) ? 'gzip' : undefined;
  const key = `${path}|${encoding}`;
  let body = cache.get(key);
  if (!body) {
    const raw = readFileSync(path);
    body = encoding ? gzipSync(raw, { level: 9 }) : raw;
    cache.set(key, body);
  }
  res.writeHead(found ? 200 : 404, {
    'content-type': types[ext] ?? 'application/octet-stream',
    'content-length': body.length,
    // hashed assets never change; pages are revalidated
    'cache-control': /[/\\]assets[/\\]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...(encoding ? { 'content-encoding': encoding, vary: 'accept-encoding' } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
});
server.listen(0, '127.0.0.1', () => console.log(`listening ${server.address().port}`));
