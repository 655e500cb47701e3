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
import { chicagoTitle, formatCitation, lessonCsl, readingView, sentenceCaseTitle, PERMALINK } from '../plugins/teacher/citations';
import { lessonTeacherExtras, SITE_TITLE } from '../plugins/teacher/lesson';
import { modulesOf, type LoadedDoc } from '../plugins/teacher/catalogue';
import { checks, discussionPrompts } from '../plugins/teacher/guides';
import { validateFrontMatter } from '../plugins/kzdata/frontMatter';
import { samplePlan } from './fixtures/lessonPlan';
import { chosenReadings, fromQuery, isDay, MAX_LIST, MAX_NAMED_PROBLEMS, toQuery, type Assignment } from '../src/components/teacher/assignLink';
import { assignmentCartridge, cartridgeFiles, cartridgeZip, CC13 } from '../src/components/teacher/cartridge';
import { selfChecksOf } from '../plugins/teacher/selfChecks';
import { readCartridge, xmllintAll } from './cartridge';
import { citationFiles, fileStem } from '../src/components/teacher/download';
import type { Catalogue, ReadingView } from '../src/components/teacher/types';

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

/** Every source with its reading and the text of its APA and its Chicago citation, in turn. */
async function eachCitation(): Promise<{ source: kz.Source; r: ReadingView; text: string }[]> {
  const all: { source: kz.Source; r: ReadingView; text: string }[] = [];
  for (const source of kz.sources) {
    const r = await readingView(source.id);
    for (const text of [r.apa.text, r.chicago.text]) all.push({ source, r, text });
  }
  return all;
}

