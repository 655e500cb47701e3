/**
 * The GitHub Actions workflows, checked here because they cannot run here: each passes
 * @action-validator/cli (the workflow JSON Schema), each `run:` step calls a script a person runs
 * locally, and the jobs hold the permissions that deploying to Pages and publishing with npm
 * provenance need, and no more at the top level.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const repoDir = path.resolve(__dirname, '../..');
const workflowsDir = path.join(repoDir, '.github/workflows');
const files = readdirSync(workflowsDir).filter((f) => /\.ya?ml$/.test(f)).sort();
const rootScripts = JSON.parse(readFileSync(path.join(repoDir, 'package.json'), 'utf8')).scripts as Record<string, string>;

interface Step { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> }
interface Job { permissions?: Record<string, string>; steps?: Step[]; needs?: string | string[] }
interface Workflow { permissions?: Record<string, string>; jobs: Record<string, Job> }
const workflow = (file: string) => parse(readFileSync(path.join(workflowsDir, file), 'utf8')) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps ?? []);

const validate = (file: string) =>
  spawnSync(path.join(repoDir, 'node_modules/.bin/action-validator'), [file], { cwd: repoDir, encoding: 'utf8' });

describe('the workflows', () => {
  it('are the deploy and release workflows', () => {
    expect(files).toEqual(['deploy-course.yml', 'release.yml']);
  });

  it.each(files)('%s passes action-validator', (file) => {
    const result = validate(path.join(workflowsDir, file));
    expect(`${result.stdout}${result.stderr}`.trim()).toBe('');
    expect(result.status).toBe(0);
  });

  it('action-validator rejects a workflow with a misspelt permission and step key', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kz-workflow-'));
    try {
      const broken = readFileSync(path.join(workflowsDir, 'release.yml'), 'utf8').replace('id-token: write', 'id-token: writ').replace('with:', 'wiht:');
      writeFileSync(path.join(dir, 'release.yml'), broken);
      const result = validate(path.join(dir, 'release.yml'));
      expect(result.status).not.toBe(0);
      const report = `${result.stdout}${result.stderr}`;
      expect(report).toContain('/permissions/id-token');
      expect(report).toContain("Additional property 'wiht' is not allowed");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each(files)('%s runs only npm ci and scripts of the root package.json', (file) => {
    const commands = steps(workflow(file)).flatMap((s) => (s.run ? s.run.split('\n').map((l) => l.trim()).filter(Boolean) : []));
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) {
      const script = /^npm (?:run (\S+)|(test|start))\b/.exec(command);
      if (/^npm ci\b/.test(command)) continue;
      expect(script, `${file}: "${command}" is not an npm script`).not.toBeNull();
      const name = script![1] ?? script![2]!;
      expect(rootScripts[name], `${file}: "${command}" names no script of package.json`).toBeDefined();
    }
  });

  it('deploy-course builds for the Pages address and deploys with Pages permissions only in the deploy job', () => {
    const w = workflow('deploy-course.yml');
    expect(w.permissions).toEqual({ contents: 'read' });
    const build = steps(w).find((s) => s.run === 'npm run build')!;
    expect(build.env).toEqual({ SITE_URL: '${{ steps.pages.outputs.origin }}', BASE_URL: '${{ steps.pages.outputs.base_path }}/' });
    expect(steps(w).find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))?.with).toEqual({ path: 'apps/course/build' });
    expect(w.jobs.deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(w.jobs.deploy!.steps!.map((s) => s.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
  });

  it('release opens the changesets pull request and publishes with provenance, release:check first', () => {
    const w = workflow('release.yml');
    expect(w.permissions).toEqual({ contents: 'read' });
    expect(w.jobs.release!.permissions).toMatchObject({ 'id-token': 'write', contents: 'write', 'pull-requests': 'write' });
    const changesets = steps(w).find((s) => s.uses?.startsWith('changesets/action@'))!;
    expect(changesets.with).toMatchObject({ version: 'npm run release:version', publish: 'npm run release:publish' });
    expect(changesets.env).toMatchObject({ NPM_CONFIG_PROVENANCE: true });
    expect(rootScripts['release:publish']).toMatch(/^npm run release:check && changeset publish$/);
  });
});
