/**
 * What each claim label means, in the words of the schema's definition of the kinds
 * (packages/data/src/schema/claim.ts). Typed by the package's own enum, so that a new kind fails
 * the typecheck until it has words. The legend imports only `claimKindDefinitions` from here: when
 * the data package exports its own table under that name, this file's import is the one line to change.
 */
import type { ClaimKindName } from './data';

export const claimKindDefinitions: Record<ClaimKindName, string> = {
  fact: 'the source states it in its own voice',
  figure: 'a number, as the source gives it',
  allegation: 'an accusation not (yet) established',
  'official-claim': 'what the authorities say',
  opinion: 'a judgement, always attributed to whoever makes it',
  analysis: 'an argument or an interpretation, always attributed to whoever makes it',
};

/** The lesson that teaches the labels. */
export const claimKindLesson = '/course/working-with-sources/perspective-and-voice#kinds-of-claim';
