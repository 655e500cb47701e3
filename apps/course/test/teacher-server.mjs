#!/usr/bin/env node
// The teacher tests' static server for the built site: binds 127.0.0.1 on a free port, prints
// "listening <port>", and maps /a/b to a/b.html or a/b/index.html (trailingSlash: false).
// The test starts it as its own process and stops it by its PID.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const base = path.resolve(process.argv[2] ?? 'build');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.xml': 'application/xml', '.woff2': 'font/woff2' };

async function find(urlPath) {
  let clean;
  try {
    clean = path.normalize(decodeURIComponent(urlPath));
  } catch {
    return undefined;
  }
  const direct = path.join(base, clean);
  if (!direct.startsWith(base)) return undefined;
  for (const candidate of [direct, `${direct.replace(/\/$/, '')}.html`, path.join(direct, 'index.html')]) {
    if (await stat(candidate).then((s) => s.isFile(), () => false)) return candidate;
  }
  return undefined;
}

const server = createServer(async (req, res) => {
  const file = await find(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
  const body = await readFile(file ?? path.join(base, '404.html')).catch(() => Buffer.from('not found'));
  res.writeHead(file ? 200 : 404, { 'content-type': TYPES[path.extname(file ?? '.html')] ?? 'application/octet-stream' });
  res.end(body);
});
server.listen(0, '127.0.0.1', () => console.log(`listening ${server.address().port}`));
process.on('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
