#!/usr/bin/env node
/**
 * The project's copy-paste lint: jscpd (settings in .jscpd.json: blocks of 4 lines and 30 tokens
 * or more, code only, built output ignored) over packages, apps and scripts. Fails when the clones
 * rise above MAX_CLONES, and lists them, so a new copy is folded into one helper instead of kept.
 * Lower MAX_CLONES when a change removes clones; BENCHMARKS.md has the counts over time.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The clone count once the tests' copies were folded into shared helpers (BENCHMARKS.md, "Copies");
 * the lint fails above it, so a new copy is folded before it lands. Lower it when a change removes clones.
 */
export const MAX_CLONES = 16;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'node_modules', 'jscpd', 'bin', 'jscpd');
const out = mkdtempSync(join(tmpdir(), 'kz-jscpd-'));
try {
  const run = spawnSync(process.execPath, [bin, '--config', '.jscpd.json', '--output', out, 'packages', 'apps', 'scripts'], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) {
    process.stderr.write(`lint:copies: jscpd failed (exit ${run.status})\n${run.stderr}`);
    process.exit(1);
  }
  const report = JSON.parse(readFileSync(join(out, 'jscpd-report.json'), 'utf8'));
  const { clones, duplicatedLines } = report.statistics.total;
  const where = (f) => `${f.name}:${f.start}-${f.end}`;
  if (clones > MAX_CLONES) {
    process.stderr.write(`lint:copies: ${clones} clones (${duplicatedLines} lines), more than the ${MAX_CLONES} allowed (scripts/lint-copies.mjs); fold the new copy into one helper:\n`);
    for (const d of report.duplicates) process.stderr.write(`  ${where(d.firstFile)}  =  ${where(d.secondFile)} (${d.lines} lines)\n`);
    process.exit(1);
  }
  console.log(`lint:copies: ${clones} clones (${duplicatedLines} lines), at most ${MAX_CLONES} allowed`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
