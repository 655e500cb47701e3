import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

// one category per module (teach/<NN-module>/), in module order: its guide is the category's page
// (the overview of the module's plans), its lesson plans (teach/<NN-module>/<lesson>.mdx) the items,
// in the order of the lessons they plan (docs/<NN-module>/<lesson>.mdx's sidebar_position)
const siteDir = path.dirname(fileURLToPath(import.meta.url));
const teachDir = path.join(siteDir, 'teach');
// doc ids drop the folders' number prefixes, as the docs plugin's do
const stripNumber = (s: string) => s.replace(/^\d+[-_.]/, '');
const positionOf = (folder: string, file: string) => {
  try {
    const m = /^sidebar_position:\s*(\d+)/m.exec(readFileSync(path.join(siteDir, 'docs', folder, file), 'utf8'));
    return m ? Number(m[1]) : Number.MAX_SAFE_INTEGER;
  } catch {
    return Number.MAX_SAFE_INTEGER;
  }
};
const titleOf = (file: string) => /^sidebar_label:\s*"?([^"\n]+)"?/m.exec(readFileSync(file, 'utf8'))?.[1] ?? path.basename(path.dirname(file));

const modules = readdirSync(teachDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort()
  .map((folder) => {
    const plans = readdirSync(path.join(teachDir, folder))
      .filter((f) => /\.mdx?$/.test(f) && !/^guide\.mdx?$/.test(f))
      .sort((a, b) => positionOf(folder, a) - positionOf(folder, b) || a.localeCompare(b));
    const guide = `${stripNumber(folder)}/guide`;
    if (plans.length === 0) return { type: 'doc' as const, id: guide };
    return {
      type: 'category' as const,
      label: titleOf(path.join(teachDir, folder, 'guide.mdx')),
      link: { type: 'doc' as const, id: guide },
      collapsed: false,
      items: plans.map((f) => ({ type: 'doc' as const, id: `${stripNumber(folder)}/${stripNumber(f.replace(/\.mdx?$/, ''))}` })),
    };
  });

const sidebars = {
  teach: modules,
} satisfies SidebarsConfig;

export default sidebars;
