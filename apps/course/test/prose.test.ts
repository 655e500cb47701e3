import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProseIssue, lintProse, loadAllowances } from '../scripts/prose-lint/lintProse';

const docs = join(__dirname, '..', 'docs');
const lessons = readdirSync(docs).flatMap((dir) =>
  readdirSync(join(docs, dir))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ file: `${dir}/${f}`, text: readFileSync(join(docs, dir, f), 'utf8') })),
);

const lesson = (body: string) => `---\ntitle: A lesson\ntime: 45\n---\n\n${body}\n`;
const lint = (body: string) => lintProse('00-orientation/fixture.mdx', lesson(body), [], ['learned', 'shows that', 'clearly']);

describe('the prose lint', () => {
  it('passes every lesson: numbers, dates and quotations come from the data components', () => {
    const issues = lessons.flatMap((l) => lintProse(l.file, l.text));
    expect(issues.map(formatProseIssue)).toEqual([]);
  });

  it('flags a date typed into the prose, with file and line', () => {
    const issues = lint('Some words.\n\nThe protests began on 2 January 2022 across the country.');
    expect(issues.map(formatProseIssue)).toEqual([
      expect.stringMatching(/^docs\/00-orientation\/fixture\.mdx:8 number "2":/),
      expect.stringMatching(/^docs\/00-orientation\/fixture\.mdx:8 number "2022":/),
    ]);
  });

  it('flags a figure and a quotation typed into the prose, but not the same taken from components', () => {
    expect(lint('The official toll was 15 dead.').map((i) => i.kind)).toEqual(['number']);
    expect(lint('RSF says "the official toll was fifteen" here.').map((i) => i.kind)).toEqual(['quotation']);
    expect(lint('The toll was <Figure claim="rsf-official-toll-15-dead" show="raw" />, in RSF\'s words <ClaimQuote id="rsf-official-toll-15-dead" />.')).toEqual([]);
    // the course's own structure is not a fact
    expect(lint('1. First\n2. Second\n\n## 3. A heading\n\nSee Module 4 and Lesson 2, then do (1) and (2).')).toEqual([]);
  });

  it('requires the interpretation marker around a judgement word, except in a question', () => {
    const bare = lint('The state clearly learned its lesson.');
    expect(bare.map((i) => `${i.kind} ${i.text} line ${i.line}`)).toEqual(['judgement learned line 6', 'judgement clearly line 6']);
    expect(lint('<CourseNote title="The course\'s view: learning">\nThe state clearly learned its lesson.\n</CourseNote>')).toEqual([]);
    expect(lint("*The course's interpretation*: the state learned to act earlier.")).toEqual([]);
    expect(lint('Did the state learn, and what has it learned?')).toEqual([]);
  });

  it('keeps its allowances honest: each one still matches something in a lesson', () => {
    const unused = loadAllowances().filter((a) => {
      const files = a.file === '*' ? lessons : lessons.filter((l) => l.file === a.file);
      return !files.some((l) => l.text.includes(a.text));
    });
    expect(unused.map((a) => `${a.file}: ${a.text}`)).toEqual([]);
  });
});
