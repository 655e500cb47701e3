/**
 * Remark plugin for teacher guides: `<ModuleGuide />` in teach/<module>/guide.mdx gets,
 * at build time, the module's lessons read from the files beside it: aims (objectives), time,
 * questions, the lessons' discussion prompts (read from docs/<module>/), and the answers of their self-checks taken from
 * the data (the claim's quote and source, the event's date). So the guide never restates a
 * lesson by hand, and a check whose claim is gone stops the build here as in the lesson.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as kz from '@kzprotest/data';
import type { Event } from '@kzprotest/data';
import { DEFAULT_PARSE_FRONT_MATTER } from '@docusaurus/utils';
import { claimView, eventSummary } from '../kzdata/views/index';
import type { GuideData, GuideLesson } from '../../src/components/teacher/types';
import { moduleSlug } from './catalogue';

interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: JsxNode[];
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const stripNumber = (s: string) => s.replace(/^\d+[-_.]/, '');

/** The list items of every `<Discussion>` block of a lesson's MDX, as plain text. */
export function discussionPrompts(mdx: string): string[] {
  const prompts: string[] = [];
  for (const block of mdx.matchAll(/<Discussion\b[^>]*>([\s\S]*?)<\/Discussion>/g)) {
    let current: string | undefined;
    for (const line of block[1]!.split('\n')) {
      const item = /^\s*(?:[-*]|\d+\.)\s+(.*)$/.exec(line);
      if (item) {
        if (current) prompts.push(current);
        current = item[1]!.trim();
      } else if (current !== undefined && line.trim()) current += ` ${line.trim()}`;
    }
    if (current) prompts.push(current);
  }
  return prompts;
}

/** The `<Check claim|event="...">question</Check>` items of a lesson's MDX. */
export function checks(mdx: string): { question: string; claim?: string; event?: string }[] {
  return [...mdx.matchAll(/<Check\s+(claim|event)="([^"]+)"\s*>([\s\S]*?)<\/Check>/g)].map((m) => ({
    question: m[3]!.replace(/\s+/g, ' ').trim(),
    [m[1]!]: m[2]!,
  }));
}

/** The address Docusaurus gives a doc of this module (routeBasePath "course"). */
function permalinkOf(folder: string, file: string, fm: Record<string, unknown>): string {
  const slug = typeof fm.slug === 'string' ? fm.slug : undefined;
  if (slug?.startsWith('/')) return `/course${slug}`.replace(/\/$/, '');
  const name = slug ?? (typeof fm.id === 'string' ? fm.id : stripNumber(file.replace(/\.mdx?$/, '')));
  return `/course/${stripNumber(folder)}/${name}`;
}

/** Reads the lessons of a module folder for its guide. */
export async function guideData(dir: string): Promise<GuideData> {
  const folder = path.basename(dir);
  const files = (await readdir(dir)).filter((f) => /\.mdx?$/.test(f)).sort();
  const lessons: (GuideLesson & { position: number })[] = [];
  let title = folder;
  for (const file of files) {
    const content = await readFile(path.join(dir, file), 'utf8');
    const { frontMatter: fm, content: body } = await DEFAULT_PARSE_FRONT_MATTER({ filePath: path.join(dir, file), fileContent: content });
    if (fm.kind === 'page' && /^index\.mdx?$/.test(file) && typeof fm.title === 'string') title = fm.title;
    if (fm.kind === 'page' || fm.kind === 'teacher' || !Array.isArray(fm.objectives)) continue;
    const answers = checks(body).map((c) => {
      if (c.claim) return { question: c.question, claim: claimView(kz.get(c.claim, 'claims')) };
      const event = kz.get(c.event!, 'events') as Event;
      return { question: c.question, event: eventSummary(event) };
    });
    lessons.push({
      title: String(fm.title ?? file),
      href: permalinkOf(folder, file, fm),
      position: typeof fm.sidebar_position === 'number' ? fm.sidebar_position : Number.MAX_SAFE_INTEGER,
      time: typeof fm.time === 'number' ? fm.time : 0,
      objectives: strings(fm.objectives),
      questions: strings(fm.questions),
      contentWarning: strings(fm.contentWarning),
      readings: strings(fm.readings).map((id) => {
        const s = kz.get(id, 'sources');
        return { id, title: s.title, href: `/sources/${id}`, minutes: s.readingMinutes, warnings: [...s.contentWarnings] };
      }),
      discussion: discussionPrompts(body),
      answers,
    });
  }
  lessons.sort((a, b) => a.position - b.position || a.href.localeCompare(b.href));
  return { module: folder, slug: moduleSlug(folder), title, lessons: lessons.map(({ position: _, ...l }) => l) };
}

/**
 * The lessons a guide covers: a guide at teach/<NN-module>/guide.mdx covers docs/<NN-module>/.
 * @example lessonsDirOf('/site', '/site/teach/01-x/guide.mdx') // "/site/docs/01-x"
 */
export function lessonsDirOf(siteDir: string, guideFile: string): string {
  return path.join(siteDir, 'docs', path.basename(path.dirname(guideFile)));
}

/** The remark plugin: fills `<ModuleGuide />`'s data attribute. */
export default function remarkTeacher({ siteDir }: { siteDir: string }) {
  return async (tree: JsxNode, vfile: { path?: string }) => {
    const nodes: JsxNode[] = [];
    const walk = (node: JsxNode) => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'ModuleGuide') nodes.push(node);
      node.children?.forEach(walk);
    };
    walk(tree);
    if (nodes.length === 0) return;
    if (!vfile.path) throw new Error('<ModuleGuide /> needs to know its file: it reads the lessons beside it');
    let data: GuideData;
    try {
      data = await guideData(lessonsDirOf(siteDir, vfile.path));
    } catch (error) {
      throw new Error(`${vfile.path}: <ModuleGuide /> ${(error as Error).message}`);
    }
    for (const node of nodes) node.attributes!.push({ type: 'mdxJsxAttribute', name: 'data', value: JSON.stringify(data) });
  };
}
