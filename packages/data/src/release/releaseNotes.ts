/**
 * `npm run release-notes [-- --from <ref>] [--out FILE] [--json] [--check] [--changelog]`:
 * the data diff between the last release (or a given ref) and the working tree, as Markdown.
 * --check exits 1 when the pending changesets ask for less than the diff needs; --changelog
 * (run by `npm run release:version` after `changeset version`) puts the diff into
 * CHANGELOG.md under the new version's heading.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileSafely } from '../fs/writeFileSafely.js';
import { defaultBaseRef, emitAt, git } from './emitAt.js';
import { diffData, maxBump, renderMarkdown } from './diff.js';
import { pendingRelease } from './pendingRelease.js';

const USAGE = 'usage: npm run release-notes -- [--from <git ref>] [--out FILE] [--json] [--check] [--changelog]';

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

const args = process.argv.slice(2);
const options: { from?: string; out?: string; json: boolean; check: boolean; changelog: boolean } = { json: false, check: false, changelog: false };
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  const value = () => args[++i] ?? fail(`${arg} needs a value\n${USAGE}`, 2);
  if (arg === '--from') options.from = value();
  else if (arg === '--out') options.out = value();
  else if (arg === '--json') options.json = true;
  else if (arg === '--check') options.check = true;
  else if (arg === '--changelog') options.changelog = true;
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
// a base built with today's code would show today's schemas: comparing them would always say "unchanged"
const diff = diffData(before, after, { compareSchemas: before.builtWith.startsWith('its own') });

const pkgName = (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { name: string }).name;
let pending;
try {
  pending = await pendingRelease(repo, pkgName, after.version);
} catch (error) {
  fail(`release-notes: the pending changesets could not be read: ${(error as Error).message}`, 1);
}

const from = `\`${base.ref}\` (${base.why}${before.builtWith.startsWith('its own') ? '' : `; built with ${before.builtWith}`})`;
const text = options.json
  ? `${JSON.stringify({ from: base.ref, fromVersion: before.version, toVersion: after.version, pending, diff }, null, 2)}\n`
  : renderMarkdown(diff, {
      from,
      to: options.changelog ? 'this release' : 'the working tree',
      fromVersion: before.version,
      toVersion: after.version,
      // after `changeset version` nothing is pending any more
      pending: options.changelog ? undefined : pending,
    });

/** The old file stays whole when the new one cannot be written (a full disk, a read-only folder). */
function write(path: string, text: string): void {
  try {
    writeFileSafely(path, text);
  } catch (error) {
    fail(`release-notes: could not write ${(error as Error).message}`, 1);
  }
}

if (options.changelog) {
  const path = join(packageDir, 'CHANGELOG.md');
  const heading = `## ${after.version}`;
  const changelog = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const start = changelog.split('\n').indexOf(heading) === -1 ? -1 : changelog.indexOf(`\n${heading}\n`) + 1;
  if (start <= 0) fail(`release-notes --changelog: CHANGELOG.md has no "${heading}" section; run \`changeset version\` first`, 1);
  const next = changelog.indexOf('\n## ', start + heading.length);
  const end = next === -1 ? changelog.length : next + 1;
  const section = changelog.slice(start, end).replace(/\n<!-- data-diff -->[\s\S]*<!-- \/data-diff -->\n/, '\n');
  // one level below the version heading, between markers so a rerun replaces rather than repeats it
  const demoted = text.replace(/^(#{2,5}) /gm, '#$1 ');
  const inserted = `${section.trimEnd()}\n\n<!-- data-diff -->\n${demoted}<!-- /data-diff -->\n${next === -1 ? '' : '\n'}`;
  write(path, changelog.slice(0, start) + inserted + changelog.slice(end));
  console.error(`release-notes: added the data diff to CHANGELOG.md under ${heading}`);
} else if (options.out) {
  write(options.out, text);
  console.error(`release-notes: wrote ${options.out}`);
} else process.stdout.write(text);

if (options.check && maxBump(pending.bump, diff.bump) !== pending.bump) {
  fail(`release-notes --check: the pending changesets ask for ${pending.bump}, but the data diff needs ${diff.bump} (${diff.reasons.join('; ')})`, 1);
}
