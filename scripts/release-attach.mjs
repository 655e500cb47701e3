#!/usr/bin/env node
/**
 * After changesets has published @kzprotest/data: writes the Frictionless data package with the
 * published CLI (`kzprotest datapackage`, from the records the package ships), zips it and
 * attaches it to the package's GitHub release (`gh release upload`, GH_TOKEN from the workflow).
 * The npm tarball carries the records once; this is where the CSV, GeoJSON and citation files are.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const packageDir = join(root, 'packages', 'data');
const { name, version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const folder = `kzprotest-data-${version}`;
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });

run(process.execPath, [join(packageDir, 'dist', 'cli.js'), 'datapackage', folder]);
run('zip', ['-qr', `${folder}.zip`, folder]);
// changesets tags a scoped package's release as <name>@<version>
run('gh', ['release', 'upload', `${name}@${version}`, `${folder}.zip`]);
