import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { packageDir, shippedDataset } from './helpers.js';

const dataset = shippedDataset();
const run = (code: string, type: 'module' | 'commonjs') =>
  spawnSync(process.execPath, [type === 'module' ? '--input-type=module' : '--input-type=commonjs', '-e', code], { cwd: packageDir, encoding: 'utf8' });

describe('the built package', () => {
  it('imports from ESM with the same records as dist/data', () => {
    const result = run(
      `import { events, claims, meta, search } from '@kzprotest/data'; console.log(JSON.stringify([events.length, claims.length, meta.name, search('aqtau')[0].id]))`,
      'module',
    );
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual([dataset.events.length, dataset.claims.length, '@kzprotest/data', 'aktau']);
  });

  it('requires from CommonJS with the same records', () => {
    const result = run(`const d = require('@kzprotest/data'); console.log(JSON.stringify([d.events.length, d.get('zhanaozen').name]))`, 'commonjs');
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual([dataset.events.length, 'Zhanaozen']);
  });

  it('exposes the zod schemas on the ./schema entry', () => {
    const result = run(`const { collections } = require('@kzprotest/data/schema'); console.log(collections.events.output.safeParse({}).success)`, 'commonjs');
    expect(result.stdout.trim()).toBe('false');
  });
});
