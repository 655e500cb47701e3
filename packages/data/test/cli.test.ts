import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, packageDir, shippedDataset, tempFolder } from './helpers.js';

const dataset = shippedDataset();


describe('kzprotest CLI', () => {
  it('prints help with every command and exits 0', () => {
    const { code, stdout } = cli('--help');
    expect(code).toBe(0);
    for (const command of ['events', 'show', 'search', 'sources', 'stats', 'coverage']) expect(stdout).toContain(`  ${command}`);
  });

  it('exits 2 with a message for no command, an unknown command or flag, and a bad date', () => {
    expect(cli().code).toBe(2);
    const unknown = cli('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
    const flag = cli('events', '--colour');
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("'--colour'");
    const date = cli('events', '--from', '2011-13');
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('2011-13');
    const type = cli('events', '--type', 'massacre');
    expect(type.code).toBe(2);
    expect(type.stderr).toContain('shooting');
  });

  it('stats counts every collection as the data does', () => {
    const { code, stdout } = cli('stats', '--json');
    expect(code).toBe(0);
    const stats = JSON.parse(stdout);
    expect(stats.counts).toMatchObject({ sources: dataset.sources.length, claims: dataset.claims.length, events: dataset.events.length, actors: dataset.actors.length, places: dataset.places.length });
    expect(stats.perSource.map((p: { source: string }) => p.source)).toEqual(dataset.sources.map((s) => s.id));
  });

  it('events filters like the API and prints a table', () => {
    const json = cli('events', '--from', '2011-12-16', '--to', '2011-12-16', '--json');
    expect(json.code).toBe(0);
    const ids = JSON.parse(json.stdout).map((e: { id: string }) => e.id);
    expect(ids).toContain('zhanaozen-shooting-2011-12-16');
    const table = cli('events', '--place', 'zhanaozen');
    expect(table.stdout.split('\n')[0]).toMatch(/^date\s+type\s+id\s+title$/);
    expect(table.stdout).toContain('zhanaozen-shooting-2011-12-16');
  });

  it('show prints a record with its quoted claims, and exits 1 for an unknown id', () => {
    const { code, stdout } = cli('show', 'zhanaozen-shooting-2011-12-16');
    expect(code).toBe(0);
    // the quote is printed with its seed line breaks folded into spaces
    expect(stdout).toContain('"On December 16, 2011, police shot dead at 16 people');
    const missing = cli('show', 'no-such-id');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no-such-id');
    expect(cli('show').code).toBe(2);
  });

  it('search finds Zhanaozen by its IWPR spelling', () => {
    const { code, stdout } = cli('search', 'Janaozen', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)[0]).toMatchObject({ id: 'zhanaozen', collection: 'places' });
  });

  it('coverage exits 1 below a baseline and 0 at or above it', () => {
    const dir = tempFolder('cli');
    const above = join(dir, 'above.json');
    writeFileSync(above, JSON.stringify({ 'atol-2012-cold-winds-from-janaozen': 100.1 }));
    const failing = cli('coverage', '--baseline', above);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('below its baseline of 100.1%');
    const ok = join(dir, 'ok.json');
    writeFileSync(ok, JSON.stringify({ 'atol-2012-cold-winds-from-janaozen': 100 }));
    expect(cli('coverage', '--baseline', ok).code).toBe(0);
    expect(cli('coverage', '--baseline', join(dir, 'missing.json')).code).toBe(2);
  });

  it('coverage refuses a baseline that is not an object of source id to percentage, naming what is wrong', () => {
    const dir = tempFolder('cli');
    const source = dataset.sources[0]!.id;
    const cases: [string, string][] = [
      ['null', 'expected a JSON object of source id to percentage, e.g. {"rsf-wefc-zhanaozen-city-cut-off": 80}; got null'],
      ['[80]', 'expected a JSON object of source id to percentage, e.g. {"rsf-wefc-zhanaozen-city-cut-off": 80}; got an array'],
      ['{"src":"abc"}', `"src" is not a source id; the sources are: ${dataset.sources.map((s) => s.id).join(', ')}`],
      [`{"${source}":"abc"}`, `the baseline of "${source}" must be a percentage such as 80, got "abc"`],
      [`{"${source}":-5}`, `the baseline of "${source}" must be a percentage such as 80, got -5`],
    ];
    for (const [text, message] of cases) {
      const file = join(dir, 'baseline.json');
      writeFileSync(file, text);
      const result = cli('coverage', '--baseline', file);
      expect(result.code, text).toBe(2);
      expect(result.stderr, text).toBe(`kzprotest: --baseline ${file}: ${message}\nRun "kzprotest --help" for usage.\n`);
    }
  });

  it('--version takes no arguments, and a command name is never looked up on Object.prototype', () => {
    const extra = cli('--version', 'extra');
    expect(extra.code).toBe(2);
    expect(extra.stderr).toBe('kzprotest: --version takes no arguments, got "extra"\nRun "kzprotest --help" for usage.\n');
    const inherited = cli('constructor');
    expect(inherited.code).toBe(2);
    expect(inherited.stderr).toContain('unknown command "constructor"');
  });

  it('an error repeats a 120 kB argument only by its first 80 characters and its length', () => {
    const long = 'x'.repeat(120_000);
    const shown = `${'x'.repeat(80)}… (120,000 characters)`;
    const show = cli('show', long);
    expect(show.code).toBe(1);
    expect(show.stderr).toBe(`kzprotest: no record has the id "${shown}"; search(text) finds ids by name\n`);
    const command = cli(long);
    expect(command.stderr).toContain(`unknown command "${shown}"`);
    const option = cli('events', `--${long}=1`);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain(`Unknown option '--${'x'.repeat(78)}… (120,002 characters)'`);
    for (const r of [show, command, option]) expect(r.stderr.length).toBeLessThan(400);
  });

  it('coverage runs against the committed baseline', () => {
    expect(cli('coverage', '--baseline', join(packageDir, 'coverage-baseline.json')).code).toBe(0);
  });
});
