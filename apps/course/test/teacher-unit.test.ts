/**
 * The teacher tools' logic without a browser: share links read back exactly and name every
 * problem of a tampered one, citation files made by citation-js read back to their sources,
 * cartridges have what Common Cartridge needs, and the guide reads prompts and checks.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { unzipSync, strFromU8 } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import * as kz from '@kzprotest/data';
import { formatCitation, lessonCsl, readingView, PERMALINK } from '../plugins/teacher/citations';
import { lessonTeacherExtras, SITE_TITLE } from '../plugins/teacher/lesson';
import { modulesOf, type LoadedDoc } from '../plugins/teacher/catalogue';
import { checks, discussionPrompts } from '../plugins/teacher/remark';
import { validateFrontMatter } from '../plugins/kzdata/frontMatter';
import { chosenReadings, fromQuery, isDay, MAX_LIST, MAX_NAMED_PROBLEMS, toQuery, type Assignment } from '../src/components/teacher/assignLink';
import { cartridgeFiles, cartridgeZip } from '../src/components/teacher/cartridge';
import { citationFiles, fileStem } from '../src/components/teacher/download';
import type { Catalogue } from '../src/components/teacher/types';

const doc = (id: string, fm: Record<string, unknown>, position?: number): LoadedDoc => ({
  id,
  title: String(fm.title ?? id),
  permalink: `/course/${id.replace(/^\d+-/, '')}`,
  source: `@site/docs/${id}.mdx`,
  sourceDirName: id.split('/').slice(0, -1).join('/') || '.',
  ...(position !== undefined ? { sidebarPosition: position } : {}),
  frontMatter: fm,
});

const [s1, s2, s3] = kz.sources.map((s) => s.id);
const lesson = (title: string, readings: string[]) => ({ title, questions: ['Q one?', 'Q two?'], objectives: ['O'], keypoints: ['K'], time: 30, readings });
const docs = [
  doc('01-mod/index', { kind: 'page', title: 'Module one' }, 0),
  doc('01-mod/b', lesson('Lesson B', [s2!, s1!]), 2),
  doc('01-mod/a', lesson('Lesson A', [s1!]), 1),
  doc('02-two/c', lesson('Lesson C', [s3!]), 1),
];
const guides = [{ ...doc('01-mod/guide', { kind: 'teacher', title: 'Guide' }), permalink: '/teach/guides/mod' }];
const catalogue: Catalogue = { modules: modulesOf(docs, guides), readings: Object.fromEntries(await Promise.all([s1!, s2!, s3!].map(async (id) => [id, await readingView(id)] as const))) };

describe('the catalogue', () => {
  it('groups lessons by module folder in sidebar order, with the guide and the readings in first-use order', () => {
    const [one, two] = catalogue.modules;
    expect(one!.title).toBe('Module one');
    expect(one!.slug).toBe('mod');
    expect(one!.lessons.map((l) => l.title)).toEqual(['Lesson A', 'Lesson B']);
    expect(one!.guide).toBe('/teach/guides/mod');
    expect(two!.guide).toBeUndefined();
    expect(one!.readings).toEqual([s1, s2]);
    // a module with no overview page is named by its folder
    expect(two!.title).toBe('02-two');
  });
});

describe('share links', () => {
  const a: Assignment = {
    title: 'Zhanaozen & the sources: "who says?"',
    due: '2027-03-01',
    instructions: 'Read, then write.\nTwo lines, a comma, and 100% care.',
    lessons: ['01-mod/b', '02-two/c'],
    readings: [s3!, s1!, s2!],
    questions: ['01-mod/b#2', '02-two/c#1'],
    activities: [],
  };

  it('read back to exactly the same assignment', () => {
    expect(fromQuery(toQuery(a), catalogue)).toEqual({ assignment: a, problems: [] });
  });

  it('name every tampered part and keep the rest', () => {
    const { assignment, problems } = fromQuery(
      `?v=1&title=T&due=2027-02-30&lessons=01-mod/a,nope&readings=${s1},bogus-id&questions=01-mod/a%232,01-mod/a%239,02-two/c%231,junk&zzz=1`,
      catalogue,
    );
    expect(assignment).toEqual({ title: 'T', due: '', instructions: '', lessons: ['01-mod/a'], readings: [s1], questions: ['01-mod/a#2'], activities: [] });
    expect(problems).toEqual([
      'The link has a part "zzz" that this builder does not use; it was ignored.',
      'The due date "2027-02-30" is not a date (YYYY-MM-DD); it was left out.',
      'Unknown lesson "nope": no lesson of the course has this id; it was left out.',
      'Unknown reading "bogus-id": no source of @kzprotest/data has this id; it was left out.',
      'Unknown question "01-mod/a#9": it names no question of a lesson of the course; it was left out.',
      'Question "02-two/c#1" belongs to a lesson the link does not assign; it was left out.',
      'Unknown question "junk": it names no question of a lesson of the course; it was left out.',
    ]);
  });

  it('refuse a link without or with another version, and an empty query is a new assignment', () => {
    expect(fromQuery('?title=x', catalogue).problems[0]).toMatch(/no version/);
    expect(fromQuery('?v=2', catalogue).problems[0]).toMatch(/version "2"/);
    expect(fromQuery('', catalogue)).toEqual({ assignment: { title: '', due: '', instructions: '', lessons: [], readings: [], questions: [], activities: [] }, problems: [] });
  });

  it('cut over-long text and say so', () => {
    const { assignment, problems } = fromQuery(`?v=1&title=${'x'.repeat(5000)}`, catalogue);
    expect(assignment.title).toHaveLength(4000);
    expect(problems[0]).toMatch(/longer than 4000/);
  });

  it('look ids up as the catalogue’s own keys: inherited names such as "constructor" are unknown readings', () => {
    for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      const { assignment, problems } = fromQuery(`?v=1&readings=${id}`, catalogue);
      expect(assignment.readings, id).toEqual([]);
      expect(problems, id).toEqual([`Unknown reading "${id}": no source of @kzprotest/data has this id; it was left out.`]);
      expect(chosenReadings(catalogue, { ...assignment, readings: [id] }), id).toEqual([]);
    }
  });

  it('read at most MAX_LIST ids of a list and name at most MAX_NAMED_PROBLEMS unknown ones, saying what was cut', () => {
    const ids = Array.from({ length: 12_000 }, (_, i) => `bogus-${i}`);
    const { assignment, problems } = fromQuery(`?v=1&readings=${ids.join(',')}`, catalogue);
    expect(assignment.readings).toEqual([]);
    expect(problems).toEqual([
      `The link lists 12,000 readings; only the first ${MAX_LIST} were read.`,
      ...ids.slice(0, MAX_NAMED_PROBLEMS).map((id) => `Unknown reading "${id}": no source of @kzprotest/data has this id; it was left out.`),
      `And ${MAX_LIST - MAX_NAMED_PROBLEMS} more unknown readings, left out and not listed one by one.`,
    ]);
  });

  it('repeat a long id or part name only by its start and length', () => {
    const long = 'x'.repeat(120_000);
    const { problems } = fromQuery(`?v=1&lessons=${long}&${long}=1`, catalogue);
    expect(problems).toEqual([
      `The link has a part "${'x'.repeat(60)}… (120,000 characters)" that this builder does not use; it was ignored.`,
      `Unknown lesson "${'x'.repeat(60)}… (120,000 characters)": no lesson of the course has this id; it was left out.`,
    ]);
  });

  // hostile query strings: prototype names, separators, percent escapes, long runs, lone surrogates
  const hostileQuery = fc
    .array(
      fc.tuple(
        fc.oneof(fc.constantFrom('v', 'title', 'due', 'instructions', 'lessons', 'readings', 'questions', '__proto__', 'constructor', 'toString'), fc.string({ maxLength: 8 })),
        fc.oneof(
          fc.string({ maxLength: 30, unit: 'binary' }),
          fc.array(fc.oneof(fc.constantFrom('constructor', '__proto__', 'toString', '01-mod/a', '01-mod/a#1', '01-mod/b#2', s1!, '%', '%zz', '#', ',', '&', '='), fc.string({ maxLength: 6, unit: 'grapheme' })), { maxLength: 40 }).map((parts) => parts.join(',')),
          fc.integer({ min: 0, max: 20_000 }).map((n) => 'a,'.repeat(n)),
        ),
      ),
      { maxLength: 12 },
    )
    .map((pairs) => `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${v.replace(/[&#]/g, (c) => encodeURIComponent(c))}`).join('&')}`);

  it('never throw, keep only ids of the course, and stay within their caps for any query string', () => {
    const lessonIds = new Set(catalogue.modules.flatMap((m) => m.lessons.map((l) => l.id)));
    const kinds = 6;
    fc.assert(
      fc.property(fc.oneof(hostileQuery, fc.string({ maxLength: 200, unit: 'binary' })), (query) => {
        const { assignment, problems } = fromQuery(query, catalogue);
        for (const id of assignment.lessons) expect(lessonIds.has(id)).toBe(true);
        for (const id of assignment.readings) expect(Object.hasOwn(catalogue.readings, id)).toBe(true);
        for (const q of assignment.questions) expect(assignment.lessons).toContain(q.split('#')[0]);
        expect(assignment.title.length).toBeLessThanOrEqual(4000);
        expect(assignment.instructions.length).toBeLessThanOrEqual(4000);
        expect(chosenReadings(catalogue, assignment)).toHaveLength(assignment.readings.length);
        // a version line, two text cuts, a date, four list cuts, and per kind the named ones and a count
        expect(problems.length).toBeLessThanOrEqual(8 + kinds * (MAX_NAMED_PROBLEMS + 1));
        for (const p of problems) expect(p.length).toBeLessThan(300);
        // what it read is a link it can make again
        expect(fromQuery(toQuery(assignment), catalogue)).toEqual({ assignment, problems: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('accept only real calendar days', () => {
    expect(['2024-02-29', '2027-12-31'].map(isDay)).toEqual([true, true]);
    expect(['2023-02-29', '2027-13-01', '27-01-01', '2027-1-1'].map(isDay)).toEqual([false, false, false, false]);
  });
});

describe('citations', () => {
  it('are citation-js output that never shows an address the record does not verify', async () => {
    for (const source of kz.sources) {
      const r = await readingView(source.id);
      for (const text of [r.apa.text, r.chicago.text]) {
        const words = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
        expect(words(text)).toContain(words(source.title.slice(0, 20)));
        if (!r.url) expect(text).not.toMatch(/https?:\/\//);
        else expect(text).toContain(r.url);
      }
      // Chicago gives authors' full names, APA initials
      for (const a of source.author) if ('family' in a) {
        expect(r.chicago.text).toContain(a.given);
        expect(r.chicago.text).toContain(a.family);
        expect(r.apa.text).toContain(`${a.family}, ${a.given[0]}.`);
      }
    }
  });

  it('join into BibTeX, RIS and CSL-JSON files that citation-js reads back to the same sources', async () => {
    const readings = await Promise.all([s2!, s3!, s1!].map(readingView));
    const files = citationFiles(readings);
    expect(new Cite(files.bibtex).data.map((e) => e.id)).toEqual([s2, s3, s1]);
    expect(new Cite(files.ris).data.map((e) => e.title)).toEqual(readings.map((r) => r.csl.title));
    expect(JSON.parse(files.csl).map((e: { id: string }) => e.id)).toEqual([s2, s3, s1]);
  });

  it('of a lesson carry the placeholder address, no date, and the course title of the config', async () => {
    const extras = await lessonTeacherExtras({ title: 'A lesson', readings: [s1!] });
    expect(extras.cite.apa.text).toContain(PERMALINK);
    expect(extras.cite.chicago.text).toContain(PERMALINK);
    expect(extras.cite.csl).not.toHaveProperty('issued');
    expect(extras.cite.apa.text).toContain('(n.d.)');
    expect(extras.readings.map((r) => r.id)).toEqual([s1]);
    const config = readFileSync(path.join(__dirname, '..', 'docusaurus.config.ts'), 'utf8');
    expect(/^\s*title: '([^']+)',/m.exec(config)?.[1]).toBe(SITE_TITLE);
  });
});

describe('the citeproc worker', () => {
  const citeprocOf = () => (globalThis as Record<symbol, { worker: { threadId: number } } | undefined>)[Symbol.for('kzprotest.course.citeproc')];

  it('names an item citeproc cannot read, and formats the next one', async () => {
    await expect(formatCitation('@@ not a citation' as never)).rejects.toThrow(/Could not format the citation of "@@ not a citation": This format is not supported/);
    await expect(formatCitation((() => 'a function') as never)).rejects.toThrow(/Could not format the citation of .*could not be cloned/);
    expect((await formatCitation(lessonCsl('After an error', SITE_TITLE))).apa.text).toContain('After an error');
  });

  it('is one per process, however often the config loads the module again', async () => {
    const before = citeprocOf()?.worker.threadId;
    expect(before).toBeGreaterThan(0);
    vi.resetModules();
    const again = await import('../plugins/teacher/citations');
    expect((await again.formatCitation(lessonCsl('Loaded Twice', SITE_TITLE))).chicago.text).toContain('Loaded Twice');
    expect(citeprocOf()?.worker.threadId).toBe(before);
  });

  it('lets a process that has its citations exit', () => {
    // an idle worker that kept Node alive would hang every build at its end
    const dir = mkdtempSync(path.join(tmpdir(), 'citeproc-exit-'));
    try {
      const script = path.join(dir, 'cite.mts');
      writeFileSync(
        script,
        `import { formatCitation } from ${JSON.stringify(path.join(__dirname, '..', 'plugins', 'teacher', 'citations.ts'))};\n` +
          `console.log((await formatCitation({ id: 'x', type: 'webpage', title: 'Exits' })).apa.text);\n`,
      );
      const out = execFileSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8', timeout: 60_000 });
      expect(out).toContain('Exits');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Common Cartridge', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (n) => ['item', 'resource', 'file'].includes(n) });
  const spec = {
    title: 'Title with <markup> & "quotes"',
    description: 'Due 2027-03-01. Read & write.',
    folders: [
      { title: 'Lessons', links: [{ title: 'A & B', url: 'https://example.org/a?x=1&y=2' }] },
      { title: 'Readings', links: [{ title: 'R1', url: 'https://example.org/r1' }, { title: 'R2', url: 'https://example.org/r2' }] },
    ],
  };

  it('has metadata, a rooted organization, one resource per item and every file, with text escaped', async () => {
    const files = unzipSync(await cartridgeZip(spec));
    const manifest = parser.parse(strFromU8(files['imsmanifest.xml']!)).manifest;
    expect(manifest.metadata.schemaversion).toBe('1.1.0');
    expect(manifest.metadata['lomimscc:lom']['lomimscc:general']['lomimscc:title']['lomimscc:string']['#text']).toBe(spec.title);
    const folders = manifest.organizations.organization.item[0].item;
    expect(folders.map((f: { title: string }) => f.title)).toEqual(['Lessons', 'Readings']);
    const refs = folders.flatMap((f: { item: { '@identifierref': string }[] }) => f.item.map((i) => i['@identifierref']));
    const resources = manifest.resources.resource as { '@identifier': string; file: { '@href': string }[] }[];
    expect(refs).toEqual(resources.map((r) => r['@identifier']));
    const urls = resources.map((r) => parser.parse(strFromU8(files[r.file[0]!['@href']]!)).webLink.url['@href']);
    expect(urls).toEqual(['https://example.org/a?x=1&y=2', 'https://example.org/r1', 'https://example.org/r2']);
    expect(Object.keys(files).sort()).toEqual(['imsmanifest.xml', ...resources.map((r) => r.file[0]!['@href'])].sort());
  });

  it('drops characters XML cannot hold instead of writing a broken manifest', () => {
    const files = cartridgeFiles({ ...spec, title: 'bad \u0001 char' });
    expect(files['imsmanifest.xml']).toContain('bad  char');
  });
});

describe('teacher guide front matter', () => {
  it('is kind: teacher, needs a title, and gets no lesson boxes', async () => {
    await expect(validateFrontMatter({ kind: 'teacher', title: 'Teacher guide: X' }, 'teach/01-x/guide.mdx')).resolves.toEqual({ kind: 'teacher', title: 'Teacher guide: X' });
    await expect(validateFrontMatter({ kind: 'teacher' }, 'teach/01-x/guide.mdx')).rejects.toThrow(/guide\.mdx[\s\S]*field "title"/);
  });

  it('gives every lesson its Assign this and Cite this lesson data', async () => {
    const fm = (await validateFrontMatter({ title: 'L', questions: ['Q?'], objectives: ['O'], keypoints: ['K'], time: 10, readings: [s1], contentWarning: [...kz.get(s1!, 'sources').contentWarnings] }, 'docs/01-x/l.mdx')) as { kz: { teacher: { readings: { id: string }[] } } };
    expect(fm.kz.teacher.readings.map((r) => r.id)).toEqual([s1]);
  });
});

describe('teacher guide sources', () => {
  const mdx = `Text\n\n<Discussion>\n- First prompt that\n  wraps onto a second line?\n- Second prompt?\n</Discussion>\n\n<SelfCheck>\n  <Check claim="c-1">How many?</Check>\n  <Check event="e-1">When\n  exactly?</Check>\n</SelfCheck>\n`;
  it('reads discussion prompts and self-checks from a lesson', () => {
    expect(discussionPrompts(mdx)).toEqual(['First prompt that wraps onto a second line?', 'Second prompt?']);
    expect(checks(mdx)).toEqual([
      { question: 'How many?', claim: 'c-1' },
      { question: 'When exactly?', event: 'e-1' },
    ]);
  });

  it('names files for downloads safely', () => {
    expect(fileStem('Zhanaozen 2011: what the sources say!')).toBe('zhanaozen-2011-what-the-sources-say');
    expect(fileStem('«»')).toBe('assignment');
  });
});
