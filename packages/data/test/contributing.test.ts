/**
 * CONTRIBUTING.md, followed step by step for a short sixth source written for this test (a
 * fixture, marked as one and never shipped), in a temporary copy of the repository: the build
 * passes and reports its coverage and its disagreement, and each mistake the page lists fails
 * with the words the page promises.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, symlinkSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageDir, repoDir, tempFolder } from './helpers.js';

const SOURCE = 'fixture-2012-town-meeting';
const courseDir = join(repoDir, 'apps', 'course');
const SEED = [
  'TEST FIXTURE, written for packages/data/test/contributing.test.ts; never shipped.',
  'A town meeting in Zhanaozen',
  'On 3 December 2012, residents met in the town hall of Zhanaozen.',
  'Every police officer who fired on the crowd was punished.',
  'By A. Fixture',
].join('\n');

let copy: string;
const pkg = () => join(copy, 'packages', 'data');
const write = (path: string, text: string) => writeFileSync(join(pkg(), path), text);
const read = (path: string) => readFileSync(join(pkg(), path), 'utf8');

/** `npm run check -w @kzprotest/data` in the copy (the same tsx entry), with its output and exit code. */
function check(...args: string[]): { code: number; output: string } {
  try {
    const out = execFileSync(join(repoDir, 'node_modules', '.bin', 'tsx'), ['src/compiler/main.ts', ...args], { cwd: pkg(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { code: 0, output: out };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, output: `${e.stdout}${e.stderr}` };
  }
}

/** The mistakes table of CONTRIBUTING.md: each row's mistake and the words its message promises. */
function promisedMessages(): Map<string, string> {
  const text = readFileSync(join(repoDir, 'CONTRIBUTING.md'), 'utf8');
  const table = text.slice(text.indexOf('<!-- contributor-mistakes'));
  const rows = [...table.matchAll(/^\| (A[^|]+?) \| `([^`]+)` \|$/gm)];
  return new Map(rows.map((m) => [m[1]!.split(' (')[0]!, m[2]!]));
}

beforeAll(() => {
  copy = tempFolder('contributing');
  // the repository as a contributor has it, minus what the build makes; dependencies are linked, not copied
  cpSync(join(repoDir, 'seeds'), join(copy, 'seeds'), { recursive: true });
  cpSync(join(repoDir, 'CONTRIBUTING.md'), join(copy, 'CONTRIBUTING.md'));
  for (const entry of ['src', 'data', 'package.json', 'coverage-baseline.json', 'released-ids.json', 'tsconfig.json']) {
    cpSync(join(packageDir, entry), join(copy, 'packages', 'data', entry), { recursive: true });
  }
  symlinkSync(join(repoDir, 'node_modules'), join(copy, 'node_modules'));
  symlinkSync(join(packageDir, 'node_modules'), join(pkg(), 'node_modules'));
  // the course's view and component of "How we know", which read the seeds beside them
  for (const entry of ['plugins', 'src', 'scripts', 'package.json', 'tsconfig.json']) {
    cpSync(join(courseDir, entry), join(copy, 'apps', 'course', entry), { recursive: true });
  }

  // Adding a source, step 1: the text as captured, in seeds/, listed in seeds/README.md
  writeFileSync(join(copy, 'seeds', `${SOURCE}.txt`), SEED);
  appendFileSync(join(copy, 'seeds', 'README.md'), `\n| \`${SOURCE}.txt\` | a test fixture, never shipped | 2012-12-04 |\n`);
  // step 2: the source record, with its regions (the fixture notice and the headline left out)
  write(`data/sources/${SOURCE}.yaml`, `# yaml-language-server: $schema=../../dist/json-schema/input/sources.schema.json
id: ${SOURCE}
type: article-newspaper
title: A town meeting in Zhanaozen
author:
  - family: Fixture
    given: A.
issued: 2012-12-04
publisher: Fixture Press
language: en
seed: ${SOURCE}.txt
perspective: journalism
perspectiveNote: A test fixture written for the contributor test; never shipped.
contentWarnings: [violence]
regions:
  - kind: body
    lines: [3, 4]
  - kind: attribution
    lines: [5, 5]
`);
  // step 4: the coverage baseline
  const baseline = JSON.parse(read('coverage-baseline.json')) as Record<string, number>;
  write('coverage-baseline.json', `${JSON.stringify({ ...baseline, [SOURCE]: 0 }, null, 2)}\n`);
  // Adding a claim: one fact with the date, one that disputes an existing claim
  write(`data/claims/fixture-meeting-held.yaml`, `id: fixture-meeting-held
source: ${SOURCE}
quote:
  exact: On 3 December 2012, residents met in the town hall of Zhanaozen.
kind: fact
about: [fixture-town-meeting-2012-12-03, zhanaozen]
summary: Residents met in the town hall of Zhanaozen.
`);
  write(`data/claims/fixture-officers-all-punished.yaml`, `id: fixture-officers-all-punished
source: ${SOURCE}
quote:
  exact: Every police officer who fired on the crowd was punished.
kind: fact
contentWarnings: [violence]
about: [police-officers-prosecuted-after-zhanaozen]
summary: Every police officer who fired on the crowd was punished.
disputes: [rferl-zhumalyuly-shooters-unpunished]
`);
  // Adding an event: its date rests on the words of its date claim
  write(`data/events/fixture-town-meeting-2012-12-03.yaml`, `id: fixture-town-meeting-2012-12-03
title: Town meeting in Zhanaozen
summary: Residents met in the town hall.
date: 2012-12-03
dateClaims: [fixture-meeting-held]
dateBasis:
  on: { claim: fixture-meeting-held, words: On 3 December 2012 }
type: conference
places: [zhanaozen]
`);
}, 60_000);

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('CONTRIBUTING.md, followed for a sixth source', () => {
  it('builds, and the coverage report and the data behind "How we know" show the new source and its disagreement', () => {
    const uncovered = check('--check', '--uncovered', SOURCE);
    expect(uncovered.output).toContain(`${SOURCE}: 100% (2 covered, 0 skipped of 2)`);
    expect(uncovered.code, uncovered.output).toBe(0);
    // the full build, as the release makes it: the page reads these files
    const built = check();
    expect(built.code, built.output).toBe(0);
    const coverage = JSON.parse(read('dist/data/coverage.json')) as { source: string; percent: number }[];
    expect(coverage.find((c) => c.source === SOURCE)?.percent).toBe(100);
    const claims = JSON.parse(read('dist/data/claims.json')) as { id: string; disputes: string[] }[];
    expect(claims.find((c) => c.id === 'rferl-zhumalyuly-shooters-unpunished')!.disputes).toContain('fixture-officers-all-punished');
    expect(claims.find((c) => c.id === 'fixture-officers-all-punished')!.disputes).toEqual(['rferl-zhumalyuly-shooters-unpunished']);
  }, 120_000);

  it('shows the new source, its claim counts and its disagreement on the course\'s "How we know" page', () => {
    // the page's own view and component, rendered to HTML with the copy's data (a site build of the
    // copy would take minutes; apps/course/scripts/how-we-know/render.tsx says what stands in for Docusaurus)
    const html = execFileSync(process.execPath, ['--require', './scripts/how-we-know/hooks.cjs', '--import', 'tsx', 'scripts/how-we-know/render.tsx', join(pkg(), 'dist', 'data', 'coverage.json')], {
      cwd: join(copy, 'apps', 'course'),
      env: { ...process.env, KZ_DATA_SRC: join(pkg(), 'src', 'index.ts') },
      encoding: 'utf8',
    });
    const text = (fragment: string) => fragment.replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/\s+/g, ' ');
    const section = /<section data-how-we-know-source="fixture-2012-town-meeting">([\s\S]*?)<\/section>/.exec(html)?.[1];
    expect(section, 'the fixture source has its section').toBeDefined();
    const claims = (JSON.parse(read('dist/data/claims.json')) as { id: string; source: string; kind: string; attributedTo: string[] }[]).filter((c) => c.source === SOURCE);
    expect(claims.map((c) => c.kind)).toEqual(['fact', 'fact']);
    expect(text(section!)).toContain('A town meeting in Zhanaozen');
    expect(text(section!)).toContain(`${claims.length} claims: ${claims.length} fact`);
    expect(text(section!)).toContain(`the source itself: ${claims.filter((c) => c.attributedTo.length === 0).length}`);
    expect(text(section!)).toContain('2 of 2 body sentences covered by claims (100%)');
    // the disagreement: both sides in their own words, each with its voice
    const disagreement = [...html.matchAll(/<section data-how-we-know-disagreement="">([\s\S]*?)<\/section>/g)].map((m) => text(m[1]!)).find((t) => t.includes('Every police officer who fired on the crowd was punished.'));
    expect(disagreement, 'the fixture claim is in a disagreement').toBeDefined();
    expect(disagreement).toContain("But the people who fired the bullets still haven't received their punishment.");
    expect(disagreement).toContain('Adil Zhumalyuly');
  }, 120_000);

  it('fails each documented mistake with the message CONTRIBUTING.md promises, naming the file', () => {
    const promised = promisedMessages();
    expect([...promised.keys()]).toEqual(['A quote that is not verbatim', 'An id that does not exist', 'An invented bound', 'A disagreement whose event is not marked', 'A missing content warning']);
    const mistakes: [string, string, string, string][] = [
      ['A quote that is not verbatim', 'data/claims/fixture-meeting-held.yaml', 'exact: On 3 December', 'exact: On 4 December'],
      ['An id that does not exist', 'data/claims/fixture-meeting-held.yaml', 'about: [fixture-town-meeting-2012-12-03, zhanaozen]', 'about: [fixture-town-meeting-2012-12-03, zhanozen]'],
      ['An invented bound', 'data/events/fixture-town-meeting-2012-12-03.yaml', 'date: 2012-12-03\ndateClaims: [fixture-meeting-held]\ndateBasis:\n  on:', 'date: 2012-12-03/2012-12-31\ndateClaims: [fixture-meeting-held]\ndateBasis:\n  start:'],
      ['A disagreement whose event is not marked', 'data/claims/fixture-officers-all-punished.yaml', 'about: [police-officers-prosecuted-after-zhanaozen]\nsummary: Every police officer who fired on the crowd was punished.\ndisputes: [rferl-zhumalyuly-shooters-unpunished]', 'about: [zhanaozen-shooting-2011-12-16]\nsummary: Every police officer who fired on the crowd was punished.\ndisputes: [rsf-official-toll-15-dead]'],
      ['A missing content warning', 'data/claims/fixture-officers-all-punished.yaml', 'kind: fact\ncontentWarnings: [violence]\n', 'kind: fact\n'],
    ];
    for (const [mistake, file, from, to] of mistakes) {
      const before = read(file);
      expect(before, `${mistake}: the edit applies`).toContain(from);
      write(file, before.replace(from, to));
      try {
        const result = check('--check');
        expect(result.code, `${mistake}: the build fails`).toBe(1);
        expect(result.output, mistake).toContain(promised.get(mistake)!);
        expect(result.output, `${mistake}: names the file`).toContain(file);
      } finally {
        write(file, before);
      }
    }
    expect(check('--check').code, 'the copy builds again once every mistake is undone').toBe(0);
  }, 180_000);
});
