import type { Actor, Place } from '@kzprotest/data';
import { linkTo } from './link';

/** Every spelling of an actor's or a place's name, with the sources that use it. */
export function spellingsOf(record: Actor | Place) {
  return record.spellings.map((s) => ({ name: s.name, sources: s.sources.map(linkTo) }));
}

export type SpellingView = ReturnType<typeof spellingsOf>[number];
