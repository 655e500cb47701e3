/**
 * `npm run release:ids`: add every id of this release (records and redirects) to
 * released-ids.json. Run by the release's version step (`npm run release:version` at the
 * root), never by contributors: the list must grow only with what was really published.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDataset } from '../compiler/buildDataset.js';
import { writeFileSafely } from '../fs/writeFileSafely.js';
import { exitOnIssues } from '../compiler/issue.js';
import { loadRecordFiles, loadReleasedIds, loadSeeds, RELEASED_IDS_FILE } from '../compiler/loadFiles.js';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const released = loadReleasedIds(packageDir);
const result = buildDataset({ files: loadRecordFiles(packageDir), seeds: loadSeeds(join(packageDir, '..', '..', 'seeds')), releasedIds: released });
exitOnIssues(result, () => `release:ids: the data does not build, so nothing can be released:\n`);
const { dataset } = result;
const now = Object.values(dataset).flatMap((records: { id: string }[]) => records.map((r) => r.id));
const all = [...new Set([...released, ...now])].sort();
try {
  writeFileSafely(join(packageDir, RELEASED_IDS_FILE), `${JSON.stringify(all, null, 2)}\n`);
} catch (error) {
  console.error(`release:ids: could not write ${(error as Error).message}; the list was left as it was`);
  process.exit(1);
}
console.log(`release:ids: ${all.length} released ids (${all.length - released.length} new) in ${RELEASED_IDS_FILE}`);
