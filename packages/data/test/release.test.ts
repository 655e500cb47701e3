import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../src/compiler/buildDataset.js';
import { openDataset } from '../src/query/openDataset.js';
import type { Dataset } from '../src/dataset.js';
import { describeChange, diffData, renderMarkdown, schemaChanges } from '../src/release/diff.js';
import { pendingRelease } from '../src/release/pendingRelease.js';
import { emitAt, git as gitIn } from '../src/release/emitAt.js';
import { FIXTURE_SEED, FIXTURE_SEED_FILE, fixtureSeeds, toFiles, validRecords } from './fixture.js';
import { packageDir, repoDir, tempFolder } from './helpers.js';

type Rec = { id: string; [k: string]: unknown };
const claim = (id: string, figure?: Record<string, unknown>): Rec => ({ id, source: 'src-a', about: ['event-a'], kind: figure ? 'figure' : 'fact', ...(figure ? { figure } : {}) });
const base = () => ({
  collections: {
    events: [{ id: 'event-a', title: 'A strike', date: '2011-05', places: ['town'] }] as Rec[],
    places: [{ id: 'town', name: 'Town' }] as Rec[],
    claims: [claim('claim-fact'), claim('claim-toll', { property: 'killed', value: 16, qualifier: 'at least', unit: 'people', raw: 'at least 16' })],
    redirects: [] as Rec[],
  },
  schemas: {} as Record<string, unknown>,
});

