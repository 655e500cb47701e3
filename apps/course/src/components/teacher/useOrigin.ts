import { useEffect, useState } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

/** The site's origin: the configured URL while rendering on the server, the page's own once in the browser. */
export function useOrigin(): string {
  const { siteConfig } = useDocusaurusContext();
  const [origin, setOrigin] = useState(siteConfig.url);
  useEffect(() => setOrigin(window.location.origin), []);
  return origin;
}
