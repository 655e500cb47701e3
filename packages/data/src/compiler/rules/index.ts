import type { Rule } from '../context.js';
import { claimVoice } from './claimVoice.js';
import { contentWarningsCarried } from './contentWarnings.js';
import { dateBoundsStated } from './dateBounds.js';
import { datesEdtf } from './datesEdtf.js';
import { disputesLinked } from './disputes.js';
import { evidenceConsistent } from './evidence.js';
import { fileNameMatchesId } from './fileNameMatchesId.js';
import { idsUnique } from './idsUnique.js';
import { namesInSeeds } from './namesInSeeds.js';
import { quotes } from './quotes.js';
import { referencesResolve } from './referencesResolve.js';
import { releasedIdsKept } from './releasedIds.js';
import { seedsAndRegions } from './seedsAndRegions.js';

/**
 * Every rule, in the order their issues are listed. They may run in any order: each only reads
 * the resolved context.
 */
export const rules: readonly Rule[] = [
  fileNameMatchesId,
  idsUnique,
  referencesResolve,
  seedsAndRegions,
  quotes,
  datesEdtf,
  dateBoundsStated,
  evidenceConsistent,
  disputesLinked,
  claimVoice,
  contentWarningsCarried,
  namesInSeeds,
  releasedIdsKept,
];
