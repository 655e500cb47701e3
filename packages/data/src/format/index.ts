// The one home of each way the data is put into words: dates, figures, place chains, source
// names, voices, and the label of every vocabulary value. Without zod and without the records,
// so the course's browser code and the CLI can import it alone.
export { formatEdtf, monthNames } from './formatEdtf.js';
export { parseEdtfPoint, plainDateRange, daysInMonth, daysBetween, addDays, type EdtfPoint, type PlainDateError } from './edtfRange.js';
export { figureAmount, readFigure, figureValueText, figureNumberText, figureChangeText, figureText, unitText, type OpenBoundWords } from './figureText.js';
export { placeChain } from './placeChain.js';
export { sourceLabel, shortCitation } from './sourceLabel.js';
export { voiceText, speakerOf } from './voice.js';
export {
  figureProperties,
  figureQualifiers,
  figureUnits,
  contentWarnings,
  perspectives,
  sourceTypes,
  erratumKinds,
  regionKinds,
  actorKinds,
  organizationTypes,
  eventRoles,
  placeKinds,
  redirectKinds,
} from '../schema/vocabulary.js';
export * from '../schema/labels.js';
// the event types' labels are their `label` in eventTypes, exported by the main entry with its other mappings
export { claimKinds, claimKindLabels, claimKindSummaries } from '../schema/claimKinds.js';
