#!/usr/bin/env node
// `npm run release:check`: what must hold before @kzprotest/data is published, checked where it
// can run (a laptop, CI) so that the real publish, which cannot, is never the first to fail.
//   1. package.json names the package's repository, homepage and issue tracker: the registry page
//      links to them, and npm provenance checks `repository` against the repository that publishes;
//   2. the packed package passes publint (strict) and @arethetypeswrong/cli.
// Exits 1 with every problem found. `npm run release:check` builds the package and runs this;
// `npm run release:publish` runs that before `changeset publish`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const LINKS = {
  repository: '"repository": { "type": "git", "url": "git+https://github.com/OWNER/REPO.git", "directory": "packages/data" }',
  homepage: '"homepage": "https://github.com/OWNER/REPO/tree/main/packages/data#readme"',
  bugs: '"bugs": { "url": "https://github.com/OWNER/REPO/issues" }',
};

/**
 * The links a published manifest lacks, one message each (empty when all are there).
 * @example linkProblems({ name: '@kzprotest/data' }, 'packages/data/package.json') // three messages
 */
export function linkProblems(manifest, file) {
  const present = {
    repository: typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url,
    homepage: manifest.homepage,
    bugs: typeof manifest.bugs === 'string' ? manifest.bugs : manifest.bugs?.url,
  };
  return Object.entries(LINKS)
    .filter(([field]) => typeof present[field] !== 'string' || present[field].trim() === '')
    .map(([field, example]) => `${file}: "${field}" is missing. Add the package's real address (never a guessed one), for example\n      ${example}`);
}

function run(label, command, args) {
  const result = spawnSync(command, args, { cwd: repoDir, encoding: 'utf8' });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  return result.status === 0 ? [] : [`${label} failed (exit ${result.status ?? result.signal}):\n${output.replace(/^/gm, '      ')}`];
}

/** Checks the package in `packageDir` (packages/data unless another is given, as the tests do). */
function main(packageDir = path.join(repoDir, 'packages', 'data')) {
  const file = path.relative(repoDir, path.join(packageDir, 'package.json'));
  const manifest = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
  const problems = linkProblems(manifest, file);
  const bin = (name) => path.join(repoDir, 'node_modules', '.bin', name);
  if (!existsSync(path.join(packageDir, 'dist', 'index.js'))) {
    problems.push(`${path.relative(repoDir, packageDir)}/dist is missing: \`npm run release:check\` builds it first (turbo run build --filter=@kzprotest/data)`);
  } else {
    problems.push(...run(`publint --strict ${path.relative(repoDir, packageDir)}`, bin('publint'), ['--strict', packageDir]));
    problems.push(...run(`attw --pack ${path.relative(repoDir, packageDir)}`, bin('attw'), ['--pack', packageDir]));
  }
  if (problems.length) {
    console.error(`release:check: ${manifest.name} is not ready to publish (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n`);
    for (const p of problems) console.error(`  - ${p}\n`);
    process.exit(1);
  }
  console.log(`release:check: ${manifest.name} has its repository, homepage and bugs links and passes publint and attw.`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv[2] && path.resolve(process.argv[2]));
