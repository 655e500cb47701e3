/**
 * A loader for the docs plugin's per-page metadata modules
 * (`.docusaurus/docusaurus-plugin-content-docs/<instance>/site-*.json`). The plugin copies a
 * page's whole front matter into its metadata, and the page's MDX module exports the same front
 * matter again; the course's parseFrontMatter (plugins/kzdata/frontMatter.ts) adds the lesson's
 * reading cards and teacher extras (`kz`) to it, and lessons carry their plan (`plan`), so every
 * lesson chunk held that data twice. The pages read it from the MDX module's export (`useDoc()`'s
 * `frontMatter`); from the metadata's copy the theme reads only `draft` and `unlisted`
 * (ContentVisibility). This drops the two course fields from the metadata's copy, in the server's
 * bundle as in the browser's, so a page that read them there would render differently and the
 * built HTML would show it.
 */
const COURSE_FIELDS = ['kz', 'plan'];

/** The metadata module's JSON without the course's fields in its front matter; throws if it has no front matter. */
function rewrite(source, resourcePath) {
  const metadata = JSON.parse(source);
  if (!metadata || typeof metadata.frontMatter !== 'object' || metadata.frontMatter === null) {
    throw new Error(`plugins/startup/docMetadataWithoutCourseData.cjs: ${resourcePath} holds no frontMatter; check what the docs plugin writes now`);
  }
  if (!COURSE_FIELDS.some((field) => field in metadata.frontMatter)) return source;
  const frontMatter = { ...metadata.frontMatter };
  for (const field of COURSE_FIELDS) delete frontMatter[field];
  return JSON.stringify({ ...metadata, frontMatter });
}

module.exports = function docMetadataWithoutCourseData(source) {
  return rewrite(source, this.resourcePath);
};
module.exports.rewrite = rewrite;
module.exports.COURSE_FIELDS = COURSE_FIELDS;
/** The files this loader rewrites, as a rule's `test`. */
module.exports.test = /[\\/]\.docusaurus[\\/]docusaurus-plugin-content-docs[\\/][^\\/]+[\\/]site-[^\\/]+\.json$/;
