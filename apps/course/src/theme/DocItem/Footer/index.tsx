/**
 * The theme's doc footer shows a page's tags, its "edit this page" link and its last update;
 * the course has none of them (no tags, no editUrl, no last-update dates), so the theme's
 * footer rendered nothing and only added its components to every docs page's JavaScript. A page
 * that gains any of them stops the build here, so that they are not silently left out.
 */
import type { ReactNode } from 'react';
import { useDoc } from '@docusaurus/plugin-content-docs/client';

export default function DocItemFooter(): ReactNode {
  const { metadata } = useDoc();
  if (metadata.tags.length > 0 || metadata.editUrl || metadata.lastUpdatedAt || metadata.lastUpdatedBy) {
    throw new Error(`${metadata.permalink} has tags, an edit link or a last update: src/theme/DocItem/Footer shows none; restore the theme's footer`);
  }
  return null;
}
