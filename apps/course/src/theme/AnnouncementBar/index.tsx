/**
 * The course has no announcement bar (no themeConfig.announcementBar), for which the theme's bar
 * renders nothing; this keeps its components out of every page's main.js. Configuring one
 * stops the build here, so that it is not silently left out.
 */
import type { ReactNode } from 'react';
import { useThemeConfig } from '@docusaurus/theme-common';

export default function AnnouncementBar(): ReactNode {
  if (useThemeConfig().announcementBar) {
    throw new Error('themeConfig.announcementBar is set: src/theme/AnnouncementBar shows none; restore the theme\'s bar');
  }
  return null;
}
