import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Debian's interpreter: a pyenv python3 on the PATH lacks Debian's python3-pandas (TOOLCHAIN.md). */
export const debianPython = '/usr/bin/python3';

const INSTALL_ADVICE = 'The CSV round-trip tests read the exports with pandas and Python\'s csv module as researchers do. Install them with: apt-get install -y python3-pandas (Debian; /usr/bin/python3 must import pandas)';

/** Throws the install advice when Debian's Python with pandas is missing, so the suite fails instead of skipping. */
export function requirePandas(): void {
  const probe = existsSync(debianPython) ? spawnSync(debianPython, ['-c', 'import pandas'], { encoding: 'utf8' }) : undefined;
  if (!probe || probe.status !== 0) throw new Error(`${INSTALL_ADVICE}\n${probe?.stderr ?? `${debianPython} does not exist`}`);
}

/** Runs one of test/python/*.py with the arguments given and returns its JSON output. */
export function runPython<T>(script: string, ...args: string[]): T {
  requirePandas();
  const file = fileURLToPath(new URL(`./python/${script}`, import.meta.url));
  const result = spawnSync(debianPython, [file, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (result.status !== 0) throw new Error(`${script} exited ${result.status}:\n${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}
