/**
 * What the course is made of, as the site's code and its plugins both tell it: a module is a
 * folder of docs/ ("01-oil-labour-2011-strike"), a lesson is a doc whose front matter gives
 * its time (the kzdata front matter hook requires it of every lesson, and pages and teacher
 * guides have none).
 */

/**
 * Whether a doc's front matter is a lesson's.
 * @example isLesson({ kind: 'page', title: 'Orientation' }) // false
 */
export function isLesson(frontMatter: { readonly [field: string]: unknown }): boolean {
  return typeof frontMatter.time === 'number';
}

/**
 * A module's folder without its ordering number, as its addresses use it.
 * @example moduleSlug('01-oil-labour-2011-strike') // "oil-labour-2011-strike"
 */
export function moduleSlug(folder: string): string {
  return folder.replace(/^\d+[-_.]/, '');
}
