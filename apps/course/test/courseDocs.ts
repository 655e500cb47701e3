/** The course's docs read from their files: the lessons with their addresses, and every doc as the docs plugin loads it. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { LoadedDoc } from '../plugins/teacher/catalogue';
import { siteDir } from './browser';

/** A doc's front matter as its author wrote it. */
export const frontMatterOf = (text: string) => parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, any>;

/** A file or folder name without its number prefix, as the docs plugin drops it from ids and addresses. */
export const stripNumber = (name: string) => name.replace(/^\d+[-_.]/, '');

/** A lesson as its file under docs/ holds it, with its address and its plan's. */
export interface LessonFile {
  folder: string;
  file: string;
  text: string;
  fm: Record<string, any>;
  href: string;
  plan: string;
}

/** Every .mdx file under docs/ with its text and front matter, in the order of the folders and files. */
function docFiles(): { folder: string; file: string; text: string; fm: Record<string, any> }[] {
  const docsDir = path.join(siteDir, 'docs');
  return readdirSync(docsDir).flatMap((folder) =>
    readdirSync(path.join(docsDir, folder))
      .filter((f) => f.endsWith('.mdx'))
      .map((file) => {
        const text = readFileSync(path.join(docsDir, folder, file), 'utf8');
        return { folder, file, text, fm: frontMatterOf(text) };
      }),
  );
}

/** Every lesson: a doc under docs/ whose front matter gives its time, in the order of the folders and files. */
export function lessonFiles(): LessonFile[] {
  return docFiles()
    .filter((d) => typeof d.fm.time === 'number')
    .map((d) => {
      const name = stripNumber(d.file.replace(/\.mdx$/, ''));
      return { ...d, href: `/course/${stripNumber(d.folder)}/${name}`, plan: `/teach/guides/${stripNumber(d.folder)}/${name}` };
    });
}

/** Every doc as the docs plugin loads it (id, title, permalink, source, folder, front matter). */
export function loadedDocs(): LoadedDoc[] {
  return docFiles().map(({ folder, file, fm }) => {
    const id = `${folder}/${file.replace(/\.mdx$/, '')}`;
    return { id, title: String(fm.title), permalink: `/course/${id}`, source: `@site/docs/${id}.mdx`, sourceDirName: folder, frontMatter: fm };
  });
}
