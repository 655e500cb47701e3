/** What `npm pack` would publish: tarball and unpacked size, file count. */
import { execFileSync } from 'node:child_process';

/**
 * @param {{ packageDir: string }} options
 * @returns {Record<string, { value: number, unit: string }>}
 */
export function packageBench({ packageDir }) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  // --dry-run computes the tarball without writing it; --ignore-scripts keeps prepack hooks out
  const out = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: packageDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const [info] = JSON.parse(out.slice(out.indexOf('[')));
  return {
    tarball_kb: { value: info.size / 1024, unit: 'kB' },
    unpacked_kb: { value: info.unpackedSize / 1024, unit: 'kB' },
    package_files: { value: info.entryCount, unit: 'files' },
  };
}
