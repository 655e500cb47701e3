import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const packageDir = join(import.meta.dirname, '..', '..');
const moduleUrl = new URL('./collectGarbage.ts', import.meta.url).href;
const tsx = join(packageDir, '..', '..', 'node_modules', '.bin', 'tsx');

/** collectGarbage in a fresh Node, with or without --expose-gc: what it did, as the child prints it. */
function runIn(flags: string[]) {
  // a weak reference shows whether a collection ran: an object no one holds stays reachable through it until one
  // reclaims it, and the script allocates too little for V8 to run one of its own (without the call it stays: tried)
  const script = `
    const { collectGarbage } = await import(${JSON.stringify(moduleUrl)});
    let held = { big: new Array(1000).fill(0) };
    const ref = new WeakRef(held);
    held = undefined;
    await new Promise((r) => setTimeout(r, 0));
    collectGarbage();
    console.log(JSON.stringify({ gcExposed: typeof gc === 'function', collected: ref.deref() === undefined }));`;
  const child = spawnSync(tsx, [...flags, '--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(child.stderr).toBe('');
  expect(child.status).toBe(0);
  return JSON.parse(child.stdout) as { gcExposed: boolean; collected: boolean };
}

describe('collectGarbage', () => {
  it('runs a full collection where Node exposes gc', () => {
    expect(runIn(['--expose-gc'])).toEqual({ gcExposed: true, collected: true });
  });

  it('does not throw where Node does not expose it (vitest, a plain tsx)', () => {
    expect(runIn([]).gcExposed).toBe(false);
  });

  it('is allowed by every script that runs the compiler, so the build collects between its steps', () => {
    const { scripts } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const compilerRuns = Object.entries(scripts).filter(([, command]) => command.includes('src/compiler/main.ts'));
    expect(compilerRuns.map(([name]) => name).sort()).toEqual(['build', 'build:data', 'check', 'uncovered']);
    for (const [, command] of compilerRuns) expect(command).toMatch(/^tsx --expose-gc src\/compiler\/main\.ts\b/);
  });
});
