import { useEffect, useState } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useBaseUrlUtils } from '@docusaurus/useBaseUrl';

/**
 * Turns a site path ("/assign?v=1", a permalink) into an absolute URL under the base path
 * (BASE_URL). The origin is the configured one (SITE_URL) in the built HTML; in the browser it is
 * the page's own, so a copy served at another address (a local preview, a school's mirror)
 * hands out links that open where the teacher is.
 * @example const abs = useAbsoluteUrl(); abs('/assign?v=1') // "https://example.org/kzprotest/assign?v=1"
 */
export function useAbsoluteUrl(): (path: string) => string {
  const { siteConfig } = useDocusaurusContext();
  const { withBaseUrl } = useBaseUrlUtils();
  const [origin, setOrigin] = useState(siteConfig.url);
  useEffect(() => setOrigin(window.location.origin), []);
  return (path: string) => `${origin}${withBaseUrl(path)}`;
}
