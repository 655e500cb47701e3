/**
 * Where the course is served: the one place that reads SITE_URL and BASE_URL. Canonical links,
 * og:url, citation meta, the sitemap, robots.txt, permalinks, share links and Common Cartridge
 * links all derive from what this returns (through the Docusaurus config's `url` and `baseUrl`).
 */

/** The site's origin and base path, e.g. { url: "https://example.org", baseUrl: "/kzprotest/" }. */
export interface SiteAddress {
  /** Scheme and host (and port), no path and no trailing slash. */
  url: string;
  /** The path the site lives under, with a leading and a trailing slash ("/" at a host's root). */
  baseUrl: string;
}

/** What `npm start` serves: the address for a local build, never for a deployed one. */
export const LOCAL_ADDRESS: SiteAddress = { url: 'http://localhost:3000', baseUrl: '/' };

/**
 * The address from SITE_URL and BASE_URL (localhost:3000 and "/" when unset); a value that
 * cannot be an address stops the build with what is wrong and an example.
 * @example siteAddress({ SITE_URL: 'https://example.org', BASE_URL: '/kzprotest/' })
 */
export function siteAddress(env: Record<string, string | undefined> = process.env): SiteAddress {
  return { url: siteUrlFrom(env.SITE_URL), baseUrl: baseUrlFrom(env.BASE_URL) };
}

function siteUrlFrom(raw: string | undefined): string {
  if (raw === undefined || raw.trim() === '') return LOCAL_ADDRESS.url;
  const problem = (why: string) =>
    new Error(`SITE_URL="${raw}" ${why}. Give the origin only, such as SITE_URL=https://example.org, and the path in BASE_URL (BASE_URL=/kzprotest/).`);
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw problem('is not an absolute URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw problem(`uses ${url.protocol} where http: or https: is needed`);
  if (url.pathname !== '/' || url.search || url.hash) throw problem('has a path, query or fragment');
  if (url.username || url.password) throw problem('holds a user name or password');
  return url.origin;
}

function baseUrlFrom(raw: string | undefined): string {
  if (raw === undefined || raw.trim() === '') return LOCAL_ADDRESS.baseUrl;
  const path = raw.trim();
  // a base path is a plain path: "https://…" or "?x" here is a value meant for SITE_URL or a typo
  if (!/^\/?([A-Za-z0-9._~-]+\/?)*$/.test(path) || path.split('/').some((s) => s === '.' || s === '..')) {
    throw new Error(`BASE_URL="${raw}" is not a path of plain segments. Give the path the site lives under, such as BASE_URL=/kzprotest/ (or / for the host's root).`);
  }
  return `/${path.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}
