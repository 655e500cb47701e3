import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixtureSeeds, toFiles, validRecords, FIXTURE_SEED } from '../../test/fixture.js';
import { buildDataset, type BuildInput, type RecordFile } from './buildDataset.js';
import type { Rule } from './context.js';
import { formatIssue } from './issue.js';
import { loadRecordFiles, loadReleasedIds, loadSeeds, readRecordFiles, rereadRecordFile } from './loadFiles.js';
import { build, edit, onlyIssue } from './ruleFixtures.js';
import { rules } from './rules/index.js';

describe('the fixture', () => {
  it('builds, resolving quotes to offsets in the seed', () => {
    const result = build();
    expect(result.issues.map(formatIssue)).toEqual([]);
    if (!result.ok) return;
    const toll = result.dataset.claims.find((c) => c.id === 'fixture-claim-toll')!;
    expect(FIXTURE_SEED.slice(toll.quote.start, toll.quote.end)).toBe('At least 16 people died.');
    expect(toll.region).toBe('body');
    const shooting = result.dataset.events[0]!;
    expect(shooting.claims.sort()).toEqual(['fixture-claim-shooting', 'fixture-claim-toll']);
    expect(shooting.dateRange).toEqual({ earliest: '2011-12-16', latest: '2011-12-16' });
  });

  it('gives every empty list of the records one frozen array, so a change to one throws instead of reaching all', () => {
    const result = build();
    if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
    const empties = result.dataset.claims.map((c) => c.disputes).filter((d) => d.length === 0);
    expect(empties.length, 'the fixture has claims that dispute nothing').toBeGreaterThan(1);
    expect(new Set(empties).size).toBe(1);
    expect(() => (empties[0] as string[]).push('another-claim')).toThrow(TypeError);
    expect(JSON.stringify(empties[0])).toBe('[]');
  });
});

describe('parsing and reporting', () => {
  it('yaml-syntax', () => {
    const issue = onlyIssue((r) => {
      r['themes/fixture-theme'] = 'id: fixture-theme\nname: Repression\ndescription: Force: used\n';
    });
    expect(issue).toMatchObject({ rule: 'yaml-syntax', file: 'data/themes/fixture-theme.yaml', line: 3 });
  });

  it('schema: a malformed field', () => {
    const issue = onlyIssue(edit('events/fixture-shooting', 'type: shooting', 'type: massacre'));
    expect(issue).toMatchObject({ rule: 'schema', file: 'data/events/fixture-shooting.yaml', id: 'fixture-shooting', path: ['type'], line: 6 });
    expect(issue.message).toContain('shooting');
  });

  it('schema: a missing required field is reported on the record', () => {
    const issue = onlyIssue(edit('themes/fixture-theme', /description: .*\n/, ''));
    expect(issue).toMatchObject({ rule: 'schema', id: 'fixture-theme', path: ['description'] });
  });

  it('editorial rules are skipped only when asked (release notes building data older than them)', () => {
    const records = validRecords();
    edit('events/fixture-shooting', /dateBasis:\n  on: .*\n/, '')(records);
    expect(buildDataset({ files: toFiles(records), seeds: fixtureSeeds() }).ok).toBe(false);
    const old = buildDataset({ files: toFiles(records), seeds: fixtureSeeds(), skipEditorialRules: true });
    expect(old.issues.map(formatIssue)).toEqual([]);
    // an integrity rule still runs: a quote not in the seed fails either way
    edit('claims/fixture-claim-toll', 'At least 16 people died.', 'At least 17 people died.')(records);
    expect(buildDataset({ files: toFiles(records), seeds: fixtureSeeds(), skipEditorialRules: true }).ok).toBe(false);
  });

  it('formats an issue as file:line, record, field, message and rule', () => {
    const issue = onlyIssue(edit('events/fixture-shooting', 'type: shooting', 'type: massacre'));
    expect(formatIssue(issue)).toMatch(/^data\/events\/fixture-shooting\.yaml:6 record "fixture-shooting" field type: .+ \[schema\]$/);
  });
});

const packageDir = fileURLToPath(new URL('../..', import.meta.url));

/** The package's own records, seeds and released ids. */
function realInput(): BuildInput {
  return { files: loadRecordFiles(packageDir), seeds: loadSeeds(join(packageDir, '..', '..', 'seeds')), releasedIds: loadReleasedIds(packageDir) };
}

