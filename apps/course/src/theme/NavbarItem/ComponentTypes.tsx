/**
 * The navbar item types the course's navbar uses (docusaurus.config.ts, themeConfig.navbar):
 * links and the modules' sidebar. The theme's own table also imports the version and locale
 * dropdowns, the dropdown, HTML and doc items, which every page's main.js carried unused; an
 * item of another type stops the build with the theme's own "no NavbarItem component" error.
 */
import DefaultNavbarItem from '@theme/NavbarItem/DefaultNavbarItem';
import DocSidebarNavbarItem from '@theme/NavbarItem/DocSidebarNavbarItem';
import type { ComponentTypesObject } from '@theme/NavbarItem/ComponentTypes';

export default {
  default: DefaultNavbarItem,
  docSidebar: DocSidebarNavbarItem,
} as Partial<ComponentTypesObject> as ComponentTypesObject;
