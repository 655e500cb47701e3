import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

// one guide per module (teach/<NN-module>/guide.mdx), in module order, as a flat list
const teachDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'teach');
const guides = readdirSync(teachDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort()
  // doc ids drop the folders' number prefixes, as the docs plugin's do
  .map((folder) => ({ type: 'doc' as const, id: `${folder.replace(/^\d+[-_.]/, '')}/guide` }));

const sidebars = {
  teach: guides,
} satisfies SidebarsConfig;

export default sidebars;
