/**
 * `npm run release-notes [-- --from <ref>] [--out FILE] [--json] [--check]`: the data diff
 * between the last release (or a given ref) and the working tree, as Markdown.
 * --check exits 1 when the pending changesets ask for less than the diff needs.
 */
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultBaseRef, emitAt, git } from './emitAt.js';
import { diffData, maxBump, pendingRelease, renderMarkdown } from './diff.js';

const USAGE = 'usage: npm run release-notes -- [--from <git ref>] [--out FILE] [--json] [--check]';

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

const args = process.argv.slice(2);
const options: { from?: string; out?: string; json: boolean; check: boolean } = { json: false, check: false };
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  const value = () => args[++i] ?? fail(`${arg} needs a value\n${USAGE}`, 2);
  if (arg === '--from') options.from = value();
  else if (arg === '--out') options.out = value();
  else if (arg === '--json') options.json = true;
  else if (arg === '--check') options.check = true;
  else if (arg === '--help' || arg === '-h') {
    console.log(USAGE);
    process.exit(0);
  } else fail(`unknown argument "${arg}"\n${USAGE}`, 2);
}

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const repo = git(packageDir, 'rev-parse', '--show-toplevel');
let base: { ref: string; why: string };
if (options.from) {
  try {
    git(repo, 'rev-parse', '--verify', '--quiet', `${options.from}^{commit}`);
  } catch {
    fail(`--from "${options.from}" is not a commit, tag or branch of this repository`, 2);
  }
  base = { ref: options.from, why: 'given with --from' };
} else base = defaultBaseRef(repo);

let before, after;
try {
  before = emitAt(repo, base.ref);
  after = emitAt(repo, undefined);
} catch (error) {
  fail(`release-notes: ${(error as Error).message}`, 1);
}
const diff = diffData(before, after);

const changesetDir = join(repo, '.changeset');
const changesets = existsSync(changesetDir)
  ? readdirSync(changesetDir)
      .filter((n) => n.endsWith('.md') && n !== 'README.md')
      .sort()
      .map((name) => ({ name, text: readFileSync(join(changesetDir, name), 'utf8') }))
  : [];
const pkgName = (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { name: string }).name;
const pending = pendingRelease(changesets, pkgName, after.version);

const from = `\`${base.ref}\` (${base.why}${before.builtWith.startsWith('its own') ? '' : `; built with ${before.builtWith}`})`;
const text = options.json
  ? `${JSON.stringify({ from: base.ref, fromVersion: before.version, toVersion: after.version, pending, diff }, null, 2)}\n`
  : renderMarkdown(diff, { from, to: 'the working tree', fromVersion: before.version, toVersion: after.version, pending });

if (options.out) {
  const tmp = `${options.out}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, options.out);
  console.error(`release-notes: wrote ${options.out}`);
} else process.stdout.write(text);

if (options.check && maxBump(pending.bump, diff.bump) !== pending.bump) {
  fail(`release-notes --check: the pending changesets ask for ${pending.bump}, but the data diff needs ${diff.bump} (${diff.reasons.join('; ')})`, 1);
}
