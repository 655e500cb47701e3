/**
 * What each claim label means, in a few words: the data package's table beside its claim kinds
 * (packages/data/src/schema/claimKinds.ts), typed by the enum, so a new kind fails the typecheck
 * there until it has words.
 */
export { claimKindSummaries as claimKindDefinitions } from '@kzprotest/data/format';

/** The lesson that teaches the labels. */
export const claimKindLesson = '/course/working-with-sources/perspective-and-voice#kinds-of-claim';
