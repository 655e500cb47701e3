/**
 * The lesson plans without a browser: every lesson has its plan (front matter fields and a
 * teach/ page), the plan's minutes add up to the lesson's time (a fixture that runs over fails
 * with its file and field), the teacher's words type no fact, the key passages name real claims,
 * and a sourcing organiser holds what the source record holds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as kz from '@kzprotest/data';
import { makeParseFrontMatter, validateFrontMatter } from '../plugins/kzdata/frontMatter';
import { procedureMinutes, PLAN_PARTS } from '../plugins/kzdata/lessonPlan';
import { glossaryEntries, glossaryFor, organiserData, planData } from '../plugins/teacher/plan';
import { formatProseIssue, lintProse } from '../scripts/prose-lint/lintProse';
import { siteDir } from './browser';
import { frontMatterOf, lessonFiles } from './courseDocs';

const lessons = lessonFiles();

describe('lesson plans', () => {
  it('exist for every lesson, beside it in teach/', () => {
    expect(lessons).toHaveLength(18);
    const missing = lessons.filter((l) => !readdirSync(path.join(siteDir, 'teach', l.folder)).includes(l.file));
    expect(missing.map((l) => `teach/${l.folder}/${l.file}`)).toEqual([]);
    // the plan pages' links to their lessons assume no lesson moves its own address
    expect(lessons.filter((l) => 'slug' in frontMatterOf(l.text) || 'id' in frontMatterOf(l.text)).map((l) => l.file)).toEqual([]);
  });

  it('have every part in each lesson, and minutes that add up to the lesson’s time', async () => {
    for (const l of lessons) {
      const fm = frontMatterOf(l.text);
      const checked = (await validateFrontMatter(fm, `docs/${l.folder}/${l.file}`)) as { plan: Parameters<typeof procedureMinutes>[0] & { procedure: { part: string }[] } };
      expect(procedureMinutes(checked.plan), l.file).toBe(fm.time);
      expect(new Set(checked.plan.procedure.map((s) => s.part)), l.file).toEqual(new Set(PLAN_PARTS));
    }
  });

  it('stop the build when the minutes do not add up, naming the file and the field', async () => {
    const file = path.join(siteDir, 'test', 'fixtures', 'plan-minutes-off.mdx');
    const parseFrontMatter = makeParseFrontMatter(siteDir, [path.join(siteDir, 'test', 'fixtures')]);
    const { DEFAULT_PARSE_FRONT_MATTER } = await import('@docusaurus/utils');
    const run = parseFrontMatter({ filePath: file, fileContent: readFileSync(file, 'utf8'), defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER });
    await expect(run).rejects.toThrow(/test\/fixtures\/plan-minutes-off\.mdx/);
    await expect(run).rejects.toThrow(/field "plan\.procedure": the steps add up to 55 minutes \(warm-up 5 \+ document-work 25 \+ discussion 15 \+ closing 10\), but the lesson's time is 45/);
  });

  it('stop the build when a part is missing, naming the field', async () => {
    const fm = frontMatterOf(lessons[0]!.text);
    const { care: _, ...withoutCare } = fm.plan;
    await expect(validateFrontMatter({ ...fm, plan: withoutCare }, 'docs/x.mdx')).rejects.toThrow(/docs\/x\.mdx[\s\S]*field "plan\.care"/);
    const noClosing = { ...fm.plan, procedure: fm.plan.procedure.filter((s: { part: string }) => s.part !== 'closing') };
    await expect(validateFrontMatter({ ...fm, plan: noClosing }, 'docs/x.mdx')).rejects.toThrow(/field "plan\.procedure": has no "closing" step/);
    const { rubric: _r, ...noRubric } = fm.plan.assessment;
    await expect(validateFrontMatter({ ...fm, plan: { ...fm.plan, assessment: noRubric } }, 'docs/x.mdx')).rejects.toThrow(/field "plan\.assessment\.rubric"/);
    const { plan: _p, ...noPlan } = fm;
    await expect(validateFrontMatter(noPlan, 'docs/x.mdx')).rejects.toThrow(/field "plan"/);
  });

  it('type no number, date or quotation in the teacher’s words, and mark judgements (the prose lint)', () => {
    const issues: string[] = [];
    for (const l of lessons) {
      // the plan's strings, one paragraph each, through the same lint as the lessons
      const strings: string[] = [];
      const walk = (v: unknown, key = '') => {
        if (typeof v === 'string') strings.push(v);
        else if (Array.isArray(v)) v.forEach((x) => walk(x));
        else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (k !== 'part') walk(x, k);
        void key;
      };
      walk(frontMatterOf(l.text).plan);
      issues.push(...lintProse(`${l.folder}/${l.file} (plan)`, `---\n---\n${strings.join('\n\n')}\n`, []).map(formatProseIssue));
      // the plan page's prose
      const page = readFileSync(path.join(siteDir, 'teach', l.folder, l.file), 'utf8');
      issues.push(...lintProse(`../teach/${l.folder}/${l.file}`, page, []).map(formatProseIssue));
    }
    expect(issues).toEqual([]);
  });

  it('gather the lesson’s prompts, answers from the data, key passages and records', async () => {
    const data = await planData(siteDir, path.join(siteDir, 'teach', '02-counting-the-dead', 'counting-the-dead.mdx'));
    expect(data.lesson.href).toBe('/course/counting-the-dead/counting-the-dead');
    expect(data.answers.length).toBeGreaterThan(0);
    const toll = data.answers.find((a) => a.claim?.id === 'rsf-official-toll-15-dead');
    expect(toll?.claim?.quote).toBe(kz.get('rsf-official-toll-15-dead', 'claims').quote.exact);
    expect(data.excerpts.map((e) => e.claim.id)).toContain('rsf-official-toll-15-dead');
    expect(data.background.events.map((e) => e.id)).toEqual(expect.arrayContaining(['zhanaozen-shooting-2011-12-16', 'shetpe-killing-2011-12-17']));
    expect(data.background.figures.every((c) => c.figure)).toBe(true);
    await expect(planData(siteDir, path.join(siteDir, 'teach', '02-counting-the-dead', 'no-such-lesson.mdx'))).rejects.toThrow(/needs its lesson at docs\/02-counting-the-dead\/no-such-lesson\.mdx/);
  });
});

describe('key passages', () => {
  const excerpts = lessons.flatMap((l) => [...l.text.matchAll(/<Excerpt\s+claim="([^"]+)">([\s\S]*?)<\/Excerpt>/g)].map((m) => ({ lesson: l.file, claim: m[1]!, summary: m[2]! })));

  it('give every lesson at least one, each a claim of the data with a plain-words summary', () => {
    for (const l of lessons) expect(excerpts.some((e) => e.lesson === l.file), l.file).toBe(true);
    for (const e of excerpts) {
      expect(kz.has(e.claim) && kz.resolve(e.claim).collection, `${e.lesson}: ${e.claim}`).toBe('claims');
      expect(e.summary.trim().length, `${e.lesson}: ${e.claim}`).toBeGreaterThan(40);
    }
  });

  it('get word help from the glossary’s hard words only', () => {
    const entries = glossaryEntries(siteDir);
    expect(entries.map((e) => e.term)).toEqual(expect.arrayContaining(['Curfew', 'Toll', 'Trade union']));
    // the course's working terms are not hard words: "claims" in a passage is not the course's "claim"
    expect(entries.map((e) => e.term)).not.toContain('Claim');
    expect(glossaryFor(kz.get('rsf-20-day-state-of-emergency-and-curfew', 'claims').quote.exact, entries).map((g) => g.term)).toEqual(['Curfew', 'State of emergency']);
    expect(glossaryFor('trade unions and the toll', entries).map((g) => g.href)).toEqual(['/course/orientation/glossary#toll', '/course/orientation/glossary#trade-union']);
  });
});

describe('sourcing organisers', () => {
  it('fill in what each source record holds and say what it does not confirm', () => {
    for (const s of kz.sources) {
      const o = organiserData(s.id, [{ title: 'L', href: '/course/l', readings: [s.id] }]);
      const answer = (q: RegExp) => o.fromRecord.find((a) => q.test(a.question))!;
      expect(answer(/published it/).value, s.id).toBe(s.publisher);
      const date = answer(/When was it published/);
      if (s.issued) expect(date.value, s.id).toBe(kz.formatEdtf(s.issued));
      else expect(date.value, s.id).toBeUndefined();
      // an unverified date or author carries the record's reason
      for (const field of ['issued', 'author'] as const) {
        const note = s.unverified.find((u) => u.field === field)?.note;
        const row = answer(field === 'issued' ? /When was it published/ : /Who wrote it/);
        expect(row.unconfirmed, `${s.id} ${field}`).toBe(note);
      }
      expect(o.perspective.note).toBe(s.perspectiveNote);
      expect(o.unconfirmed).toHaveLength(s.unverified.length);
      expect(o.lessons).toEqual([{ title: 'L', href: '/course/l' }]);
    }
  });
});
