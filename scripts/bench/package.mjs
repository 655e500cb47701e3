/** What `npm pack` would publish, and what a consumer installs: tarball, unpacked and installed size. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, lstatSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Apparent size in bytes of everything under a folder (as `du --apparent-size`), symlinks not followed. */
function apparentSize(dir) {
  let total = 0;
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    const stat = lstatSync(path);
    total += stat.isDirectory() ? apparentSize(path) : stat.size;
  }
  return total;
}

/**
 * @param {{ packageDir: string }} options
 * @returns {Record<string, { value: number, unit: string }>}
 */
export function packageBench({ packageDir }) {
  // --dry-run computes the tarball without writing it; --ignore-scripts keeps prepack hooks out
  const out = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: packageDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const [info] = JSON.parse(out.slice(out.indexOf('[')));
  // a fresh consumer project that installs the tarball from the registry's point of view: the
  // package and its dependencies, nothing of the workspace
  const consumer = mkdtempSync(join(tmpdir(), 'kz-install-'));
  try {
    const packed = JSON.parse(execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', consumer], { cwd: packageDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
    execFileSync(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', join(consumer, packed[0].filename)], { cwd: consumer, stdio: 'ignore' });
    return {
      tarball_kb: { value: info.size / 1024, unit: 'kB' },
      unpacked_kb: { value: info.unpackedSize / 1024, unit: 'kB' },
      package_files: { value: info.entryCount, unit: 'files' },
      install_kb: { value: apparentSize(join(consumer, 'node_modules')) / 1000, unit: 'kB' },
    };
  } finally {
    rmSync(consumer, { recursive: true, force: true });
  }
}
