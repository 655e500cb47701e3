/**
 * Every link into /assign is built by the builder's own codec: "Build an assignment from it" on a
 * lesson opens the builder with the lesson, its readings and every one of its questions, and the
 * handout holds them. In real Chromium, against the built site.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPage, siteDir, servedSite } from './browser';
import { frontMatterOf } from './courseDocs';
import { assignLink, fromQuery } from '../src/components/teacher/assignLink';
import type { Catalogue } from '../src/components/teacher/types';

const site = servedSite();

/** A lesson's front matter, read from its file as an author wrote it. */
function frontMatter(file: string): { title: string; questions: string[]; readings: string[] } {
  const text = readFileSync(path.join(siteDir, 'docs', file), 'utf8');
  return frontMatterOf(text) as { title: string; questions: string[]; readings: string[] };
}

describe('the share-link codec', () => {
  it('builds a lesson link that reads back with every question and reading', () => {
    const lessons = [
      { id: '01-m/a', questions: ['Why?', 'How?'], readings: ['src-a'] },
      { id: '02-n/b', questions: ['Who?'], readings: ['src-a', 'src-b'] },
    ];
    const catalogue = {
      modules: [{ id: 'm', slug: 'm', title: 'M', lessons: lessons.map((l) => ({ ...l, title: l.id, permalink: `/${l.id}`, module: 'm', objectives: [], keypoints: [], time: 10, contentWarning: [] })), readings: [] }],
      readings: { 'src-a': {}, 'src-b': {} },
    } as unknown as Catalogue;
    const link = assignLink(lessons);
    expect(link.startsWith('/assign?v=1&')).toBe(true);
    const { assignment, problems } = fromQuery(link.slice('/assign'.length), catalogue);
    expect(problems).toEqual([]);
    expect(assignment.lessons).toEqual(['01-m/a', '02-n/b']);
    expect(assignment.readings).toEqual(['src-a', 'src-b']);
    expect(assignment.questions).toEqual(['01-m/a#1', '01-m/a#2', '02-n/b#1']);
  });

  it('"Build an assignment from it" opens the builder with the lesson\'s questions, and the handout holds them', async () => {
    const fm = frontMatter('02-counting-the-dead/counting-the-dead.mdx');
    expect(fm.questions.length).toBeGreaterThan(0);
    const { context, page } = await openPage(site, '/course/counting-the-dead/counting-the-dead');
    await page.getByRole('link', { name: 'Build an assignment from it' }).click();
    await page.locator('main[data-ready="true"]').waitFor();
    expect(new URL(page.url()).pathname).toBe('/assign');
    const handout = page.getByTestId('handout');
    for (const q of fm.questions) await expect.poll(() => handout.innerText()).toContain(q);
    for (const q of fm.questions) expect(await page.getByRole('checkbox', { name: q }).isChecked(), q).toBe(true);
    for (const id of fm.readings) expect(await page.locator(`input[data-reading="${id}"]`).isChecked(), id).toBe(true);
    await context.close();
  });
});