describe('the data diff', () => {
  it('finds nothing to release between equal builds', () => {
    const diff = diffData(base(), base());
    expect(diff).toMatchObject({ bump: 'none', collections: {}, schema: [], figures: { added: [], removed: [], changed: [] } });
  });

  it('calls a new record minor, and lists it with its title', () => {
    const after = base();
    after.collections.events.push({ id: 'event-b', title: 'A trial', date: '2012-10', places: ['town'] });
    const diff = diffData(base(), after);
    expect(diff.bump).toBe('minor');
    expect(diff.collections.events!.added.map((r) => r.id)).toEqual(['event-b']);
    const notes = renderMarkdown(diff, { from: 'v1', to: 'now', fromVersion: '1.2.0', toVersion: '1.2.0' });
    expect(notes).toContain('- `event-b` "A trial"');
    expect(notes).toContain('at least a **minor** release');
  });

  it('calls a new claim on an existing record a patch, and a corrected field a patch with its path', () => {
    const after = base();
    after.collections.claims.push(claim('claim-more'));
    after.collections.places[0]!.name = 'Zhanaozen';
    const diff = diffData(base(), after);
    expect(diff.bump).toBe('patch');
    expect(diff.collections.places!.changed).toEqual([{ id: 'town', fields: [{ path: 'name', before: 'Town', after: 'Zhanaozen' }] }]);
  });

  it('names the changed fields down to nested paths and shows list changes as + and −', () => {
    const after = base();
    after.collections.events[0]!.places = ['town', 'city'];
    (after.collections.claims[1]!.figure as Record<string, unknown>).value = 15;
    const diff = diffData(base(), after);
    const toll = diff.collections.claims!.changed.find((c) => c.id === 'claim-toll')!;
    expect(toll.fields.map((f) => f.path)).toEqual(['figure.value']);
    const places = diff.collections.events!.changed[0]!.fields[0]!;
    expect(describeChange(places)).toBe('+"city"');
  });

  it('reports figures changed, added and removed with the claim, its source and what it is about', () => {
    const after = base();
    (after.collections.claims[1]!.figure as Record<string, unknown>).value = 15;
    after.collections.claims.push(claim('claim-wounded', { property: 'wounded', min: 100, qualifier: 'over', unit: 'people', raw: 'over 100' }));
    const diff = diffData(base(), after);
    expect(diff.figures.changed).toMatchObject([{ claim: 'claim-toll', source: 'src-a', about: ['event-a'], before: { value: 16 }, after: { value: 15 } }]);
    expect(diff.figures.added.map((f) => f.claim)).toEqual(['claim-wounded']);
    const notes = renderMarkdown(diff, { from: 'a', to: 'b', fromVersion: '1.0.0', toVersion: '1.0.0' });
    expect(notes).toContain('changed `claim-toll` (src-a, about event-a): killed at least 16 people ("at least 16") → killed at least 15 people ("at least 16")');
    expect(notes).toContain('wounded over min 100 people ("over 100")');
    const removed = diffData(after, base());
    expect(removed.figures.removed.map((f) => f.claim)).toEqual(['claim-wounded']);
  });

  it('calls an id removed without a redirect major, and one with a redirect not', () => {
    const after = base();
    after.collections.places = [{ id: 'zhanaozen', name: 'Zhanaozen' }];
    expect(diffData(base(), after)).toMatchObject({ bump: 'major', collections: { places: { removed: [{ id: 'town' }] } } });
    expect(diffData(base(), after).reasons).toContain('major: places: town removed without a redirect');
    after.collections.redirects = [{ id: 'town', kind: 'moved', to: ['zhanaozen'], reason: 'renamed', date: '2026-11-25' }];
    const diff = diffData(base(), after);
    expect(diff.bump).toBe('minor');
    expect(diff.collections.places!.removed).toEqual([{ id: 'town', redirect: { kind: 'moved', to: ['zhanaozen'] } }]);
    expect(renderMarkdown(diff, { from: 'a', to: 'b', fromVersion: '1.0.0', toVersion: '1.0.0' })).toContain('- `town` → moved to `zhanaozen`');
  });

  it('puts schema changes in their own section, graded for readers of the data', () => {
    const schema = (kinds: string[], props: Record<string, unknown>, required: string[]) => ({
      type: 'array',
      items: { type: 'object', properties: { id: { type: 'string' }, kind: { type: 'string', enum: kinds }, ...props }, required: ['id', 'kind', ...required] },
    });
    const before = { ...base(), schemas: { events: schema(['strike', 'protest'], { note: { type: 'string' } }, ['note']) } };
    const minor = { ...base(), schemas: { events: schema(['strike', 'protest', 'trial'], { note: { type: 'string' }, url: { type: 'string' } }, ['note']) } };
    const major = { ...base(), schemas: { events: schema(['strike'], { note: { type: 'number' } }, []) } };
    const up = diffData(before, minor);
    expect(up.bump).toBe('minor');
    expect(up.schema.map((c) => [c.path, c.what])).toEqual([
      ['/items/properties/url', 'field "url" added (optional)'],
      ['/items/properties/kind/enum', 'values added: "trial"'],
    ]);
    const down = diffData(before, major);
    expect(down.bump).toBe('major');
    expect(down.schema.map((c) => c.what)).toEqual(['values removed: "protest"', 'type "string" → "number"', '"note" may now be absent']);
    const notes = renderMarkdown(down, { from: 'a', to: 'b', fromVersion: '1.0.0', toVersion: '1.0.0' });
    expect(notes.slice(notes.indexOf('### Schema changes'))).toContain('(major) `events` `/items/properties/kind/enum`: values removed: "protest"');
  });

  it('says schemas were not compared rather than "unchanged" when the base could not reproduce them', () => {
    const diff = diffData({ ...base(), schemas: { events: { type: 'array' } } }, { ...base(), schemas: { events: { type: 'object' } } }, { compareSchemas: false });
    expect(diff).toMatchObject({ schema: [], schemaCompared: false, bump: 'none' });
    expect(renderMarkdown(diff, { from: 'a', to: 'b', fromVersion: '1.0.0', toVersion: '1.0.0' })).toContain('### Schema changes\n\nNot compared: the base has no build code of its own');
  });

  it('reads enums that zod writes as anyOf of consts', () => {
    const changes = schemaChanges('x', { anyOf: [{ const: 'a' }, { const: 'b' }] }, { anyOf: [{ const: 'a' }, { const: 'c' }] });
    expect(changes.map((c) => [c.bump, c.what])).toEqual([
      ['minor', 'values added: "c"'],
      ['major', 'values removed: "b"'],
    ]);
  });
});

