/**
 * What a deployed course needs beyond its pages: a Content-Security-Policy and a referrer policy
 * in every page's <head>, and robots.txt naming the sitemap.
 *
 * The policy is a <meta http-equiv> tag because the course is static files on hosts (GitHub
 * Pages, a school's server) where headers cannot be set. It allows scripts from the site's own
 * origin and the inline scripts Docusaurus writes, by their SHA-256 hashes, computed here after
 * the pages are rendered, so a Docusaurus upgrade that changes them cannot leave a stale hash.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Readers of pages on state violence should not tell the sites they follow links to which lesson they came from. */
export const REFERRER_POLICY = 'same-origin';

// types a browser runs as a classic or module script; anything else (application/ld+json) is data
const SCRIPT_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

/**
 * The policy for a site whose inline scripts have these hashes ("sha256-…").
 * @example contentSecurityPolicy(['sha256-abc=']) // "default-src 'self'; script-src 'self' 'sha256-abc='; …"
 */
export function contentSecurityPolicy(scriptHashes: string[]): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes.map((h) => `'${h}'`)].join(' '),
    // the theme and React write style attributes (the navbar's, the timeline's); no style comes from elsewhere
    "style-src 'self' 'unsafe-inline'",
    // the theme's CSS draws its small icons (caret, external link) as data: SVGs
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Every element of a parsed document, in document order (template contents included). */
export function elementsOf(node: Node): Element[] {
  const out: Element[] = [];
  const walk = (n: Node) => {
    if ('tagName' in n) out.push(n);
    if ('childNodes' in n) n.childNodes.forEach(walk);
    if ('content' in n && n.content) n.content.childNodes.forEach(walk);
  };
  walk(node);
  return out;
}

/** An element's attribute value, undefined when it has none. */
export const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

/** The hashes of a page's inline scripts that a browser would run, from its parsed elements. */
function scriptHashesOf(elements: Element[]): string[] {
  return elements
    .filter((el) => el.tagName === 'script' && attr(el, 'src') === undefined && SCRIPT_TYPES.has((attr(el, 'type') ?? '').trim().toLowerCase()))
    .map((el) => el.childNodes.map((c) => ('value' in c ? c.value : '')).join(''))
    .filter((text) => text.length > 0)
    .map((text) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`);
}

/**
 * Where a page's head tags go, in its elements parsed with their source locations: right after
 * its <meta charset> (or at the start of <head>), before any script, since a policy given by a
 * meta tag governs only what comes after it.
 */
function headTagsOffset(elements: Element[], file: string): number {
  const head = elements.find((el) => el.tagName === 'head');
  const charset = elements.find((el) => el.tagName === 'meta' && attr(el, 'charset') !== undefined && el.parentNode === head);
  const at = charset?.sourceCodeLocation?.endOffset ?? head?.sourceCodeLocation?.startTag?.endOffset;
  if (at === undefined) throw new Error(`${file}: no <head> start tag to put the Content-Security-Policy in`);
  return at;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

export default function securityPlugin(context: LoadContext): Plugin<unknown> {
  return {
    name: 'security',
    injectHtmlTags() {
      return { headTags: [{ tagName: 'meta', attributes: { name: 'referrer', content: REFERRER_POLICY } }] };
    },
    async postBuild({ outDir, siteConfig }) {
      const files = await htmlFiles(outDir);
      // each page parsed once, for its inline scripts and for where its head tags go
      const pages = await Promise.all(
        files.map(async (file) => {
          const html = await readFile(file, 'utf8');
          const elements = elementsOf(parse(html, { sourceCodeLocationInfo: true }));
          return { file, html, hashes: scriptHashesOf(elements), at: headTagsOffset(elements, path.relative(outDir, file)) };
        }),
      );
      // one policy for every page: the client renders other pages' <head> (and their inline
      // scripts) in place when a reader follows a link, under the first page's policy
      const hashes = [...new Set(pages.flatMap((p) => p.hashes))].sort();
      const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttr(contentSecurityPolicy(hashes))}">`;
      await Promise.all(
        pages.map(async ({ file, html, at }) => {
          // other plugins' postBuild (the search index) read these files meanwhile: replace each whole
          const next = `${file}.csp-tmp`;
          await writeFile(next, html.slice(0, at) + meta + html.slice(at));
          await rename(next, file);
        }),
      );
      // crawlers read robots.txt only at a host's root; for a site under a sub-path the host's own
      // robots.txt must name this sitemap (README, "Deploying under a sub-path")
      const sitemap = `${siteConfig.url}${context.baseUrl}sitemap.xml`;
      await writeFile(path.join(outDir, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`);
    },
  };
}
