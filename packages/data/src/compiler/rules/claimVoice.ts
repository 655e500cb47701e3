import type { Entry, Rule } from '../context.js';
import { at } from '../context.js';

const OFFICIAL_TYPES = new Set(['government', 'state-body', 'security-force', 'court']);
const OFFICE = /\b(president|minister|prosecutor|governor|akim|official)\b/i;

/**
 * Words that introduce what someone else says: the marks of reported speech in a quote.
 * Quotation marks alone are not (sources use them for titles, charges and scare quotes), nor
 * "suggests" ("This suggests that …" is a source's own inference).
 */
const REPORTED_SPEECH = /\b(says|said|told|according to|recalled|noted|maintains|agreed|conceded|described)\b/;

export const claimVoice: Rule = {
  name: 'claim-voice',
  editorial: true,
  description:
    "A claim's kind and voice agree: an official-claim speaks in an official actor's voice, reported speech is never the source's own voice, and a figure's max is a stated maximum.",
  check(ctx, report) {
    const actor = (id: string) => {
      const e = ctx.byId.get(id);
      return e?.collection === 'actors' ? (e as Entry<'actors'>).record : undefined;
    };
    const isOfficial = (id: string, seen = new Set<string>()): boolean => {
      const a = actor(id);
      if (!a || seen.has(id)) return false;
      seen.add(id);
      if (a.kind === 'person') return a.roles.some((r) => OFFICE.test(r.role) || (r.organization !== undefined && isOfficial(r.organization, seen)));
      if (a.organizationType && OFFICIAL_TYPES.has(a.organizationType)) return true;
      return a.partOf !== undefined && isOfficial(a.partOf, seen);
    };
    for (const entry of ctx.entries.claims) {
      const c = entry.record;
      if (c.kind === 'official-claim') {
        const voice = c.attributedTo[c.attributedTo.length - 1];
        if (voice === undefined) report(at(entry, ['attributedTo'], `an official-claim is what the authorities say: name the official actor whose words these are in attributedTo; the source's own account of what they did is a fact or an analysis`));
        else if (actor(voice) && !isOfficial(voice)) report(at(entry, ['attributedTo'], `"${voice}" is not an official actor (a government, state body, security force, court or office-holder), so this is not an official-claim; choose the kind for what that voice says`));
      }
      if (c.attributedTo.length === 0 && REPORTED_SPEECH.test(c.quote.exact)) {
        const mark = REPORTED_SPEECH.exec(c.quote.exact)![0];
        report(at(entry, ['attributedTo'], `the quote reports speech (${JSON.stringify(mark)}) but attributedTo is empty, which means the source's own voice: name the speaker (for an unnamed one, the group they belong to)`));
      }
      if (c.figure && c.figure.max !== undefined && c.figure.min === undefined && c.figure.qualifier !== 'up to') {
        report(at(entry, ['figure', 'max'], `max is for a stated maximum ("up to"), but the qualifier is "${c.figure.qualifier}"; give the number as value and keep the hedge in qualifier`));
      }
    }
  },
};
