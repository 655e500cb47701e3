/**
 * A loader that makes two of Docusaurus's client modules sort by code unit instead of
 * `localeCompare`. Both sorts run as every page hydrates, and the first `localeCompare` of a page
 * makes the browser build its collator, a long task on a slow phone (BENCHMARKS.md has the
 * figures). Neither order is shown to anyone:
 * - plugin-content-docs' `getActivePlugin` sorts the docs instances by path, in reverse, so that
 *   a path is tried before its own prefix ('/android/foo' before '/android'); code-unit order
 *   does that as well. The course has two instances (the lessons and the teacher guides).
 * - theme-common's `useShallowMemoObject` sorts an object's keys so that its memo does not
 *   depend on their order; any fixed order does.
 * A file whose text no longer holds the expected sort stops the build, so that an upgrade of
 * Docusaurus cannot silently bring the collator back.
 */
const path = require('node:path');

/** [file, as Docusaurus writes the sort, the same sort by code unit] */
const REWRITES = [
  [
    ['@docusaurus', 'plugin-content-docs', 'lib', 'client', 'docsClientUtils.js'],
    '.sort((a, b) => b[1].path.localeCompare(a[1].path))',
    '.sort((a, b) => (b[1].path < a[1].path ? -1 : b[1].path > a[1].path ? 1 : 0))',
  ],
  [
    ['@docusaurus', 'theme-common', 'lib', 'utils', 'reactUtils.js'],
    'deps.sort((a, b) => a[0].localeCompare(b[0]));',
    'deps.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));',
  ],
];

/** The files this loader rewrites, as a rule's `test`. */
const test = new RegExp(REWRITES.map(([parts]) => parts.map((p) => p.replace(/[.]/g, '\\.')).join('[\\\\/]') + '$').join('|'));

/** The source with its sort rewritten; throws when the file is one of ours and the sort is not there. */
function rewrite(source, resourcePath) {
  const normal = resourcePath.split(path.sep).join('/');
  const entry = REWRITES.find(([parts]) => normal.endsWith(parts.join('/')));
  if (!entry) return source;
  const [parts, from, to] = entry;
  if (!source.includes(from)) throw new Error(`plugins/startup/codeUnitSort.cjs: ${parts.join('/')} no longer holds "${from}"; check what it sorts now and update the rewrite`);
  return source.replace(from, to);
}

module.exports = function codeUnitSort(source) {
  return rewrite(source, this.resourcePath);
};
module.exports.rewrite = rewrite;
module.exports.test = test;
module.exports.REWRITES = REWRITES;