describe('citations', () => {
  it('are citation-js output that never shows an address the record does not verify', async () => {
    for (const { source, r, text } of await eachCitation()) {
      const words = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
      expect(words(text)).toContain(words(source.title.slice(0, 20)));
      if (!r.url) expect(text).not.toMatch(/https?:\/\//);
      else expect(text).toContain(r.url);
    }
    // Chicago gives authors' full names, APA initials
    for (const source of kz.sources) {
      const r = await readingView(source.id);
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

  it('of a lesson carry the course data’s version, "n.d." for the release date no version records, the placeholder address and the course title of the config', async () => {
    const extras = await lessonTeacherExtras({ title: 'A lesson', readings: [s1!] });
    expect(extras.cite.apa.text).toContain(PERMALINK);
    expect(extras.cite.chicago.text).toContain(PERMALINK);
    expect(extras.cite.csl).not.toHaveProperty('issued');
    expect(extras.cite.csl.version).toBe(kz.meta.version);
    // APA 7 10.16 (web page with a description in brackets, 9.21; no date: "n.d.", 9.17); Chicago 17 14.206 (web page, "n.d." 14.207)
    const v = kz.meta.version;
    expect(extras.cite.apa.text).toBe(`kzprotest. (n.d.). A lesson [Lesson, course data version ${v}]. Protest, Labour and the State in Kazakhstan. ${PERMALINK}`);
    expect(extras.cite.apa.html).toContain('<i>A lesson</i> [Lesson');
    expect(extras.cite.chicago.text).toBe(`kzprotest. “A Lesson.” Lesson, course data version ${v}. Protest, labour and the state in Kazakhstan, n.d. ${PERMALINK}.`);
    expect(extras.readings.map((r) => r.id)).toEqual([s1]);
    const config = readFileSync(path.join(__dirname, '..', 'docusaurus.config.ts'), 'utf8');
    expect(/^\s*title: '([^']+)',/m.exec(config)?.[1]).toBe(SITE_TITLE);
    // the version is the data package's, which the site shows
    expect(JSON.parse(readFileSync(path.join(__dirname, '..', '..', '..', 'packages', 'data', 'package.json'), 'utf8')).version).toBe(v);
  });
});

/**
 * Each source's reference as APA 7 and Chicago 17 (notes and bibliography, bibliography form)
 * write it, worked out from the record's metadata by the manuals' rules, not copied from the
 * output: the report of the change that added this test explains each string against its rule.
 * `italic` is what the style sets in italics (the HTML's <i>); the words in brackets are the
 * record's unconfirmed fields.
 */
const EXPECTED_REFERENCES: Record<string, { apa: string; apaItalic: string; chicago: string; chicagoItalic: string }> = {
  // article-newspaper, republished: APA 10.2 and 9.41 ("Original work published"); CMOS 14.191
  'atol-2012-cold-winds-from-janaozen': {
    apa: 'Kazakova, A. (2012, December 20). Cold winds from Janaozen. Asia Times Online. http://www.atimes.com/atimes/Central_Asia/NL20Ag03.html (Original work published 2012)',
    apaItalic: 'Asia Times Online',
    chicago: 'Kazakova, Alexandra. “Cold Winds from Janaozen.” Asia Times Online, December 20, 2012. http://www.atimes.com/atimes/Central_Asia/NL20Ag03.html.',
    chicagoItalic: 'Asia Times Online',
  },
  // post-weblog: APA 10.1 example 17; CMOS 14.208 (blog name, "(blog)", the site it is part of)
  'iheid-2022-lessons-from-january-protests': {
    apa: 'Tutumlu, A. (2022, March 30). Lessons from the January 2022 protests in Kazakhstan. Executive Education Blog. https://executiveeducation.blog/themes/conflict/lessons-from-the-january-2022-protests-in-kazakhstan/ [Date not confirmed; author not confirmed.]',
    apaItalic: 'Executive Education Blog',
    chicago: 'Tutumlu, Assel. “Lessons from the January 2022 Protests in Kazakhstan.” Executive Education Blog (blog). Graduate Institute of International and Development Studies (IHEID), Geneva, March 30, 2022. https://executiveeducation.blog/themes/conflict/lessons-from-the-january-2022-protests-in-kazakhstan/. [Date not confirmed; author not confirmed.]',
    chicagoItalic: 'Executive Education Blog',
  },
  // article-magazine with no author and no verified address: APA 9.12 (title in the author's place); CMOS 14.207 (the publication in the author's place)
  'opendemocracy-2019-kazakh-regime-learning': {
    apa: 'What is the Kazakh regime learning from citizen protests? (2019). openDemocracy. [Date not confirmed; publication title not confirmed.]',
    apaItalic: 'openDemocracy',
    chicago: 'openDemocracy. “What Is the Kazakh Regime Learning from Citizen Protests?” 2019. [Date not confirmed; publication title not confirmed.]',
    chicagoItalic: 'openDemocracy',
  },
  // article-newspaper with month only: APA 10.2 and 9.14; CMOS 14.191 and 8.159 (headline style)
  'rferl-2012-zhanaozen-quiet-but-angry': {
    apa: 'Sindelar, D., & Toiken, S. (2012, December). A year after deadly riots, Zhanaozen is quiet but angry. Radio Free Europe/Radio Liberty. https://www.rferl.org/a/zhanaozen-a-year-after-the-riots/24798726.html [Date not confirmed; author not confirmed.]',
    apaItalic: 'Radio Free Europe/Radio Liberty',
    chicago: 'Sindelar, Daisy, and Sania Toiken. “A Year after Deadly Riots, Zhanaozen Is Quiet but Angry.” Radio Free Europe/Radio Liberty, December 2012. https://www.rferl.org/a/zhanaozen-a-year-after-the-riots/24798726.html. [Date not confirmed; author not confirmed.]',
    chicagoItalic: 'Radio Free Europe/Radio Liberty',
  },
  // webpage by an organisation, no date: APA 10.16 (the title's space before its colon, as printed, is
  // made unbreakable by citeproc, U+202F, so no line starts with the colon) (title in italics, site name, no "Retrieved" for a page not designed to change, 9.16); CMOS 14.206-207
  'rsf-wefc-zhanaozen-city-cut-off': {
    apa: 'Reporters Without Borders. (n.d.). Kazakhstan\u202f: Zhanaozen – a city cut off from the rest of the world a year ago. WeFightCensorship. http://wefightcensorship.org/censored/kazakhstan-zhanaozen-city-cut-rest-world-year-agohtml.html [Author not confirmed.]',
    apaItalic: 'Kazakhstan\u202f: Zhanaozen – a city cut off from the rest of the world a year ago',
    chicago: 'Reporters Without Borders. “Kazakhstan\u202f: Zhanaozen – a City Cut Off from the Rest of the World a Year Ago.” WeFightCensorship, n.d. http://wefightcensorship.org/censored/kazakhstan-zhanaozen-city-cut-rest-world-year-agohtml.html. [Author not confirmed.]',
    chicagoItalic: '',
  },
};

describe('references in APA 7 and Chicago 17', () => {
  it('hold an expected reference for every source of the data', () => {
    expect(Object.keys(EXPECTED_REFERENCES).sort()).toEqual(kz.sources.map((s) => s.id).sort());
  });

  for (const [id, expected] of Object.entries(EXPECTED_REFERENCES)) {
    it(`of ${id} are what the manuals give for its metadata, italics included`, async () => {
      const r = await readingView(id);
      expect(r.apa.text).toBe(expected.apa);
      expect(r.chicago.text).toBe(expected.chicago);
      const italics = (html: string) => [...html.matchAll(/<i>(.*?)<\/i>/g)].map((m) => m[1]!.replace(/&#38;/g, '&')).join(' | ');
      expect(italics(r.apa.html)).toBe(expected.apaItalic);
      expect(italics(r.chicago.html)).toBe(expected.chicagoItalic);
    });
  }

  it('never double punctuation after a title, print "Retrieved" or an access date, or hide an unconfirmed field', async () => {
    for (const { source, text } of await eachCitation()) {
      // a period after an initial ("D., &") is no title's
      expect(text, source.id).not.toMatch(/(?<!\b\p{Lu})\.[.,]|[?!][.,]|,,|\.\s+\./u);
      expect(text, source.id).not.toMatch(/Retrieved|Accessed/i);
      for (const u of source.unverified) if (['issued', 'author', 'container-title'].includes(u.field) && (u.field !== 'issued' || source.issued)) expect(text, `${source.id} ${u.field}`).toMatch(/not confirmed\.\]$/);
    }
  });

  it('put titles in sentence case for CSL, keeping names, and mark particles for Chicago', () => {
    expect(sentenceCaseTitle('A Year After Deadly Riots, Zhanaozen Is Quiet But Angry')).toBe('A year after deadly riots, Zhanaozen is quiet but angry');
    expect(sentenceCaseTitle('Cold Winds From Janaozen: Repression Has Worsened.')).toBe('Cold winds from Janaozen: Repression has worsened');
    // already sentence case: kept as printed, "Kazakh" included
    expect(sentenceCaseTitle('What is the Kazakh regime learning from citizen protests?')).toBe('What is the Kazakh regime learning from citizen protests?');
    expect(chicagoTitle('a city cut off from the rest')).toBe('a city cut <span class="nocase">Off</span> from the rest');
    expect(chicagoTitle('lessons from the January protests')).toBe('lessons from the January protests');
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

describe('Common Cartridge 1.3', () => {
  const lessonFile = path.join(__dirname, '..', 'docs', '04-prosecutions-and-media', 'trials-and-sentences.mdx');
  const selfChecks = selfChecksOf(readFileSync(lessonFile, 'utf8'));
  // the fixture lesson A gets a real lesson's self-checks, as addSelfChecks gives them in the build
  const withChecks: Catalogue = { ...catalogue, modules: catalogue.modules.map((m) => ({ ...m, lessons: m.lessons.map((l) => (l.id === '01-mod/a' ? { ...l, selfChecks } : l)) })) };
  const assignment: Assignment = {
    title: 'Title with <markup> & "quotes"',
    due: '2027-03-01',
    instructions: 'Read & write.\n\nThen <discuss>.',
    lessons: ['01-mod/a', '01-mod/b'],
    readings: [s1!, s2!],
    questions: ['01-mod/a#1', '01-mod/b#2'],
    activities: [],
  };
  const share = `https://example.org/assign${toQuery(assignment)}`;
  const spec = assignmentCartridge(withChecks, assignment, (p) => `https://example.org${p}`, share);

  it('reads the self-checks of a lesson with the answers from the data', () => {
    expect(selfChecks.map((c) => c.question)).toContain('When was the trial of Kozlov, Sapargali and Aminov?');
    const trial = kz.get('kozlov-trial-2012', 'events');
    expect(selfChecks.find((c) => c.question.startsWith('When was the trial'))!.answer).toContain(trial.title);
    const claim = kz.get('rferl-kozlov-sentenced-7-and-a-half-years', 'claims');
    expect(selfChecks.find((c) => c.question.startsWith('What sentence did Kozlov'))!.answer).toContain(claim.quote.exact.replace(/\s*\n\s*/g, ' '));
  });

  it('holds the assignment with its due date and instructions, a topic per chosen question, a quiz of self-checks, and lessons and readings as links', async () => {
    const files = unzipSync(await cartridgeZip(spec));
    const cc = readCartridge(files);
    expect(cc.manifest.metadata['lomimscc:lom']['lomimscc:general']['lomimscc:title']['lomimscc:string']['#text']).toBe(assignment.title);
    expect(cc.folders.map((f) => f.title)).toEqual([assignment.title, 'Discussion', 'Self-checks', 'Lessons', 'Readings']);
    expect(cc.folders.map((f) => f.resources.map((r) => r.type))).toEqual([
      ['assignment_xmlv1p0', 'imswl_xmlv1p3'],
      ['imsdt_xmlv1p3', 'imsdt_xmlv1p3'],
      ['imsqti_xmlv1p2/imscc_xmlv1p3/assessment'],
      ['imswl_xmlv1p3', 'imswl_xmlv1p3'],
      chosenReadings(withChecks, assignment).flatMap((r) => (r.url ? ['imswl_xmlv1p3', 'imswl_xmlv1p3'] : ['imswl_xmlv1p3'])),
    ]);

    // the assignment: title, instructions and due day in its text; Canvas's due date in its extension
    const a = cc.folders[0]!.resources[0]!;
    expect(a.root.title).toBe(assignment.title);
    const html = a.root.text['#text'] as string;
    expect(html).toContain('<p><strong>Due:</strong> 1 March 2027.</p>');
    expect(html).toContain('<p>Read &amp; write.</p><p>Then &lt;discuss&gt;.</p>');
    expect(html).toContain('<li>Q one?</li><li>Q two?</li>');
    expect(html).toContain(share.replace(/&/g, '&amp;'));
    expect(a.root.extensions.assignment['@xmlns']).toBe(CC13.canvas);
    expect(a.root.extensions.assignment.due_at).toBe('2027-03-01T23:59:59');
    // the binding's order of elements: title, text, submission_formats, extensions
    const order = ['<title>', '<text ', '<submission_formats>', '<extensions>'].map((tag) => a.text.indexOf(tag));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(cc.folders[0]!.resources[1]!.root.url['@href']).toBe(share);

    // one discussion topic per chosen question, naming its lesson
    const topics = cc.folders[1]!.resources.map((r) => r.root);
    expect(topics.map((t) => t.title)).toEqual(['Lesson A: question 1', 'Lesson B: question 2']);
    expect(topics[0]!.text['#text']).toContain('<p>Q one?</p>');
    expect(topics[1]!.text['#text']).toContain('<a href="https://example.org/course/mod/b">Lesson B</a>');

    // the quiz: one essay item per self-check, the question as its text, the data's answer as feedback
    const quiz = cc.folders[2]!.resources[0]!.root.assessment;
    expect(quiz['@title']).toBe('Self-check: Lesson A');
    const items = quiz.section[0].item as Record<string, any>[];
    expect(items.map((i) => i.presentation.material.mattext['#text'])).toEqual(selfChecks.map((c) => c.question));
    expect(items.map((i) => i.itemfeedback.flow_mat.material.mattext['#text'])).toEqual(selfChecks.map((c) => `From the data: ${c.answer}`));

    // lessons and readings as links; an original only where its address is verified
    const urls = (f: number) => cc.folders[f]!.resources.map((r) => r.root.url['@href']);
    expect(urls(3)).toEqual(['https://example.org/course/mod/a', 'https://example.org/course/mod/b']);
    const readings = chosenReadings(withChecks, assignment);
    expect(urls(4)).toEqual(readings.flatMap((r) => [`https://example.org${r.href}`, ...(r.url ? [r.url] : [])]));
  });

  it('with no due date writes no Canvas extension, and with no questions or self-checks no empty folders', async () => {
    const plain = assignmentCartridge(withChecks, { ...assignment, due: '', lessons: ['02-two/c'], questions: [], readings: [] }, (p) => `https://example.org${p}`, share);
    const cc = readCartridge(unzipSync(await cartridgeZip(plain)));
    expect(cc.folders.map((f) => f.title)).toEqual([assignment.title, 'Lessons']);
    expect(cc.folders[0]!.resources[0]!.root.extensions).toBeUndefined();
    expect(cc.folders[0]!.resources[0]!.text).not.toContain('Due:');
  });

  it('drops characters XML cannot hold instead of writing a broken manifest', () => {
    const files = cartridgeFiles({ ...spec, title: 'bad \u0001 char' });
    expect(files['imsmanifest.xml']).toContain('bad  char');
    expect(() => xmllintAll(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, new TextEncoder().encode(v)])))).not.toThrow();
  });

  it('is refused by xmllint when a file is not well-formed, so the check can fail', () => {
    expect(() => xmllintAll({ 'imsmanifest.xml': new TextEncoder().encode('<manifest><unclosed></manifest>') })).toThrow();
  });
});

describe('teacher guide front matter', () => {
  it('is kind: teacher, needs a title, and gets no lesson boxes', async () => {
    await expect(validateFrontMatter({ kind: 'teacher', title: 'Teacher guide: X' }, 'teach/01-x/guide.mdx')).resolves.toEqual({ kind: 'teacher', title: 'Teacher guide: X' });
    await expect(validateFrontMatter({ kind: 'teacher' }, 'teach/01-x/guide.mdx')).rejects.toThrow(/guide\.mdx[\s\S]*field "title"/);
  });

  it('gives every lesson its Assign this and Cite this lesson data', async () => {
    const fm = (await validateFrontMatter({ title: 'L', questions: ['Q?'], objectives: ['O'], keypoints: ['K'], time: 10, readings: [s1], contentWarning: [...kz.get(s1!, 'sources').contentWarnings], plan: samplePlan(10) }, 'docs/01-x/l.mdx')) as { kz: { teacher: { readings: { id: string }[] } } };
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
