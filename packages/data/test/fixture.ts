import type { RecordFile } from '../src/compiler/buildDataset.js';
import type { CollectionName } from '../src/schema/index.js';

/** A small seed with a body, an attribution line and a footer that must never be quoted. */
export const FIXTURE_SEED = [
  'Site navigation',
  'Police fired on strikers in Zhanaozen on',
  'December 16, 2011. At least 16 people died.',
  'The strikers said: "We want fair pay." We want fair pay.',
  'By A. Writer',
  'Copyright footer: Zhanaozen news',
].join('\n');

export const FIXTURE_SEED_FILE = 'fixture-seed.txt';

/** A valid record set over FIXTURE_SEED, as YAML texts keyed by collection/id. */
export function validRecords(): Record<string, string> {
  return {
    'sources/fixture-source': `id: fixture-source
type: article-newspaper
title: A fixture article
author:
  - family: Writer
    given: A.
issued: 2012-12-20
publisher: Fixture Press
language: en
seed: ${FIXTURE_SEED_FILE}
perspective: journalism
perspectiveNote: A made-up source for tests.
contentWarnings: [death, violence]
regions:
  - kind: body
    lines: [2, 4]
  - kind: attribution
    lines: [5, 5]
`,
    'claims/fixture-claim-shooting': `id: fixture-claim-shooting
source: fixture-source
quote:
  exact: |-
    Police fired on strikers in Zhanaozen on
    December 16, 2011.
kind: fact
contentWarnings: [violence]
about: [fixture-shooting, fixture-town, fixture-police]
`,
    'claims/fixture-claim-toll': `id: fixture-claim-toll
source: fixture-source
quote:
  exact: At least 16 people died.
kind: figure
contentWarnings: [death]
about: [fixture-shooting]
figure:
  property: killed
  value: 16
  qualifier: at least
  unit: people
  raw: At least 16
`,
    'events/fixture-shooting': `id: fixture-shooting
title: Police fire on strikers
summary: Police fired on strikers.
date: 2011-12-16
dateClaims: [fixture-claim-shooting]
type: shooting
places: [fixture-town]
actors:
  - actor: fixture-police
    role: initiator
themes: [fixture-theme]
dateBasis:
  on: { claim: fixture-claim-shooting, words: "December 16, 2011" }
`,
    'actors/fixture-police': `id: fixture-police
kind: organization
organizationType: security-force
name: Police
`,
    'places/fixture-town': `id: fixture-town
kind: town
name: Zhanaozen
`,
    'themes/fixture-theme': `id: fixture-theme
name: Repression
description: Force used against protesters.
`,
  };
}

/** Turn `collection/id` -> YAML into build input files. */
export function toFiles(records: Record<string, string>): RecordFile[] {
  return Object.entries(records).map(([key, text]) => {
    const [collection, name] = key.split('/') as [CollectionName, string];
    return { collection, file: `data/${collection}/${name}.yaml`, text };
  });
}

export const fixtureSeeds = () => new Map([[FIXTURE_SEED_FILE, FIXTURE_SEED]]);
