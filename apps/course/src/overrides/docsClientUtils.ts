/**
 * Stands in for @docusaurus/plugin-content-docs's client/docsClientUtils.js (see
 * docusaurus.config.ts, plainDocsPluginOrder): the same functions, with `getActivePlugin`
 * ordering the docs instances by code unit instead of `localeCompare`. The course has two
 * instances (the lessons and the teacher guides), so the sort runs on every page, and the first
 * `localeCompare` of a page makes the browser build its collator, a long task on a slow phone
 * while the navbar's search box hydrates. The order only has to put a longer path before its
 * own prefix ('/android/foo' before '/android'), which code-unit order does as well.
 */
import { matchPath } from '@docusaurus/router';
export { getActiveDocContext, getActiveVersion, getDocVersionSuggestions, getLatestVersion } from '@docusaurus/plugin-content-docs/lib/client/docsClientUtils.js';

type PluginData = { path: string };

/** The docs instance whose path the page is under, as Docusaurus's own function finds it. */
export function getActivePlugin<T extends PluginData>(
  allPluginData: Record<string, T>,
  pathname: string,
  options: { failfast?: boolean } = {},
): { pluginId: string; pluginData: T } | undefined {
  const activeEntry = Object.entries(allPluginData)
    .sort((a, b) => (a[1].path < b[1].path ? 1 : a[1].path > b[1].path ? -1 : 0))
    .find(([, pluginData]) => !!matchPath(pathname, { path: pluginData.path, exact: false, strict: false }));
  const activePlugin = activeEntry ? { pluginId: activeEntry[0], pluginData: activeEntry[1] } : undefined;
  if (!activePlugin && options.failfast) {
    throw new Error(
      `Can't find active docs plugin for "${pathname}" pathname, while it was expected to be found. Maybe you tried to use a docs feature that can only be used on a docs-related page? Existing docs plugin paths are: ${Object.values(
        allPluginData,
      )
        .map((plugin) => plugin.path)
        .join(', ')}`,
    );
  }
  return activePlugin;
}
