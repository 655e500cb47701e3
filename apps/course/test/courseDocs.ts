/** The course's docs as the docs plugin loads them (id, file, folder, front matter), for tests that generate from them. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { LoadedDoc } from '../plugins/teacher/catalogue';
import { siteDir } from './browser';

export function loadedDocs(): LoadedDoc[] {
  const docsDir = path.join(siteDir, 'docs');
  return readdirSync(docsDir).flatMap((folder) =>
    readdirSync(path.join(docsDir, folder))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => {
        const fm = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(docsDir, folder, f), 'utf8'))![1]!) as Record<string, unknown>;
        const id = `${folder}/${f.replace(/\.mdx$/, '')}`;
        return { id, title: String(fm.title), permalink: `/course/${id}`, source: `@site/docs/${id}.mdx`, sourceDirName: folder, frontMatter: fm };
      }),
  );
}
