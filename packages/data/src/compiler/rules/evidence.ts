import type { Rule } from '../context.js';
import { at } from '../context.js';

export const evidenceConsistent: Rule = {
  name: 'evidence-consistent',
  description:
    "A claim cited for an event's date or an actor's role is about that event or actor, and every event, actor and place is the subject of at least one claim.",
  check(ctx, report) {
    // the last claim of an id wins, as in a Map made from the list; filled in a loop rather than from an array of pairs
    const claimAbout = new Map<string, string[]>();
    for (const c of ctx.entries.claims) claimAbout.set(c.record.id, c.record.about);
    const mentioned = new Set<string>();
    for (const c of ctx.entries.claims) for (const id of c.record.about) mentioned.add(id);
    for (const entry of ctx.entries.events) {
      entry.record.dateClaims.forEach((id, i) => {
        const about = claimAbout.get(id);
        if (about && !about.includes(entry.record.id)) {
          report(at(entry, ['dateClaims', i], `claim "${id}" gives this event's date but its "about" does not name "${entry.record.id}"; add the event there`));
        }
      });
    }
    for (const entry of ctx.entries.actors) {
      entry.record.roles.forEach((role, i) =>
        role.claims.forEach((id, j) => {
          const about = claimAbout.get(id);
          if (about && !about.includes(entry.record.id)) {
            report(at(entry, ['roles', i, 'claims', j], `claim "${id}" is cited for a role of "${entry.record.id}" but its "about" does not name this actor`));
          }
        }),
      );
    }
    // a claim that did not parse may be the one that names a record
    if (ctx.brokenCollections.has('claims')) return;
    for (const entry of [...ctx.entries.events, ...ctx.entries.actors, ...ctx.entries.places]) {
      if (!mentioned.has(entry.record.id)) {
        report({ ...at(entry, ['id'], `no claim is about "${entry.record.id}"; every ${entry.collection.slice(0, -1)} needs at least one claim that names it in "about"`), rule: 'records-evidenced' });
      }
    }
  },
};
