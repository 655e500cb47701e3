/**
 * Build the data as it was at a git ref (or as it is in the working tree) in a throwaway
 * copy, with that version's own build code, so release notes compare what was emitted then
 * with what is emitted now, and the shared checkout's dist/ is never touched.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

/** What one build emitted: records per collection and the output JSON Schema per collection. */
export interface Emitted {
  /** The ref (or "working tree") this came from, as shown in the notes. */
  label: string;
  version: string;
  /** Whose build code emitted it: the ref's own, or today's when the ref has none. */
  builtWith: string;
  collections: Record<string, { id: string }[]>;
  schemas: Record<string, unknown>;
}

const PACKAGE_PATH = 'packages/data';

export const git = (repo: string, ...args: string[]): string =>
  execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/**
 * The ref to compare with when none is given: the newest `@kzprotest/data@*` tag reachable
 * from HEAD, or the repository's first commit when the package was never released.
 */
export function defaultBaseRef(repo: string): { ref: string; why: string } {
  const tagged = spawnSync('git', ['describe', '--tags', '--abbrev=0', '--match', '@kzprotest/data@*', 'HEAD'], { cwd: repo, encoding: 'utf8' });
  if (tagged.status === 0 && tagged.stdout.trim()) return { ref: tagged.stdout.trim(), why: 'the last release tag' };
  const roots = git(repo, 'rev-list', '--max-parents=0', 'HEAD').split('\n');
  return { ref: roots[roots.length - 1]!, why: 'no @kzprotest/data@* tag yet, so the first commit' };
}

/** Files of the package and the seeds as the working tree has them (tracked or new, not ignored). */
function copyWorkingTree(repo: string, into: string): void {
  const listed = git(repo, 'ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', PACKAGE_PATH, 'seeds', 'package.json', 'tsconfig.base.json');
  for (const file of new Set(listed.split('\0').filter(Boolean))) {
    const from = join(repo, file);
    if (!existsSync(from)) continue; // deleted in the working tree but still in the index
    mkdirSync(dirname(join(into, file)), { recursive: true });
    cpSync(from, join(into, file));
  }
}

function copyRef(repo: string, ref: string, into: string): void {
  const tar = execFileSync('git', ['archive', '--format=tar', ref, '--', PACKAGE_PATH, 'seeds', 'package.json', 'tsconfig.base.json'], {
    cwd: repo,
    maxBuffer: 1 << 30,
  });
  const untar = spawnSync('tar', ['-x', '-C', into], { input: tar });
  if (untar.status !== 0) throw new Error(`could not unpack ${ref}: ${untar.stderr}`);
}

/** Today's compiler, for refs that have none of their own. */
const TODAYS_COMPILER = 'src/compiler/main.ts';

/**
 * How a copy of the package builds its data (dist/data and dist/json-schema), as the copy itself
 * says: its `build:data` script, or for refs from before that script, the compiler its `build`
 * script runs (`tsx <file>`), without the bundling the notes do not read. Undefined when the
 * copy lacks that file.
 */
function ownDataBuild(pkgDir: string, tsx: string): [string, string[]] | undefined {
  const { scripts = {} } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  if (scripts['build:data']) return ['npm', ['run', '--silent', 'build:data']];
  const compiler = /\btsx\s+(\S+\.ts)\b/.exec(scripts.build ?? '')?.[1];
  return compiler && existsSync(join(pkgDir, compiler)) ? [tsx, [compiler]] : undefined;
}

function readJsonDir(dir: string, suffix: string): Record<string, any> {
  if (!existsSync(dir)) return {};
  return Object.fromEntries(
    readdirSync(dir)
      .filter((n) => n.endsWith(suffix))
      .map((n) => [n.slice(0, -suffix.length), JSON.parse(readFileSync(join(dir, n), 'utf8'))]),
  );
}

/**
 * Build `ref` (a commit, tag or branch) or, with ref undefined, the working tree of `repo`,
 * and read back dist/data and dist/json-schema. Throws with the build's output when it fails.
 */
export function emitAt(repo: string, ref: string | undefined, options: { keep?: boolean } = {}): Emitted {
  const dir = mkdtempSync(join(tmpdir(), 'kz-emit-'));
  try {
    if (ref === undefined) copyWorkingTree(repo, dir);
    else copyRef(repo, ref, dir);
    const pkgDir = join(dir, PACKAGE_PATH);
    // the copy borrows the checkout's installed dependencies (replacing any committed by mistake)
    rmSync(join(dir, 'node_modules'), { recursive: true, force: true });
    rmSync(join(pkgDir, 'node_modules'), { recursive: true, force: true });
    symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
    if (existsSync(join(repo, PACKAGE_PATH, 'node_modules'))) symlinkSync(join(repo, PACKAGE_PATH, 'node_modules'), join(pkgDir, 'node_modules'), 'dir');
    const tsx = join(repo, 'node_modules', '.bin', 'tsx');
    let builtWith = 'its own build code';
    let command = ownDataBuild(pkgDir, tsx);
    if (!command) {
      // early commits did not track their build code (an ignore rule caught it): build their data
      // with today's, which does not judge data older than today's editorial rules by them
      if (!existsSync(join(pkgDir, 'data'))) throw new Error(`${ref} has no ${PACKAGE_PATH}/data to compare with`);
      rmSync(join(pkgDir, 'src'), { recursive: true, force: true });
      cpSync(join(repo, PACKAGE_PATH, 'src'), join(pkgDir, 'src'), { recursive: true });
      builtWith = "the working tree's build code, as the ref has none";
      command = [tsx, [TODAYS_COMPILER, '--skip-editorial-rules']];
    }
    const built = spawnSync(command[0], command[1], { cwd: pkgDir, encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '0' } });
    const label = ref ?? 'working tree';
    if (built.status !== 0) {
      throw new Error(`the data at ${label} did not build (${relative(dir, pkgDir)}):\n${built.stdout}${built.stderr}`);
    }
    const version = (JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string }).version;
    const collections = readJsonDir(join(pkgDir, 'dist', 'data'), '.json');
    // meta and coverage are facts about the build, not records
    delete collections.meta;
    delete collections.coverage;
    const schemas = readJsonDir(join(pkgDir, 'dist', 'json-schema'), '.schema.json');
    return { label, version, builtWith, collections, schemas };
  } finally {
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
  }
}