describe('released ids in the build', () => {
  const build = (records: Record<string, string>, releasedIds: string[]) => buildDataset({ files: toFiles(records), seeds: fixtureSeeds(), releasedIds });

  it('names every released id that is gone, and only those', () => {
    const records = validRecords();
    delete records['themes/fixture-theme'];
    records['events/fixture-shooting'] = records['events/fixture-shooting']!.replace('themes: [fixture-theme]\n', '');
    const result = build(records, ['fixture-shooting', 'fixture-theme', 'fixture-town']);
    expect(result.issues.map((i) => [i.rule, i.id, i.file])).toEqual([['released-ids-kept', 'fixture-theme', 'released-ids.json']]);
  });

  it('does not call a released record gone when it is there but fails its schema', () => {
    const records = validRecords();
    records['themes/fixture-theme'] = records['themes/fixture-theme']!.replace('name: Repression', 'name: 42');
    const result = build(records, ['fixture-theme']);
    expect(result.issues.map((i) => i.rule)).toEqual(['schema']);
  });
});

describe('pending changesets', () => {
  /** A workspace of @kzprotest/data at `version` and a package "other", with these changeset files, as changesets reads it from disk. */
  const workspace = (version: string, changesets: { name: string; text: string }[]) => {
    const dir = tempFolder('changesets');
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    };
    write('package.json', JSON.stringify({ name: 'fixture-root', private: true, workspaces: ['packages/*'] }));
    write('packages/data/package.json', JSON.stringify({ name: '@kzprotest/data', version }));
    write('packages/other/package.json', JSON.stringify({ name: 'other', version: '3.0.0' }));
    write('.changeset/config.json', readFileSync(join(repoDir, '.changeset/config.json'), 'utf8'));
    write('.changeset/README.md', 'Not a changeset.\n');
    for (const { name, text } of changesets) write(`.changeset/${name}`, text);
    return dir;
  };
  const planned = async (version: string, changesets: { name: string; text: string }[]) => {
    const dir = workspace(version, changesets);
    try {
      return await pendingRelease(dir, '@kzprotest/data', version);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('takes the highest level any changeset asks for the package', async () => {
    const files = [
      { name: 'a.md', text: '---\n"@kzprotest/data": patch\n---\n\nFix.\n' },
      { name: 'b.md', text: "---\n'@kzprotest/data': minor\nother: major\n---\n\nNew records.\n" },
      { name: 'c.md', text: '---\nother: major\n---\n' },
    ];
    expect(await planned('0.1.0', files)).toEqual({ bump: 'minor', files: ['a.md', 'b.md'], currentVersion: '0.1.0', nextVersion: '0.2.0' });
    expect((await planned('1.4.2', [])).bump).toBe('none');
    expect((await planned('1.4.2', [files[2]!])).bump).toBe('none');
  });

  it('computes the next version the way changesets does', async () => {
    const asking = (bump: string) => [{ name: 'x.md', text: `---\n"@kzprotest/data": ${bump}\n---\n\nA change.\n` }];
    const versions = [await planned('1.4.2', asking('patch')), await planned('1.4.2', asking('minor')), await planned('1.4.2', asking('major')), await planned('0.1.0', asking('minor'))];
    expect(versions.map((v) => v.nextVersion)).toEqual(['1.4.3', '1.5.0', '2.0.0', '0.2.0']);
    expect((await planned('1.4.2', [])).nextVersion).toBe('1.4.2');
  });

  it('refuses a malformed changeset, saying what is wrong, rather than taking it for none', async () => {
    await expect(planned('0.1.0', [{ name: 'bad.md', text: '---\n"@kzprotest/data": huge\n---\n\nA change.\n' }])).rejects.toThrow('invalid version type "huge" for package "@kzprotest/data"');
  });
});

/**
 * The contributor's path end to end, in a throwaway git repository holding the package's code
 * and the fixture records: never the shared checkout's data.
 */
describe('a release in a fixture repository', { timeout: 300_000 }, () => {
  let repo: string;
  let pkg: string;
  const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.invalid', NO_COLOR: '1' };
  const run = (cmd: string, args: string[], cwd = pkg) => {
    const result = spawnSync(cmd, args, { cwd, env, encoding: 'utf8' });
    return { code: result.status, out: result.stdout, err: result.stderr };
  };
  const git = (...args: string[]) => {
    const r = run('git', args, repo);
    if (r.code !== 0) throw new Error(`git ${args.join(' ')}: ${r.err}`);
    return r.out;
  };
  const tsx = (script: string, ...args: string[]) => run(join(repoDir, 'node_modules/.bin/tsx'), [script, ...args]);
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  };

  beforeAll(() => {
    repo = tempFolder('release');
    pkg = join(repo, 'packages/data');
    cpSync(join(packageDir, 'src'), join(pkg, 'src'), { recursive: true });
    const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
    write('packages/data/package.json', `${JSON.stringify({ ...manifest, version: '0.1.0' }, null, 2)}\n`);
    cpSync(join(packageDir, 'tsconfig.json'), join(pkg, 'tsconfig.json'));
    cpSync(join(repoDir, 'tsconfig.base.json'), join(repo, 'tsconfig.base.json'));
    cpSync(join(repoDir, '.changeset/config.json'), join(repo, '.changeset/config.json'));
    write('package.json', `${JSON.stringify({ name: 'fixture-root', private: true, workspaces: ['packages/*'] }, null, 2)}\n`);
    write('.gitignore', 'node_modules\ndist\ngenerated\n');
    write(`seeds/${FIXTURE_SEED_FILE}`, FIXTURE_SEED);
    for (const [key, text] of Object.entries(validRecords())) write(`packages/data/data/${key}.yaml`, text);
    symlinkSync(join(repoDir, 'node_modules'), join(repo, 'node_modules'), 'dir');
    symlinkSync(join(packageDir, 'node_modules'), join(pkg, 'node_modules'), 'dir');
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'first release');
    // the first release: its version step records the ids, the publish step tags it
    expect(tsx('src/release/updateReleasedIds.ts').code).toBe(0);
    git('add', '.');
    git('commit', '-q', '-m', 'release 0.1.0');
    git('tag', '@kzprotest/data@0.1.0');
  }, 300_000);
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('records every released id in released-ids.json', () => {
    const ids = JSON.parse(readFileSync(join(pkg, 'released-ids.json'), 'utf8'));
    expect(ids).toEqual(Object.keys(validRecords()).map((k) => k.split('/')[1]).sort());
  });

  it('a contributor adds a record, writes a minor changeset and sees 0.2.0 and the data diff', () => {
    write('packages/data/data/themes/fixture-labour.yaml', 'id: fixture-labour\nname: Labour rights\ndescription: Pay and strikes.\n');
    // what `npx changeset` writes after choosing minor for @kzprotest/data
    write('.changeset/brave-new-theme.md', '---\n"@kzprotest/data": minor\n---\n\nAdd the theme labour rights.\n');
    const notes = tsx('src/release/releaseNotes.ts', '--check');
    expect(notes.err).not.toContain('Error');
    expect(notes.code).toBe(0);
    expect(notes.out).toContain('- from: `@kzprotest/data@0.1.0` (the last release tag) (version 0.1.0)');
    expect(notes.out).toContain('The data diff needs at least a **minor** release:\n- minor: 1 new themes');
    expect(notes.out).toContain('release a **minor**: 0.1.0 → **0.2.0**');
    expect(notes.out).toContain('#### themes\n\nAdded (1):\n\n- `fixture-labour` "Labour rights"');
    expect(notes.out).toContain('No figure was added, removed or changed.');
    expect(notes.out).toContain('None: the JSON Schemas of the records are unchanged.');

    // the release's version step (npm run release:version): changesets agrees on the version,
    // and the data diff lands in the changelog under it
    const version = run(join(repoDir, 'node_modules/.bin/changeset'), ['version'], repo);
    expect(version.code, version.err).toBe(0);
    expect(JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).version).toBe('0.2.0');
    expect(tsx('src/release/releaseNotes.ts', '--changelog').code).toBe(0);
    expect(tsx('src/release/releaseNotes.ts', '--changelog').code).toBe(0); // a rerun replaces, not repeats
    const changelog = readFileSync(join(pkg, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toContain('## 0.2.0\n\n### Minor Changes\n\n- ');
    expect(changelog).toContain('Add the theme labour rights.\n\n<!-- data-diff -->\n### Data changes in @kzprotest/data\n');
    expect(changelog).toContain('##### themes\n\nAdded (1):\n\n- `fixture-labour` "Labour rights"');
    expect(changelog.match(/<!-- data-diff -->/g)).toHaveLength(1);
  });

  it('--check fails when the changesets ask for less than the diff needs', () => {
    write('packages/data/data/themes/fixture-other.yaml', 'id: fixture-other\nname: Other\ndescription: Another theme.\n');
    write('.changeset/too-small.md', '---\n"@kzprotest/data": patch\n---\n\nA theme.\n');
    const notes = tsx('src/release/releaseNotes.ts', '--check', '--from', '@kzprotest/data@0.1.0');
    expect(notes.code).toBe(1);
    expect(notes.err).toContain('the pending changesets ask for patch, but the data diff needs minor');
    unlinkSync(join(repo, '.changeset/too-small.md'));
    unlinkSync(join(repo, 'packages/data/data/themes/fixture-other.yaml'));
  });

  it('refuses a --from that is not a ref', () => {
    const notes = tsx('src/release/releaseNotes.ts', '--from', 'no-such-tag');
    expect(notes.code).toBe(2);
    expect(notes.err).toContain('--from "no-such-tag" is not a commit, tag or branch');
  });

  it('once released, removing the id without a redirect fails the build naming it; a redirect keeps it working', () => {
    expect(tsx('src/release/updateReleasedIds.ts').out).toContain('(1 new)');
    git('add', '.');
    git('commit', '-q', '-m', 'release 0.2.0');
    git('tag', '@kzprotest/data@0.2.0');

    unlinkSync(join(pkg, 'data/themes/fixture-labour.yaml'));
    const broken = tsx('src/compiler/main.ts', '--check');
    expect(broken.code).toBe(1);
    expect(broken.err).toContain('released-ids.json record "fixture-labour" field (record): released id "fixture-labour" is gone; keep its record or add data/redirects/fixture-labour.yaml with kind moved or split [released-ids-kept]');

    write('packages/data/data/redirects/fixture-labour.yaml', 'id: fixture-labour\nkind: moved\nto: [fixture-theme]\nreason: Merged into the fixture theme.\ndate: 2026-11-25\n');
    const built = tsx('src/compiler/main.ts');
    expect(built.code, built.err).toBe(0);
    const read = (name: string) => JSON.parse(readFileSync(join(pkg, 'dist/data', `${name}.json`), 'utf8'));
    const dataset = Object.fromEntries(['sources', 'claims', 'events', 'actors', 'places', 'themes', 'redirects'].map((n) => [n, read(n)])) as unknown as Dataset;
    const db = openDataset(dataset);
    expect(db.has('fixture-labour')).toBe(true);
    expect(db.resolve('fixture-labour')).toMatchObject({ collection: 'themes', redirectedFrom: 'fixture-labour', record: { id: 'fixture-theme' } });

    const notes = tsx('src/release/releaseNotes.ts');
    expect(notes.out).toContain('- `fixture-labour` → moved to `fixture-theme`');
  });

  it('a malformed released-ids.json stops the build naming the file and the entry', () => {
    const path = join(pkg, 'released-ids.json');
    const good = readFileSync(path, 'utf8');
    writeFileSync(path, '["fixture-town", "Not An Id"]\n');
    const broken = tsx('src/compiler/main.ts', '--check');
    writeFileSync(path, good);
    expect(broken.code).toBe(1);
    expect(broken.err).toContain('released-ids.json: entry 1 ("Not An Id") is not a kebab-case id');
  });
});

