/**
 * The build reads 100,000-record corpora through fast paths (js-yaml, a word index over the
 * seeds, plain-date parsing); each must answer exactly as the slow, exact path it stands in for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import edtf from 'edtf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { edtfRange } from '../src/compiler/resolve/edtfRange.js';
import { buildIndexes } from '../src/query/buildIndexes.js';
import { normalizeName } from '../src/query/normalize.js';
import type { Dataset, Indexes } from '../src/dataset.js';
import { buildDataset } from '../src/compiler/buildDataset.js';
import { containsName, foldWhiteSpace, NameFinder } from '../src/compiler/seedText.js';
import { countWords } from '../src/compiler/coverage.js';
import { lineOfPath, positionsOf, parseYamlFile } from '../src/compiler/yamlFile.js';
import { packageDir, repoDir, shippedDataset } from './helpers.js';

const dataFiles = readdirSync(join(packageDir, 'data')).flatMap((c) =>
  readdirSync(join(packageDir, 'data', c)).map((f) => readFileSync(join(packageDir, 'data', c, f), 'utf8')),
);

describe('parseYamlFile', () => {
  it('reads every data file as the yaml package does', () => {
    expect(dataFiles.length).toBeGreaterThan(100);
    for (const text of dataFiles) expect(parseYamlFile(text).data).toEqual(parse(text));
  });

  it('leaves scalars the YAML 1.2 core schema does not type as strings, as the yaml package does', () => {
    const text = 'a: 2012-12-20\nb: yes\nc: 0o17\nd: 0x1F\ne: ~\nf: 1e3\ng: "016"\nh: 016\ni: .inf\nj: Off\n';
    expect(parseYamlFile(text).data).toEqual(parse(text));
  });

  it('reports syntax errors and duplicate keys at the line of the mistake', () => {
    const cases: [string, number][] = [
      ['id: x\nname: a\nname: b\n', 3],
      ['id: x\ndescription: Force: used\n', 2],
      ['id: [a, b\nname: c\n', 2],
      ['a: 1\n---\nb: 2\n', 2],
      ['id: x\ntitle: "open\nname: c\nkind: d\n', 2],
    ];
    for (const [text, line] of cases) {
      const { syntaxErrors, data } = parseYamlFile(text);
      expect(data, text).toBeUndefined();
      expect(syntaxErrors.map((e) => e.line), text).toEqual([line]);
    }
  });

  it('finds the line of a field only when asked, as the yaml package does', () => {
    const text = 'id: x\ntitle: t\nroles:\n  - role: head\n    claims: [a, b]\n';
    const fast = parseYamlFile(text);
    const slow = positionsOf(text);
    for (const path of [['id'], ['roles', 0, 'claims', 1], ['roles', 0, 'missing'], []]) expect(fast.lineOf(path)).toBe(slow(path));
  });

  it('finds a field’s line from the text alone, file after file, as the yaml package does', () => {
    const a = 'id: x\ntitle: t\nroles:\n  - role: head\n    claims: [a, b]\n';
    const b = 'id: y\n\n\nplaces:\n  - p\n  - q\n';
    // alternating files, so a line is never taken from the previous file's parse
    for (const [text, path, line] of [[a, ['roles', 0, 'claims', 1], 5], [b, ['places', 1], 6], [a, ['title'], 2], [b, ['id'], 1]] as const) {
      expect(lineOfPath(text, path)).toBe(line);
      expect(lineOfPath(text, path)).toBe(positionsOf(text)(path));
    }
  });
});

describe('white space', () => {
  // white space of each kind /\s/ matches, and characters it does not (zero-width space, letters, digits)
  const text = fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2003', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b', 'a', 'Ж', '1', '.'), maxLength: 40 });

  it('is folded as replace(/\\s+/g, " ") folds it', () => {
    fc.assert(fc.property(text, (t) => foldWhiteSpace(t) === t.replace(/\s+/g, ' ')));
    expect(foldWhiteSpace('Rule of\nLaw  party ')).toBe('Rule of Law party ');
  });

  it('separates words as split(/\\s+/) does', () => {
    fc.assert(fc.property(text, (t) => countWords(t) === t.split(/\s+/).filter(Boolean).length));
    expect(countWords(' a b\n c ')).toBe(3);
  });
});

describe('NameFinder', () => {
  const seeds = new Map(readdirSync(join(repoDir, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => [f, readFileSync(join(repoDir, 'seeds', f), 'utf8')]));

  it('finds every shipped spelling in the same seeds as containsName', () => {
    const { actors, places } = shippedDataset();
    const names = [...actors, ...places].flatMap((r) => [r.name, ...r.aliases]);
    expect(names.length).toBeGreaterThan(40);
    // indexing every word, and only the words of the names asked about (a name outside them is still answered)
    for (const finder of [new NameFinder(seeds), new NameFinder(seeds, names)]) {
      for (const name of [...names, 'Rule of Law', 'Zhanao', 'zhanaozen', '(', 'Kazakh-']) {
        expect(finder.textsWith(name), name).toEqual([...seeds].filter(([, text]) => containsName(text, name)).map(([file]) => file));
        expect(finder.anyWith(name)).toBe([...seeds.values()].some((text) => containsName(text, name)));
      }
    }
  });

  it('agrees with containsName on random texts and names, line breaks, accents and astral letters included', () => {
    const alphabet = fc.constantFrom('a', 'b', 'A', ' ', '\n', '-', 'é', 'ё', '1', '.', '𝒜', '\u0301');
    const text = fc.string({ unit: alphabet, maxLength: 40 });
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), fc.string({ unit: alphabet, minLength: 1, maxLength: 6 }), (texts, name) => {
        const map = new Map(texts.map((t, i) => [i, t]));
        const expected = texts.flatMap((t, i) => (containsName(t, name) ? [i] : []));
        expect(new NameFinder(map).textsWith(name)).toEqual(expected);
        expect(new NameFinder(map, [name, 'b a']).textsWith(name)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('edtfRange', () => {
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const monthLength = (y: number, m: number) => [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
  // the grammar rolls 2011-02-29 over to 1 March; the build refuses days the calendar lacks
  const hasImpossibleDay = (value: string) =>
    [...value.matchAll(/(\d{4})-(\d{2})-(\d{2})/g)].some(([, y, m, d]) => Number(m) >= 1 && Number(m) <= 12 && (Number(d) < 1 || Number(d) > monthLength(Number(y), Number(m))));
  const viaGrammar = (value: string) => {
    if (hasImpossibleDay(value)) return 'invalid';
    // the one deliberate difference: an end coarser than the start that contains it
    // ("2022-01-02/2022-01", from 2 January to within January) is an interval the grammar refuses
    const [start, end] = value.split('/');
    if (end && /^\d{4}(-\d{2}){0,2}$/.test(start!) && /^\d{4}(-\d{2})?$/.test(end) && start !== end && start!.startsWith(`${end}-`) && Number(end.slice(0, 4)) >= 1900) {
      const within = viaGrammarAlone(end);
      const from = viaGrammarAlone(start!);
      if (within !== 'invalid' && from !== 'invalid') return { earliest: from.earliest, latest: within.latest };
    }
    return viaGrammarAlone(value);
  };
  const viaGrammarAlone = (value: string): { earliest: string; latest: string } | 'invalid' => {
    try {
      const parsed = edtf(value) as { min: number; max: number };
      // open ends reach as far as the data goes, as the build reads them
      return { earliest: day(Number.isFinite(parsed.min) ? parsed.min : Date.UTC(1900, 0, 1)), latest: day(Number.isFinite(parsed.max) ? parsed.max : Date.UTC(2999, 11, 31)) };
    } catch {
      return 'invalid';
    }
  };
  const viaBuild = (value: string) => {
    try {
      return edtfRange(value);
    } catch {
      return 'invalid';
    }
  };

  it('gives the EDTF grammar’s answer for plain dates and intervals, valid or not, twice over (refusing days the calendar lacks)', () => {
    const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
    const point = fc.oneof(
      fc.integer({ min: 1890, max: 2030 }).map(String),
      fc.tuple(fc.integer({ min: 1890, max: 2030 }), two(13)).map(([y, m]) => `${y}-${m}`),
      fc.tuple(fc.integer({ min: 1890, max: 2030 }), two(13), two(32)).map(([y, m, d]) => `${y}-${m}-${d}`),
    );
    const value = fc.oneof(point, fc.tuple(point, point).map(([a, b]) => `${a}/${b}`), fc.constantFrom('2012-12~', '2011-05/..', '201X', '2011-12-16?'));
    fc.assert(
      fc.property(value, (v) => {
        expect(viaBuild(v), v).toEqual(viaGrammar(v));
        expect(viaBuild(v), `${v} from the cache`).toEqual(viaGrammar(v));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('buildIndexes', () => {
  it('orders the names index by name, then id, as a comparator on both would', () => {
    const { names } = buildIndexes(shippedDataset());
    expect(names.length).toBeGreaterThan(100);
    const resorted = [...names].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    expect(names).toEqual(resorted);
  });

  // the index by its definition: each word start of each name, a whole name ranked 0 over the same
  // words as a longer name's tail (1), one entry per name and id, sorted by a comparator on both
  const namesByDefinition = (dataset: Dataset): Indexes['names'] => {
    const best = new Map<string, [string, string, 0 | 1]>();
    const records: [string, (string | undefined)[]][] = [
      ...[...dataset.actors, ...dataset.places].map((r): [string, string[]] => [r.id, [r.name, ...r.aliases]]),
      ...dataset.events.map((e): [string, string[]] => [e.id, [e.title]]),
      ...dataset.sources.map((s): [string, string[]] => [s.id, [s.title]]),
      ...dataset.themes.map((t): [string, string[]] => [t.id, [t.name]]),
    ];
    for (const [id, names] of records) {
      for (const name of names) {
        const words = normalizeName(name ?? '').split(' ').filter(Boolean);
        words.forEach((_, i) => {
          const suffix = words.slice(i).join(' ');
          const known = best.get(JSON.stringify([suffix, id]));
          if (!known) best.set(JSON.stringify([suffix, id]), [suffix, id, i === 0 ? 0 : 1]);
          else if (i === 0) known[2] = 0;
        });
      }
    }
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    return [...best.values()].sort((a, b) => cmp(a[0], b[0]) || cmp(a[1], b[1]));
  };

  it('lists every word start of every name once per record, as its definition does', async () => {
    const { generateCorpus } = await import('../../../scripts/bench/generate.mjs');
    const corpus = generateCorpus(400);
    const built = buildDataset({ files: corpus.files, seeds: corpus.seeds });
    if (!built.ok) throw new Error(built.issues.map((i) => i.message).join('\n'));
    for (const dataset of [shippedDataset(), built.dataset]) expect(buildIndexes(dataset).names).toEqual(namesByDefinition(dataset));
  });

  it('ranks a whole name over the same words as a tail, and makes one entry of an id two records share', () => {
    const actor = (id: string, name: string, aliases: string[] = []) => ({ id, name, aliases }) as unknown as Dataset['actors'][number];
    // "Kozlov" is a whole name of a-kozlov only through its second record; "Ak Zhol" is a tail of a longer name too
    const dataset = {
      actors: [actor('a-kozlov', 'Vladimir Kozlov'), actor('a-kozlov', 'Kozlov'), actor('ak-zhol', 'Ak Zhol', ['Ak Zhol Party of Ak Zhol'])],
      places: [],
      events: [],
      sources: [],
      themes: [],
    } as unknown as Dataset;
    expect(buildIndexes(dataset).names).toEqual([
      ['ak zhol', 'ak-zhol', 0],
      ['ak zhol party of ak zhol', 'ak-zhol', 0],
      ['kozlov', 'a-kozlov', 0],
      ['of ak zhol', 'ak-zhol', 1],
      ['party of ak zhol', 'ak-zhol', 1],
      ['vladimir kozlov', 'a-kozlov', 0],
      ['zhol', 'ak-zhol', 1],
      ['zhol party of ak zhol', 'ak-zhol', 1],
    ]);
    expect(buildIndexes(dataset).names).toEqual(namesByDefinition(dataset));
  });
});

describe('buildDataset ordering', () => {
  it('orders events by earliest day, latest day and id, and claims by source, quote offset and id, as comparators on the fields would', async () => {
    // the benchmarks' synthetic corpus: days, months and intervals, so many events share a day
    const { generateCorpus } = await import('../../../scripts/bench/generate.mjs');
    const corpus = generateCorpus(400);
    const result = buildDataset({ files: corpus.files, seeds: corpus.seeds });
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
    const { events, claims } = result.dataset;
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const sameEarliest = events.filter((e, i) => i > 0 && events[i - 1]!.dateRange.earliest === e.dateRange.earliest);
    expect(sameEarliest.length, 'the corpus has ties to order').toBeGreaterThan(20);
    const byDates = [...events].sort((a, b) => cmp(a.dateRange.earliest, b.dateRange.earliest) || cmp(a.dateRange.latest, b.dateRange.latest) || cmp(a.id, b.id));
    expect(events.map((e) => e.id)).toEqual(byDates.map((e) => e.id));
    const bySource = [...claims].sort((a, b) => cmp(a.source, b.source) || a.quote.start - b.quote.start || cmp(a.id, b.id));
    expect(claims.map((c) => c.id)).toEqual(bySource.map((c) => c.id));
    expect(new Set(claims.map((c) => c.source)).size).toBeGreaterThan(10);
  });
});
