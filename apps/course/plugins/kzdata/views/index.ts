/**
 * Build-time view models: turn @kzprotest/data records into the JSON the course's
 * components render. Both the record pages (the kzdata plugin) and the inline lesson
 * components (the remark plugin) go through here, so every page shows a record the same way.
 * Each view's type is its builder's return type; components import them with `import type`,
 * so no builder code enters the client bundle.
 */
export { linkTo, type RecordLink } from './link';
export { accountView, claimView, figureView, positionInSource, type ClaimView, type FigureView } from './claim';
export { citationOf, sourceView, type SourceView } from './source';
export { eventSummary, eventView, type EventSummaryView, type EventView, type FigureGroupView } from './event';
export { spellingsOf, type SpellingView } from './spellings';
export { actorView, type ActorView } from './actor';
export { placeView, type PlaceView } from './place';
export { themeView, type ThemeView } from './theme';
export { timelineData, type TimelineData } from './timeline';
export { redirectView, type RedirectView } from './redirect';
export { warningsOf, warningsOfClaims } from './warnings';
export { howWeKnowView, type HowWeKnowView, type SourceCoverageFigures } from './howWeKnow';
