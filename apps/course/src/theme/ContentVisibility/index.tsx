/**
 * The theme's banners for unlisted and draft pages; the course has neither, for which the
 * theme's component renders nothing, and its banners brought the admonition component (which no
 * page of the course uses) into every docs page's chunks. An unlisted or draft page stops the
 * build here (and the dev server's page), so that its banner is not silently left out.
 */
import type { ReactNode } from 'react';
import type { Props } from '@theme/ContentVisibility';

export default function ContentVisibility({ metadata }: Props): ReactNode {
  if (metadata.unlisted || metadata.frontMatter.unlisted || metadata.frontMatter.draft) {
    throw new Error(`A page is unlisted or a draft: src/theme/ContentVisibility shows no banner for it; restore the theme's component`);
  }
  return null;
}