/** The real records with one error for most rules, each in a record picked by what it holds. */
function withFaults(input: BuildInput, { breakSeed }: { breakSeed: boolean }): BuildInput {
  const files = [...input.files].map((f) => ({ ...f }));
  const used = new Set<RecordFile>();
  const change = (collection: string, holds: (text: string) => boolean, from: RegExp, to: string) => {
    const file = files.find((f) => f.collection === collection && !used.has(f) && holds(f.text) && from.test(f.text));
    expect(file, `no ${collection} record to break with ${from}`).toBeDefined();
    used.add(file!);
    file!.text = file!.text.replace(from, to);
  };
  const always = () => true;
  change('events', (t) => !/^disputed:/m.test(t), /$/, 'disputed: true\n');
  change('events', always, /^date: .*$/m, 'date: 2011-02-30');
  change('claims', always, /^ {2}exact: [^|>'"].*$/m, '  exact: Words that no seed holds anywhere');
  change('claims', always, /^source: .*$/m, 'source: no-such-source');
  change('actors', (t) => !t.includes('nameIsDescriptive'), /^name: .*$/m, 'name: Zzyzx Nobody');
  change('events', (t) => /^date: "?\d{4}-\d{2}-\d{2}"?$/m.test(t), /^dateBasis:\n(?: .*\n)*/m, '');
  change('claims', (t) => !/^attributedTo:/m.test(t), /^kind: fact$/m, 'kind: official-claim');
  change('sources', always, /^issued: .*$/m, 'issued: 2011-02-29');
  const theme = files.find((f) => f.collection === 'themes')!;
  theme.file = theme.file.replace(/[^/]+\.yaml$/, 'not-its-id.yaml');
  const place = files.find((f) => f.collection === 'places')!;
  const placeId = /^id: (.*)$/m.exec(place.text)![1]!;
  files.push({ collection: 'themes', file: `data/themes/${placeId}.yaml`, text: `id: ${placeId}\nname: A theme\ndescription: A theme with the id of a place.\n` });
  if (breakSeed) change('sources', always, /lines: \[\d+, \d+\]/, 'lines: [1, 999999]');
  return { ...input, files, releasedIds: [...(input.releasedIds ?? []), 'an-id-never-kept'] };
}

/** A fixed shuffle (a linear congruential generator), so a failure can be run again. */
function shuffled(seed: number) {
  return (list: readonly Rule[]): Rule[] => {
    const out = [...list];
    let state = seed;
    for (let i = out.length - 1; i > 0; i--) {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      const j = state % (i + 1);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
}

const runOrders: [string, (list: readonly Rule[]) => readonly Rule[]][] = [
  ['reversed', (list) => [...list].reverse()],
  ['shuffled (seed 1)', shuffled(1)],
  ['shuffled (seed 7)', shuffled(7)],
  ['shuffled (seed 2026)', shuffled(2026)],
];

describe('rules only read what was resolved, so their order does not matter', () => {
  it('the shuffles are real: each runs the rules in another order than the listed one', () => {
    for (const [name, order] of runOrders) expect(order(rules).map((r) => r.name), name).not.toEqual(rules.map((r) => r.name));
  });

  it('the real data gives the same dataset and coverage, to the byte, whatever order the rules run in', () => {
    const input = realInput();
    const listed = buildDataset(input);
    expect(listed.issues.map(formatIssue)).toEqual([]);
    for (const [name, runOrder] of runOrders) {
      const other = buildDataset(input, { runOrder });
      expect(other.ok, name).toBe(true);
      if (!listed.ok || !other.ok) return;
      expect(JSON.stringify(other.dataset), name).toBe(JSON.stringify(listed.dataset));
      expect(JSON.stringify(other.coverage), name).toBe(JSON.stringify(listed.coverage));
    }
  });

  it('the real data with errors for most rules gives the same issues, in the same order, whatever order the rules run in', () => {
    for (const breakSeed of [false, true]) {
      const input = withFaults(realInput(), { breakSeed });
      const listed = buildDataset(input).issues.map(formatIssue);
      const found = new Set(buildDataset(input).issues.map((i) => i.rule));
      // the faults reach most rules, or the comparison would prove little
      // a broken seed holds back the checks of its quotes and of the names (they would read an incomplete text)
      const expected = ['file-name-matches-id', 'ids-unique', 'references-resolve', 'dates-edtf', 'date-bounds-stated', 'disputes-linked', 'claim-voice', 'released-ids-kept', ...(breakSeed ? ['seeds-and-regions'] : ['quotes-verbatim', 'names-in-seeds'])];
      for (const rule of expected) {
        expect([...found], `breakSeed ${breakSeed}`).toContain(rule);
      }
      for (const [name, runOrder] of runOrders) expect(buildDataset(input, { runOrder }).issues.map(formatIssue), `${name}, breakSeed ${breakSeed}`).toEqual(listed);
    }
  });
});

describe('files read one at a time, their texts read again only to locate an issue', () => {
  /** The files of a build input written out as a package folder. */
  function onDisk(files: Iterable<RecordFile>): string {
    const dir = mkdtempSync(join(tmpdir(), 'kz-reread-'));
    for (const f of files) {
      mkdirSync(dirname(join(dir, f.file)), { recursive: true });
      writeFileSync(join(dir, f.file), f.text);
    }
    return dir;
  }

  it('give the real data the same dataset and coverage, to the byte', () => {
    const whole = buildDataset(realInput());
    const streamed = buildDataset({ ...realInput(), files: readRecordFiles(packageDir), reread: rereadRecordFile(packageDir) });
    expect(whole.ok && streamed.ok).toBe(true);
    if (!whole.ok || !streamed.ok) return;
    expect(JSON.stringify(streamed.dataset)).toBe(JSON.stringify(whole.dataset));
    expect(JSON.stringify(streamed.coverage)).toBe(JSON.stringify(whole.coverage));
  });

  it('give the real data with errors the same issues, lines included, in the same order', () => {
    for (const breakSeed of [false, true]) {
      const input = withFaults(realInput(), { breakSeed });
      const dir = onDisk(input.files);
      try {
        const whole = buildDataset({ ...input, files: loadRecordFiles(dir) }).issues;
        const streamed = buildDataset({ ...input, files: readRecordFiles(dir), reread: rereadRecordFile(dir) }).issues;
        // the lines come from the texts read again, so the comparison must include some
        expect(streamed.filter((i) => i.line !== undefined).length, `breakSeed ${breakSeed}`).toBeGreaterThan(5);
        expect(streamed, `breakSeed ${breakSeed}`).toEqual(whole);
        expect(whole.map(formatIssue), `breakSeed ${breakSeed}`).toEqual(buildDataset(input).issues.map(formatIssue));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });
});
