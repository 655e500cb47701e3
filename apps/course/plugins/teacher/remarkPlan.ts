/**
 * Remark plugin for the lesson plans and the document excerpts, at build time:
 *   <Excerpt claim="…">plain words</Excerpt>   in a lesson: the claim's verbatim quote, its head
 *                                              note from the source record and the glossary's help
 *   <LessonPlan /> and <PlanDetails />         in teach/<module>/<lesson>.mdx: the lesson's plan
 *                                              fields, prompts, answers and records
 * An unknown claim or a plan without its lesson stops the build with the file named.
 */
import path from 'node:path';
import * as kz from '@kzprotest/data';
import { excerptData, glossaryEntries, planData } from './plan';
import type { JsxNode } from '../kzdata/remark';


const PLAN_COMPONENTS = new Set(['LessonPlan', 'PlanDetails']);

export default function remarkPlan({ siteDir }: { siteDir: string }) {
  return async (tree: JsxNode, vfile: { path?: string }) => {
    const excerpts: JsxNode[] = [];
    const plans: JsxNode[] = [];
    const walk = (node: JsxNode) => {
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        if (node.name === 'Excerpt') excerpts.push(node);
        if (node.name && PLAN_COMPONENTS.has(node.name)) plans.push(node);
      }
      node.children?.forEach(walk);
    };
    walk(tree);
    if (excerpts.length === 0 && plans.length === 0) return;
    const file = vfile.path ? path.relative(siteDir, vfile.path) : '(unknown file)';
    const attr = (node: JsxNode, name: string) => node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
    const setData = (node: JsxNode, data: unknown) => {
      if (attr(node, 'data') !== undefined) throw new Error(`${file}: <${node.name}> must not set data=: the build fills it from @kzprotest/data`);
      node.attributes = [...(node.attributes ?? []), { type: 'mdxJsxAttribute', name: 'data', value: JSON.stringify(data) }];
    };
    if (excerpts.length > 0) {
      const glossary = glossaryEntries(siteDir);
      for (const node of excerpts) {
        const where = node.position ? `:${node.position.start.line}:${node.position.start.column}` : '';
        const id = attr(node, 'claim');
        if (typeof id !== 'string') throw new Error(`${file}${where}: <Excerpt> needs claim="…" (the passage is that claim's quote)`);
        if (!kz.has(id) || kz.resolve(id).collection !== 'claims') throw new Error(`${file}${where}: <Excerpt claim="${id}">: no claim has this id`);
        if (!node.children?.length) throw new Error(`${file}${where}: <Excerpt claim="${id}"> needs a plain-words summary as its children, for weaker readers`);
        setData(node, excerptData(id, glossary));
      }
    }
    if (plans.length > 0) {
      if (!vfile.path) throw new Error('<LessonPlan /> needs to know its file: it reads the lesson of the same name');
      let data;
      try {
        data = await planData(siteDir, vfile.path);
      } catch (error) {
        throw new Error(`${file}: <LessonPlan /> ${(error as Error).message}`);
      }
      for (const node of plans) setData(node, data);
    }
  };
}
