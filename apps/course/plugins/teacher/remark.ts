/**
 * Remark plugin for teacher guides: `<ModuleGuide />` in teach/<module>/guide.mdx gets its data
 * by importing the module's guide data, which the teacher plugin makes from the loaded lessons
 * (guides.ts). Importing it, rather than copying it into the page, makes the bundler rebuild the
 * guide whenever a lesson of its module changes.
 */
import path from 'node:path';
import { visit } from 'unist-util-visit';
import { moduleSlug } from '../../src/course';
import { isJsxElement, type JsxNode } from '../kzdata/remark';
import { guideDataModule } from './guides';

const GUIDE_DATA = '__moduleGuideData';

/** An MDX `import <name> from '<module>'` statement, with the ESTree that MDX compiles. */
function importDefault(name: string, module: string) {
  return {
    type: 'mdxjsEsm',
    value: `import ${name} from ${JSON.stringify(module)};`,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ImportDeclaration',
            specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name } }],
            source: { type: 'Literal', value: module, raw: JSON.stringify(module) },
            attributes: [],
          },
        ],
      },
    },
  };
}

/** A JSX attribute `name={identifier}`. */
function identifierAttribute(name: string, identifier: string) {
  return {
    type: 'mdxJsxAttribute',
    name,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: identifier,
      data: { estree: { type: 'Program', sourceType: 'module', body: [{ type: 'ExpressionStatement', expression: { type: 'Identifier', name: identifier } }] } },
    },
  };
}

/** The remark plugin: gives `<ModuleGuide />` its module's guide data. */
export default function remarkTeacher() {
  return (tree: JsxNode & { children: unknown[] }, vfile: { path?: string }) => {
    const nodes: JsxNode[] = [];
    visit(tree, (node: JsxNode) => {
      if (isJsxElement(node) && node.name === 'ModuleGuide') nodes.push(node);
    });
    if (nodes.length === 0) return;
    if (!vfile.path) throw new Error('<ModuleGuide /> needs to know its file: its folder names the module');
    // a guide at teach/<NN-module>/guide.mdx covers docs/<NN-module>/
    const slug = moduleSlug(path.basename(path.dirname(vfile.path)));
    tree.children.unshift(importDefault(GUIDE_DATA, guideDataModule(slug)));
    for (const node of nodes) node.attributes!.push(identifierAttribute('data', GUIDE_DATA));
  };
}
