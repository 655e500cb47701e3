/**
 * Teacher guides from the loaded docs: a module's guide data comes from the catalogue (titles,
 * permalinks, order, front matter) and the lessons' MDX (prompts, self-checks answered from the
 * data); the guide page imports that data, so a lesson change rebuilds it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { afterAll, describe, expect, it } from 'vitest';
import * as kz from '@kzprotest/data';
import { modulesOf, type LoadedDoc } from '../plugins/teacher/catalogue';
import { guideData, guideDataModule } from '../plugins/teacher/guides';
import remarkTeacher from '../plugins/teacher/remark';
import { isLesson, moduleSlug } from '../src/course';

const siteDir = mkdtempSync(path.join(tmpdir(), 'kz-guides-'));
afterAll(() => rmSync(siteDir, { recursive: true, force: true }));

const claim = kz.claims[0]!;
const event = kz.events[0]!;
const source = kz.sources[0]!;

function lessonDoc(id: string, title: string, position: number, body: string): LoadedDoc {
  const frontMatter = { title, questions: [`${title}?`], objectives: [`${title} objective`], keypoints: ['K'], time: 20, readings: [source.id], contentWarning: ['death'] };
  mkdirSync(path.join(siteDir, 'docs', path.dirname(id)), { recursive: true });
  writeFileSync(path.join(siteDir, 'docs', `${id}.mdx`), `---\ntitle: ${title}\n---\n\n${body}\n`);
  return { id, title, permalink: `/base/course/mod/${id.split('/')[1]}`, source: `@site/docs/${id}.mdx`, sourceDirName: path.dirname(id), sidebarPosition: position, frontMatter };
}

const docs: LoadedDoc[] = [
  { id: '01-mod/index', title: 'The module', permalink: '/base/course/mod', source: '@site/docs/01-mod/index.mdx', sourceDirName: '01-mod', sidebarPosition: 0, frontMatter: { kind: 'page', title: 'The module' } },
  lessonDoc('01-mod/second', 'Second', 2, `<Check event="${event.id}">When?</Check>`),
  lessonDoc('01-mod/first', 'First', 1, `<Discussion>\n- Why did it\n  happen?\n</Discussion>\n\n<Check claim="${claim.id}">What does it say?</Check>`),
];

describe('teacher guides', () => {
  it('takes a lesson to be a doc whose front matter gives its time, and a module slug from its folder', () => {
    expect(docs.map((d) => isLesson(d.frontMatter))).toEqual([false, true, true]);
    expect(moduleSlug('01-oil-labour-2011-strike')).toBe('oil-labour-2011-strike');
    expect(moduleSlug('orientation')).toBe('orientation');
  });

  it('builds a module guide from the loaded docs: their permalinks, sidebar order, front matter, prompts and answers from the data', async () => {
    const [module] = modulesOf(docs);
    const guide = await guideData(module!, docs, siteDir);
    expect(guide).toMatchObject({ module: '01-mod', slug: 'mod', title: 'The module' });
    expect(guide.lessons.map((l) => [l.title, l.href])).toEqual([
      ['First', '/base/course/mod/first'],
      ['Second', '/base/course/mod/second'],
    ]);
    const [first, second] = guide.lessons;
    expect(first).toMatchObject({ time: 20, objectives: ['First objective'], questions: ['First?'], contentWarning: ['death'], discussion: ['Why did it happen?'] });
    expect(first!.readings).toEqual([{ id: source.id, title: source.title, href: `/sources/${source.id}`, minutes: source.readingMinutes, warnings: [...source.contentWarnings] }]);
    expect(first!.answers).toHaveLength(1);
    expect(first!.answers[0]!.question).toBe('What does it say?');
    expect(first!.answers[0]!.claim!.quote).toBe(claim.quote.exact);
    expect(second!.answers[0]!.event).toMatchObject({ id: event.id, date: event.date });
  });

  it('stops on a self-check whose record is gone, naming the lesson file and the check', async () => {
    const broken = [docs[0]!, lessonDoc('01-mod/broken', 'Broken', 1, '<Check claim="no-such-claim">?</Check>')];
    const [module] = modulesOf(broken);
    await expect(guideData(module!, broken, siteDir)).rejects.toThrow(/docs\/01-mod\/broken\.mdx: <Check claim="no-such-claim">/);
  });

  it('makes <ModuleGuide /> import its module\'s guide data, so the bundler rebuilds the guide when the data changes', async () => {
    const file = new VFile({ value: "import ModuleGuide from './x';\n\n<ModuleGuide />\n", path: path.join(siteDir, 'teach/01-mod/guide.mdx') });
    const code = String(await compile(file, { remarkPlugins: [remarkTeacher], development: false }));
    expect(guideDataModule('mod')).toBe('@generated/teacher/default/guide-mod.json');
    expect(code).toContain('import __moduleGuideData from "@generated/teacher/default/guide-mod.json"');
    expect(code).toMatch(/data: __moduleGuideData/);
  });
});
