/**
 * The course at ten times its corpus: a copy of the repository's data package, seeds and course
 * in bench/tmp, the data with nine times today's events added from the synthetic generator
 * (scripts/bench/generate.mts: schema-valid records whose quotes are in synthetic seeds), the
 * package built with its own build script and the course built against it. The lessons stay as
 * they are; the record pages grow. Nothing of the repository itself is changed.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { run } from './util.mjs';


// generated folders are left behind: anywhere for node_modules and caches, only at the top for
// build output (the data package's compiler has lived in a folder named src/build)
const skipAnywhere = new Set(['node_modules', '.docusaurus', '.turbo']);
const skipAtTop = new Set(['dist', 'build', 'coverage']);
const copyTree = (from, to) =>
  cpSync(from, to, {
    recursive: true,
    filter: (source) => {
      const rel = relative(from, source);
      const top = rel.split('/')[0];
      return !skipAnywhere.has(source.split('/').pop()) && !skipAtTop.has(rel) && !/^dist\./.test(top);
    },
  });

/** Every file under dir with its size, largest first. */
function filesBySize(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else out.push({ path, bytes: stat.size });
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort((a, b) => b.bytes - a.bytes);
}

/**
 * Builds the course on `factor` times today's events and returns the copy's folders.
 * `timedBuild(siteDir, outDir)` is the same cold build the site step times the course with.
 */
export function buildScaledCourse({ root, tmpDir, factor, log, timedBuild, countEvents }) {
  const dir = join(tmpDir, `course-x${factor}`);
  rmSync(dir, { recursive: true, force: true });
  const dataDir = join(dir, 'packages', 'data');
  const courseDir = join(dir, 'apps', 'course');
  copyTree(join(root, 'packages', 'data'), dataDir);
  copyTree(join(root, 'seeds'), join(dir, 'seeds'));
  copyTree(join(root, 'apps', 'course'), courseDir);
  // the course's own few packages, and @kzprotest/data resolved to the copy, not the workspace's
  if (existsSync(join(root, 'apps', 'course', 'node_modules'))) symlinkSync(join(root, 'apps', 'course', 'node_modules'), join(courseDir, 'node_modules'));
  mkdirSync(join(dir, 'node_modules', '@kzprotest'), { recursive: true });
  symlinkSync(relative(join(dir, 'node_modules', '@kzprotest'), dataDir), join(dir, 'node_modules', '@kzprotest', 'data'));

  const today = countEvents(dataDir);
  const extra = today * (factor - 1);
  log(`site at x${factor}: adding ${extra} synthetic events to today's ${today}, building the data package`);
  run(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'bench', 'writeCorpus.mts'), String(extra), dataDir, join(dir, 'seeds')], { cwd: root });
  // the copy's own build script, as `npm run build -w @kzprotest/data` runs it
  run('npm', ['run', 'build', '--silent'], { cwd: dataDir, env: { ...process.env, npm_config_workspaces: 'false' } });

  log(`site at x${factor}: building the course on it (cold)`);
  const outDir = join(dir, 'course-build');
  const seconds = timedBuild(courseDir, outDir);
  return { seconds, outDir, courseDir, events: today + extra };
}

/** The largest page-data module of a built course (the JSON each record page loads). */
export function largestPageData(courseDir) {
  const [largest] = filesBySize(join(courseDir, '.docusaurus', 'kzdata'));
  return largest ? { bytes: largest.bytes, file: relative(courseDir, largest.path) } : undefined;
}
