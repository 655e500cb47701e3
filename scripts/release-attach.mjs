#!/usr/bin/env node
/**
 * After changesets has published @kzprotest/data: writes the Frictionless data package with the
 * published CLI (`kzprotest datapackage`, from the records the package ships), zips it and
 * attaches it to the package's GitHub release (`gh release upload`, GH_TOKEN from the workflow).
 * The npm tarball carries the records once; this is where the CSV, GeoJSON and citation files are.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const packageDir = join(root, 'packages', 'data');
const { name, version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const folder = `kzprotest-data-${version}`;
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });

// a second run starts clean (zip -r adds to an archive that exists), and a killed zip leaves
// only the .partial file, never a half archive under the name that is uploaded
for (const path of [folder, `${folder}.zip`, `${folder}.zip.partial`]) rmSync(join(root, path), { recursive: true, force: true });
run(process.execPath, [join(packageDir, 'dist', 'cli.js'), 'datapackage', folder]);
run('zip', ['-qr', `${folder}.zip.partial`, folder]);
renameSync(join(root, `${folder}.zip.partial`), join(root, `${folder}.zip`));
// changesets tags a scoped package's release as <name>@<version>
run('gh', ['release', 'upload', `${name}@${version}`, `${folder}.zip`]);
