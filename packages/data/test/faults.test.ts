/**
 * Faults injected for real, as issue 17 reproduced them: a full disk (a 16 KiB tmpfs mounted
 * here, so these tests need root, as CI has), a reader that closes the pipe (`| head -c 10`),
 * symlink, FIFO and device-node targets made with mknod in a temporary folder (never the
 * machine's own /dev), builds killed with SIGKILL at several points, and two builds at once.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beginDistBuild } from '../src/compiler/distSwap.js';
import { packageDir, repoDir } from './helpers.js';

const cliPath = join(packageDir, 'dist', 'cli.js');
const temps: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function cli(args: string[], options: { stdoutTo?: string } = {}) {
  // through bash, so stdout can be a real file or device as a user's `>` makes it
  const quoted = [process.execPath, cliPath, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const result = spawnSync('bash', ['-c', options.stdoutTo ? `${quoted} > '${options.stdoutTo}'` : quoted], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A tmpfs of `kib` KiB, mounted for `run` and unmounted after, whatever happens. */
function withTmpfs<T>(kib: number, run: (dir: string) => T): T {
  const dir = tempDir('kz-tmpfs-');
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${kib}k`, 'tmpfs', dir], { encoding: 'utf8' });
  if (mounted.status !== 0) {
    throw new Error(`could not mount a ${kib} KiB tmpfs on ${dir} to fill a disk for real (these tests need root and mount(8), as CI has): ${mounted.stderr.trim() || mounted.error?.message}`);
  }
  try {
    return run(dir);
  } finally {
    const unmounted = spawnSync('umount', [dir], { encoding: 'utf8' });
    if (unmounted.status !== 0) throw new Error(`could not unmount the test tmpfs ${dir}: ${unmounted.stderr}`);
  }
}

function mknod(path: string, major: number, minor: number): void {
  const made = spawnSync('mknod', [path, 'c', String(major), String(minor)], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`could not make the test device node ${path} (the fault tests need root, as CI has): ${made.stderr}`);
}

/** The CSV the CLI writes with --out to an ordinary file: what every other target must receive. */
let csv: string;
beforeAll(() => {
  const dir = tempDir('kz-out-');
  const made = cli(['export', 'claims', '--format', 'csv', '--out', join(dir, 'claims.csv')]);
  expect(made.code, made.stderr).toBe(0);
  csv = readFileSync(join(dir, 'claims.csv'), 'utf8');
  expect(csv.length).toBeGreaterThan(64 * 1024);
});

describe('kzprotest --out and stdout under faults', () => {
  it('a full disk: exit 1 with a message, the old file byte for byte, no temporary file left (was exit 0 and 12,288 of 99,080 bytes)', () => {
    withTmpfs(16, (disk) => {
      const target = join(disk, 'e.csv');
      writeFileSync(target, 'the old export\n');
      const result = cli(['export', 'claims', '--format', 'csv', '--out', target]);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(`kzprotest: --out ${target}: no space left on the device (ENOSPC); nothing was replaced\n`);
      expect(readFileSync(target, 'utf8')).toBe('the old export\n');
      expect(readdirSync(disk)).toEqual(['e.csv']);
    });
  });

  it('kzprotest datapackage on a disk with room for one data package: the second run fails, the first stays byte for byte, nothing half-written is left', () => {
    // one package takes under 700 KiB in 4 KiB blocks, so 1,000 KiB holds it but not a second copy beside it
    withTmpfs(1000, (disk) => {
      const folder = join(disk, 'kzprotest-data');
      const first = cli(['datapackage', folder]);
      expect(first.code, first.stderr).toBe(0);
      const before = fingerprint(folder);
      expect(Object.keys(before)).toContain('datapackage.json');
      const second = cli(['datapackage', folder]);
      expect(second.code).toBe(1);
      expect(second.stderr).toMatch(new RegExp(`^kzprotest: ${folder}: .*no space left on the device \\(ENOSPC\\); the folder was left as it was\\n$`));
      expect(fingerprint(folder)).toEqual(before);
      expect(readdirSync(disk)).toEqual(['kzprotest-data']);
    });
  });

  it('a full disk behind stdout: exit 1 with a message saying the output is incomplete', () => {
    withTmpfs(16, (disk) => {
      const result = cli(['export', 'claims', '--format', 'csv'], { stdoutTo: join(disk, 'f.csv') });
      expect(result.code).toBe(1);
      expect(result.stderr).toBe('kzprotest: could not write to standard output: no space left on the device (ENOSPC); the output is incomplete\n');
    });
  });

  it('a reader that closes the pipe (| head -c 10): no message, exit 0 (was an unhandled EPIPE stack trace)', () => {
    const quoted = `'${process.execPath}' '${cliPath}'`;
    const run = spawnSync('bash', ['-c', `${quoted} export claims --format csv | head -c 10; echo " exit \${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`${csv.slice(0, 10)} exit 0\n`);
    const json = spawnSync('bash', ['-c', `${quoted} sources --json | head -c 1; echo " exit \${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(json.stderr).toBe('');
    expect(json.stdout).toBe('[ exit 0\n');
  });

  it('a symlink is written through: the link stays, the file it points to is replaced, a dangling one gets its file', () => {
    const dir = tempDir('kz-link-');
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real', 'claims.csv'), 'old\n');
    symlinkSync('real/claims.csv', join(dir, 'link.csv'));
    symlinkSync('link.csv', join(dir, 'link-to-link.csv'));
    const result = cli(['export', 'claims', '--format', 'csv', '--out', join(dir, 'link-to-link.csv')]);
    expect(result.code, result.stderr).toBe(0);
    expect(lstatSync(join(dir, 'link-to-link.csv')).isSymbolicLink()).toBe(true);
    expect(lstatSync(join(dir, 'link.csv')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real', 'claims.csv'), 'utf8')).toBe(csv);

    symlinkSync('real/new.csv', join(dir, 'dangling.csv'));
    expect(cli(['export', 'claims', '--format', 'csv', '--out', join(dir, 'dangling.csv')]).code).toBe(0);
    expect(readlinkSync(join(dir, 'dangling.csv'))).toBe('real/new.csv');
    expect(readFileSync(join(dir, 'real', 'new.csv'), 'utf8')).toBe(csv);
  });

  it('a FIFO is written as a stream to its reader and stays a FIFO', async () => {
    const dir = tempDir('kz-fifo-');
    const fifo = join(dir, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('cat', [fifo]);
    let got = '';
    reader.stdout.setEncoding('utf8').on('data', (chunk: string) => (got += chunk));
    const done = new Promise<number | null>((resolve) => reader.on('close', resolve));
    const result = cli(['export', 'claims', '--format', 'csv', '--out', fifo]);
    expect(await done).toBe(0);
    expect(result.code, result.stderr).toBe(0);
    expect(got).toBe(csv);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['pipe']);
  });

  it('a device node (made with mknod in a temporary folder) is written as a stream and never renamed over', () => {
    const dir = tempDir('kz-dev-');
    const nul = join(dir, 'null');
    const full = join(dir, 'full');
    mknod(nul, 1, 3); // the null device
    mknod(full, 1, 7); // the full device: every write fails with ENOSPC
    const before = statSync(nul).rdev;

    const toNull = cli(['export', 'claims', '--format', 'csv', '--out', nul]);
    expect(toNull.code, toNull.stderr).toBe(0);
    expect(lstatSync(nul).isCharacterDevice()).toBe(true);
    expect(statSync(nul).rdev).toBe(before);

    const toFull = cli(['export', 'claims', '--format', 'csv', '--out', full]);
    expect(toFull.code).toBe(1);
    expect(toFull.stderr).toBe(`kzprotest: --out ${full}: no space left on the device (ENOSPC); nothing was replaced\n`);
    expect(lstatSync(full).isCharacterDevice()).toBe(true);

    const stdoutFull = cli(['stats'], { stdoutTo: full });
    expect(stdoutFull.code).toBe(1);
    expect(stdoutFull.stderr).toContain('could not write to standard output: no space left on the device (ENOSPC)');
    expect(readdirSync(dir).sort()).toEqual(['full', 'null']);
  });
});

// ---- the build ----------------------------------------------------------------------------

/** A copy of the repository's package and seeds, with its dist/ (the last good build) and the checkout's dependencies. */
function copyRepo(): string {
  const root = tempDir('kz-build-');
  const pkg = join(root, 'packages', 'data');
  mkdirSync(pkg, { recursive: true });
  for (const name of ['src', 'data', 'dist', 'package.json', 'tsup.config.ts', 'tsconfig.json', 'released-ids.json', 'coverage-baseline.json']) {
    if (existsSync(join(packageDir, name))) cpSync(join(packageDir, name), join(pkg, name), { recursive: true });
  }
  cpSync(join(repoDir, 'seeds'), join(root, 'seeds'), { recursive: true });
  cpSync(join(repoDir, 'tsconfig.base.json'), join(root, 'tsconfig.base.json'));
  symlinkSync(join(repoDir, 'node_modules'), join(root, 'node_modules'), 'dir');
  if (existsSync(join(packageDir, 'node_modules'))) symlinkSync(join(packageDir, 'node_modules'), join(pkg, 'node_modules'), 'dir');
  return pkg;
}

/** Every file of a folder, by relative path, with a hash of its bytes. */
function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

const expectedFiles = Object.keys(fingerprint(join(packageDir, 'dist'))).sort();
const claimCount = (JSON.parse(readFileSync(join(packageDir, 'dist', 'data', 'meta.json'), 'utf8')) as { counts: { claims: number } }).counts.claims;

/** The package as a user loads it: every entry imported and required, and the CLI run. */
/** After a build that ran to its end: dist/ as expectImportsAndComplete wants it, and no temporary dist.* folder left. */
function expectFinishedBuild(pkg: string): void {
  expectImportsAndComplete(pkg);
  expect(readdirSync(pkg).filter((n) => n.startsWith('dist.'))).toEqual([]);
}

function expectImportsAndComplete(pkg: string): void {
  expect(Object.keys(fingerprint(join(pkg, 'dist'))).sort()).toEqual(expectedFiles);
  const check = `
    const esm = await import('@kzprotest/data');
    const cjs = (await import('node:module')).createRequire(import.meta.url)('@kzprotest/data');
    const schema = await import('@kzprotest/data/schema');
    const ex = await import('@kzprotest/data/export');
    const browser = await import('./dist/index.js');
    if (!schema.collections || typeof ex.exportText !== 'function') throw new Error('an entry lacks its exports');
    console.log([esm.claims.length, cjs.claims.length, browser.claims.length].join(' '));`;
  const imported = spawnSync(process.execPath, ['--input-type=module', '-e', check], { cwd: pkg, encoding: 'utf8' });
  expect(imported.stderr).toBe('');
  expect(imported.stdout.trim()).toBe(`${claimCount} ${claimCount} ${claimCount}`);
  const stats = spawnSync(process.execPath, ['dist/cli.js', 'stats', '--json'], { cwd: pkg, encoding: 'utf8' });
  expect(stats.status, stats.stderr).toBe(0);
  expect((JSON.parse(stats.stdout) as { counts: { claims: number } }).counts.claims).toBe(claimCount);
}

/** `npm run build`'s command, in its own process group so a kill reaches tsx, node and esbuild alike. */
function startBuild(pkg: string, detached = false) {
  const child = spawn(join(repoDir, 'node_modules', '.bin', 'tsx'), ['src/compiler/main.ts', '--bundle'], { cwd: pkg, detached, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const done = new Promise<{ code: number | null; signal: string | null; stderr: string }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr })));
  return { child, done, stdout: () => stdout, stderr: () => stderr };
}

/**
 * Wait for a real condition of the build, polling. False when the build ended first: on an idle
 * machine a late point (the type declarations) can pass between two polls.
 */
async function until(condition: () => boolean, ended: () => boolean): Promise<boolean> {
  while (!condition()) {
    if (ended()) return condition();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return true;
}

const building = (pkg: string) => readdirSync(pkg).filter((n) => n.startsWith('dist.building-')).map((n) => join(pkg, n));

describe('kzprotest datapackage under SIGKILL', () => {
  it('killed while it writes, the earlier data package stays byte for byte; the next run clears what the kill left and completes', async () => {
    const dir = tempDir('kz-dp-kill-');
    const folder = join(dir, 'kzprotest-data');
    expect(cli(['datapackage', folder]).code).toBe(0);
    const before = fingerprint(folder);
    const run = spawn(process.execPath, [cliPath, 'datapackage', folder], { stdio: 'ignore' });
    let ended = false;
    const done = new Promise<void>((resolve) => run.on('close', () => ((ended = true), resolve())));
    // told by what it has done: its staging folder beside the target has its first files
    const staging = join(dir, `.kzprotest-data.${run.pid}.partial`);
    const seen = await until(() => existsSync(join(staging, 'data')), () => ended);
    run.kill('SIGKILL');
    await done;
    expect(fingerprint(folder)).toEqual(before);
    if (seen) expect(readdirSync(dir).sort()).toEqual([`.kzprotest-data.${run.pid}.partial`, 'kzprotest-data']);
    expect(cli(['datapackage', folder]).code).toBe(0);
    expect(readdirSync(dir)).toEqual(['kzprotest-data']);
    expect(fingerprint(folder)).toEqual(before);
  });
});

describe('the data build under SIGKILL and concurrency', () => {
  it('killed at four points, dist/ stays the last good build byte for byte; the next build takes over the stale lock and completes', { timeout: 600_000 }, async () => {
    const pkg = copyRepo();
    let lastGood = fingerprint(join(pkg, 'dist'));
    // told by what the build has done, not where it writes, so a build writing into dist/ itself would be caught too
    const points: [string, (pkg: string, stdout: () => string) => () => boolean][] = [
      ['it takes the lock', (p) => () => existsSync(join(p, 'dist.lock'))],
      ['it has written the data module tsup bundles', (p) => () => existsSync(join(p, 'generated', 'dataset.ts'))],
      ['tsup has written the CLI bundle', (_p, stdout) => () => /cli\.js/.test(stdout())],
      ['tsup is writing type declarations', (_p, stdout) => () => /DTS Build start/.test(stdout())],
    ];
    let killedBeforeSwap = 0;
    let staleLockLeft = false;
    for (const [point, condition] of points) {
      // what the last kill left would satisfy the next condition before the new build starts
      rmSync(join(pkg, 'generated'), { recursive: true, force: true });
      const build = startBuild(pkg, true);
      let ended = false;
      void build.done.then(() => (ended = true));
      if (!(await until(condition(pkg, build.stdout), () => ended))) {
        // the build finished before the point was seen: it must have succeeded, and is now the last good one
        const finished = await build.done;
        expect(finished.code, `${point}: ${build.stdout()}\n${finished.stderr}`).toBe(0);
        lastGood = fingerprint(join(pkg, 'dist'));
        staleLockLeft = false;
        expectImportsAndComplete(pkg);
        continue;
      }
      try {
        process.kill(-build.child.pid!, 'SIGKILL');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
      }
      const { signal } = await build.done;
      const now = fingerprint(join(pkg, 'dist'));
      if (JSON.stringify(now) === JSON.stringify(lastGood)) {
        killedBeforeSwap++;
        // the kill left its lock behind, naming a process that is gone
        expect(existsSync(join(pkg, 'dist.lock')), point).toBe(true);
        staleLockLeft = true;
        expect(signal, point).toBe('SIGKILL');
      } else {
        // a loaded machine let the build swap dist/ in before the kill landed: then the new build is the last good one
        expect(building(pkg), point).toEqual([]);
        lastGood = now;
        staleLockLeft = existsSync(join(pkg, 'dist.lock'));
      }
      expectImportsAndComplete(pkg);
    }
    // the kills must mostly land inside the build, or this test would prove nothing
    expect(killedBeforeSwap).toBeGreaterThanOrEqual(3);
    const next = startBuild(pkg);
    const { code, stderr } = await next.done;
    expect(code, stderr).toBe(0);
    if (staleLockLeft) expect(stderr).toMatch(/build: removed a stale dist\.lock of pid \d+, which is no longer running/);
    expectFinishedBuild(pkg);
  });

  it('two builds at once: the second waits for the first, both succeed, and dist/ imports and is complete', { timeout: 600_000 }, async () => {
    const pkg = copyRepo();
    const [a, b] = [startBuild(pkg), startBuild(pkg)];
    const results = await Promise.all([a.done, b.done]);
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    expect(results.filter((r) => /build: waiting for the build of pid \d+ to finish \(dist\.lock\)/.test(r.stderr))).toHaveLength(1);
    expectFinishedBuild(pkg);
  });
});

describe('beginDistBuild', () => {
  const deadPid = () => spawnSync('true').pid!;

  it('puts back a dist/ that a build killed between its two renames left aside, and clears what dead builds left', async () => {
    const dir = tempDir('kz-swap-');
    const dead = deadPid();
    mkdirSync(join(dir, `dist.previous-${dead}`));
    writeFileSync(join(dir, `dist.previous-${dead}`, 'index.js'), 'last good\n');
    mkdirSync(join(dir, `dist.building-${dead}`));
    writeFileSync(join(dir, 'dist.lock'), `${dead}\n`);
    const log: string[] = [];
    const build = await beginDistBuild(dir, { log: (l) => log.push(l) });
    expect(readFileSync(join(dir, 'dist', 'index.js'), 'utf8')).toBe('last good\n');
    expect(log).toEqual([
      `build: removed a stale dist.lock of pid ${dead}, which is no longer running`,
      `build: put back dist/ from dist.previous-${dead}, left by a build killed while swapping`,
    ]);
    expect(readFileSync(join(dir, 'dist.lock'), 'utf8')).toBe(`${process.pid}\n`);
    build.release();
    expect(readdirSync(dir)).toEqual(['dist']);
  });

  it('gives up on a lock held by a running process after its wait, naming the pid, and leaves that lock alone', async () => {
    const dir = tempDir('kz-swap-');
    const holder = spawn('sleep', ['60']);
    try {
      writeFileSync(join(dir, 'dist.lock'), `${holder.pid}\n`);
      const log: string[] = [];
      await expect(beginDistBuild(dir, { waitMs: 0, log: (l) => log.push(l) })).rejects.toThrow(`another build (pid ${holder.pid}) still holds ${join(dir, 'dist.lock')}; if no build is running, delete that file`);
      expect(log).toEqual([`build: waiting for the build of pid ${holder.pid} to finish (dist.lock)`]);
      expect(readFileSync(join(dir, 'dist.lock'), 'utf8')).toBe(`${holder.pid}\n`);
    } finally {
      holder.kill();
    }
  });
});
