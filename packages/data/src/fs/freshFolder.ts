import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/**
 * For the fs tests: a function that makes a new temporary folder, each one removed after its test.
 * @example const fresh = freshFolders('write'); it('…', () => { const dir = fresh(); … })
 */
export function freshFolders(name: string): () => string {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), `kz-${name}-`));
    made.push(dir);
    return dir;
  };
}
