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
  eventTypes,
  eventTypeLabels,
  figureProperties,
  figurePropertyLabels,
  figureQualifiers,
  figureQualifierLabels,
  figureUnits,
  figureUnitLabels,
  contentWarnings,
  contentWarningLabels,
  perspectives,
  perspectiveLabels,
  sourceTypes,
  sourceTypeLabels,
  erratumKinds,
  erratumKindLabels,
  regionKinds,
  regionKindLabels,
  actorKinds,
  actorKindLabels,
  organizationTypes,
  organizationTypeLabels,
  eventRoles,
  eventRoleLabels,
  placeKinds,
  placeKindLabels,
  redirectKinds,
  redirectKindLabels,
} from '../schema/vocabulary.js';
export { claimKinds, claimKindLabels, claimKindSummaries, claimKindDefinitions, attributedToDefinition } from '../schema/claimKinds.js';
