import type { Rule } from '../context.js';
import { at } from '../context.js';

export const disputesLinked: Rule = {
  name: 'disputes-linked',
  editorial: true,
  description:
    'Claims linked by `disputes` share a record they are about; an event they are both about is marked `disputed: true` (with a title that names the question; the wording is reviewed), and a disputed event holds such a pair.',
  check(ctx, report) {
    const aboutOf = new Map(ctx.entries.claims.map((c) => [c.record.id, c.record.about]));
    const disputedEvents = new Set(ctx.entries.events.filter((e) => e.record.disputed).map((e) => e.record.id));
    const isEvent = (id: string) => ctx.byId.get(id)?.collection === 'events';
    // an event that is marked disputed and holds no disputed pair is found below
    const holdingPair = new Set<string>();
    for (const entry of ctx.entries.claims) {
      entry.record.disputes.forEach((other, i) => {
        const otherAbout = aboutOf.get(other);
        if (!otherAbout) return; // references-resolve reports it
        const shared = entry.record.about.filter((id) => otherAbout.includes(id));
        if (!shared.length) {
          report(at(entry, ['disputes', i], `claim "${other}" is about none of the records this claim is about, so they cannot contradict each other; add the record both are about to the "about" of each`));
          return;
        }
        const events = shared.filter(isEvent);
        for (const id of events) if (disputedEvents.has(id)) holdingPair.add(id);
        // a dispute over one question may touch other events (the shooting, when the question is
        // whether the shooters were punished): it is enough that the event it is about says so
        if (events.length && !events.some((id) => disputedEvents.has(id))) {
          report(at(entry, ['disputes', i], `this claim and "${other}" dispute each other, but no event they are both about (${events.join(', ')}) is marked "disputed: true": mark the event the disagreement is about, with a title that names the question ("Whether …"), not one side's answer`));
        }
      });
    }
    for (const entry of ctx.entries.events) {
      if (entry.record.disputed && !holdingPair.has(entry.record.id)) {
        report(at(entry, ['disputed'], `no two claims about this event are linked by "disputes"; link the contradicting claims, or drop "disputed"`));
      }
    }
  },
};
