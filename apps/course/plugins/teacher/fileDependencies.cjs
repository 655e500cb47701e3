/**
 * A pass-through loader, run before the MDX loader, that tells the bundler which other files a
 * page is compiled from: the remark plugins read them (plugins/teacher/remark.ts, remarkPlan.ts),
 * so without this a persistent cache would serve a plan or a guide built from an old lesson.
 *   teach/<module>/guide.mdx      every lesson of docs/<module>/
 *   teach/<module>/<lesson>.mdx   docs/<module>/<lesson>.mdx, whose front matter holds the plan
 *   any page with <Excerpt>       the glossary, whose hard words it shows
 */
const fs = require('node:fs');
const path = require('node:path');

module.exports = function fileDependencies(source) {
  const { siteDir } = this.getOptions();
  const relative = path.relative(path.join(siteDir, 'teach'), this.resourcePath);
  if (!relative.startsWith('..') && !path.isAbsolute(relative)) {
    const [folder, file] = relative.split(path.sep);
    const lessons = path.join(siteDir, 'docs', folder);
    if (file && /^guide\.mdx?$/.test(file)) {
      if (fs.existsSync(lessons)) for (const f of fs.readdirSync(lessons)) if (/\.mdx?$/.test(f)) this.addDependency(path.join(lessons, f));
    } else if (file) this.addDependency(path.join(lessons, file));
  }
  if (source.includes('<Excerpt')) this.addDependency(path.join(siteDir, 'docs', '00-orientation', 'glossary.mdx'));
  return source;
};