/**
 * Refs whose layout is older than today's: a ref whose compiler lived in src/build/ (before it
 * became src/compiler/) and a ref that did not track its compiler at all, as this repository's
 * own early history has. The refs are made here, in a throwaway repository copied from the
 * working tree, so the tests do not depend on how much history a clone holds.
 */
describe('release notes against refs of older layouts', { timeout: 300_000 }, () => {
  let hist: string;
  const refs = { untracked: '', srcBuild: '' };
  const histPackage = () => join(hist, 'packages', 'data');
  const copyPackage = (withSrc: boolean) =>
    cpSync(packageDir, histPackage(), {
      recursive: true,
      filter: (source) => {
        const rel = relative(packageDir, source);
        return !/^(node_modules|dist|dist\..*|\.turbo|coverage)(\/|$)/.test(rel) && (withSrc || !/^src(\/|$)/.test(rel));
      },
    });
  const setBuildScripts = (scripts: Record<string, string | undefined>) => {
    const file = join(histPackage(), 'package.json');
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { scripts: Record<string, string | undefined> };
    Object.assign(pkg.scripts, scripts);
    writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
  };

  beforeAll(() => {
    hist = tempFolder('layouts');
    for (const name of ['package.json', 'tsconfig.base.json']) cpSync(join(repoDir, name), join(hist, name));
    for (const name of ['seeds', '.changeset']) cpSync(join(repoDir, name), join(hist, name), { recursive: true });
    symlinkSync(join(repoDir, 'node_modules'), join(hist, 'node_modules'), 'dir');
    writeFileSync(join(hist, '.gitignore'), 'node_modules\n');
    gitIn(hist, 'init', '-q');
    const commit = (message: string) => {
      gitIn(hist, 'add', '-A');
      gitIn(hist, '-c', 'user.name=test', '-c', 'user.email=test@example.invalid', 'commit', '-q', '-m', message);
      return gitIn(hist, 'rev-parse', 'HEAD');
    };
    // 1: the data and a build script, but the compiler not tracked
    copyPackage(false);
    setBuildScripts({ build: 'tsx src/build/main.ts --bundle', 'build:data': undefined });
    refs.untracked = commit('data without its compiler');
    // 2: the compiler in src/build/, named only by the build script
    copyPackage(true);
    renameSync(join(histPackage(), 'src', 'compiler'), join(histPackage(), 'src', 'build'));
    setBuildScripts({ build: 'tsx src/build/main.ts --bundle', 'build:data': undefined });
    refs.srcBuild = commit('compiler in src/build');
    // 3: today's layout in the working tree, as the notes are written from it
    rmSync(histPackage(), { recursive: true, force: true });
    copyPackage(true);
    commit("today's layout");
  });
  afterAll(() => rmSync(hist, { recursive: true, force: true }));

  it('builds a ref whose compiler is in src/build/ with its own compiler, as its package.json says', () => {
    expect(gitIn(hist, 'show', `${refs.srcBuild}:packages/data/package.json`)).toContain('"build": "tsx src/build/main.ts --bundle"');
    expect(gitIn(hist, 'show', `${refs.srcBuild}:packages/data/package.json`)).not.toContain('build:data');
    expect(gitIn(hist, 'ls-tree', '--name-only', `${refs.srcBuild}:packages/data/src`).split('\n')).not.toContain('compiler');
    const old = emitAt(hist, refs.srcBuild);
    expect(old.builtWith).toBe('its own build code');
    // what that ref's data emitted: every record file it holds, in its collections
    for (const collection of ['sources', 'claims', 'events', 'actors', 'places', 'themes', 'redirects']) {
      const files = gitIn(hist, 'ls-tree', '--name-only', `${refs.srcBuild}:packages/data/data/${collection}`).split('\n').filter((n) => n.endsWith('.yaml'));
      expect(old.collections[collection]!.map((r) => r.id).sort(), collection).toEqual(files.map((n) => n.replace(/\.yaml$/, '')).sort());
    }
    expect(Object.keys(old.schemas).sort()).toEqual(['actors', 'claims', 'events', 'places', 'redirects', 'sources', 'themes']);
  });

  it("builds a ref whose compiler was not tracked with today's and says so", () => {
    expect(gitIn(hist, 'ls-tree', '-r', '--name-only', refs.untracked, '--', 'packages/data/src')).toBe('');
    const emitted = emitAt(hist, refs.untracked);
    expect(emitted.builtWith).toBe("the working tree's build code, as the ref has none");
    expect(emitted.collections.claims!.length).toBeGreaterThan(0);
  });

  it('writes the notes from the src/build/ ref to the working tree', () => {
    const notes = spawnSync(join(repoDir, 'node_modules/.bin/tsx'), ['src/release/releaseNotes.ts', '--from', refs.srcBuild], { cwd: histPackage(), encoding: 'utf8' });
    expect(notes.status, notes.stderr).toBe(0);
    // its own compiler built it, so its JSON Schemas were compared too
    expect(notes.stdout).toContain(`- from: \`${refs.srcBuild}\` (given with --from)`);
    expect(notes.stdout).not.toContain('Not compared: the base has no build code of its own');
  });
});
