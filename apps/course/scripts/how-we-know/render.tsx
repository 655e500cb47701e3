/**
 * The "How we know" page as static HTML, from the course's own view and component, for a data
 * package other than the installed one: the contributor test (packages/data/test/contributing.test.ts)
 * renders it for a copy of the repository with a fixture sixth source, without building the site.
 *
 *   KZ_DATA_SRC=<copy>/packages/data/src/index.ts node --require ./scripts/how-we-know/hooks.cjs --import tsx \
 *     scripts/how-we-know/render.tsx <copy>/packages/data/dist/data/coverage.json
 */
import { readFileSync } from 'node:fs';
import React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { howWeKnowView } from '../../plugins/kzdata/views';
import HowWeKnow from '../../src/components/HowWeKnow';

const coverageFile = process.argv[2];
if (!coverageFile) throw new Error('usage: render.tsx <coverage.json of the data build>');
const data = { howWeKnow: howWeKnowView(JSON.parse(readFileSync(coverageFile, 'utf8'))) };
process.stdout.write(renderToStaticMarkup(<HowWeKnow data={data} />));
