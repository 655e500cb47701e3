import type { Entry, Rule } from '../context.js';
import { at } from '../context.js';
import type { CollectionName } from '../../schema/index.js';

type Path = (string | number)[];
type Key = string | number | undefined;
/** A reference's field path comes as up to five keys, made into an array only for a reference that is reported. */
type Visit = (id: string, allowed: readonly CollectionName[], k0: string, k1?: Key, k2?: Key, k3?: Key, k4?: Key) => void;

const SOURCES: readonly CollectionName[] = ['sources'];
const CLAIMS: readonly CollectionName[] = ['claims'];
const ACTORS: readonly CollectionName[] = ['actors'];
const PLACES: readonly CollectionName[] = ['places'];
const THEMES: readonly CollectionName[] = ['themes'];
const EVENTS: readonly CollectionName[] = ['events'];
const SUBJECTS: readonly CollectionName[] = ['events', 'actors', 'places', 'themes', 'sources'];
const RECORDS: readonly CollectionName[] = ['sources', 'claims', 'events', 'actors', 'places', 'themes'];
const BOUNDS = ['on', 'start', 'end'] as const;

/** The field path of a reference from its keys. */
const pathOf = (...keys: Key[]): Path => keys.filter((k) => k !== undefined);

/**
 * Call `visit` for every reference a record makes to another record. The field path is passed
 * as keys, not as an array or a function that builds one: a 100,000-event corpus has a million
 * references and almost none is wrong.
 */
function forEachReference(entry: Entry, visit: Visit): void {
  const r = entry.record as Record<string, any>;
  const list = (field: string, ids: string[] | undefined, allowed: readonly CollectionName[]) => {
    if (ids) for (let i = 0; i < ids.length; i++) visit(ids[i]!, allowed, field, i);
  };
  switch (entry.collection) {
    case 'sources': {
      list('attributionClaims', r.attributionClaims, CLAIMS);
      const errata = r.errata ?? [];
      for (let i = 0; i < errata.length; i++) {
        const evidence = errata[i].evidence;
        for (let j = 0; j < evidence.length; j++) visit(evidence[j].source, SOURCES, 'errata', i, 'evidence', j, 'source');
      }
      break;
    }
    case 'claims':
      if (r.source !== undefined) visit(r.source, SOURCES, 'source');
      list('attributedTo', r.attributedTo, ACTORS);
      list('about', r.about, SUBJECTS);
      list('disputes', r.disputes, CLAIMS);
      break;
    case 'events':
      list('dateClaims', r.dateClaims, CLAIMS);
      list('places', r.places, PLACES);
      for (let i = 0; i < r.actors.length; i++) visit(r.actors[i].actor, ACTORS, 'actors', i, 'actor');
      list('themes', r.themes, THEMES);
      if (r.partOf !== undefined) visit(r.partOf, EVENTS, 'partOf');
      list('causes', r.causes, EVENTS);
      for (const bound of BOUNDS) {
        const basis = r.dateBasis?.[bound];
        if (basis?.claim !== undefined) visit(basis.claim, CLAIMS, 'dateBasis', bound, 'claim');
        if (basis?.terminus !== undefined) visit(basis.terminus, SOURCES, 'dateBasis', bound, 'terminus');
      }
      break;
    case 'actors':
      if (r.partOf !== undefined) visit(r.partOf, ACTORS, 'partOf');
      for (let i = 0; i < r.roles.length; i++) {
        const role = r.roles[i];
        if (role.organization !== undefined) visit(role.organization, ACTORS, 'roles', i, 'organization');
        for (let j = 0; j < role.claims.length; j++) visit(role.claims[j], CLAIMS, 'roles', i, 'claims', j);
      }
      break;
    case 'places':
      if (r.partOf !== undefined) visit(r.partOf, PLACES, 'partOf');
      break;
    case 'themes':
      if (r.broader !== undefined) visit(r.broader, THEMES, 'broader');
      break;
    case 'redirects':
      list('to', r.to, RECORDS);
      break;
  }
}

export const referencesResolve: Rule = {
  name: 'references-resolve',
  description: 'Every id a record points to exists, in a collection that field may point to.',
  check(ctx, report) {
    let entry: Entry;
    // one visitor for every record, so no closure is made per record or per reference
    const visit: Visit = (id, allowed, k0, k1, k2, k3, k4) => {
      const target = ctx.byId.get(id);
      if (!target && ctx.brokenIds.has(id)) return;
      if (!target) {
        const redirect = ctx.entries.redirects.find((r) => r.record.id === id);
        const hint = redirect ? ` (it was ${redirect.record.kind} to ${redirect.record.to.join(', ')}; point there)` : '';
        report(at(entry, pathOf(k0, k1, k2, k3, k4), `"${id}" does not exist${hint}; expected the id of one of: ${allowed.join(', ')}`));
      } else if (!allowed.includes(target.collection)) {
        report(at(entry, pathOf(k0, k1, k2, k3, k4), `"${id}" is in ${target.collection}, but this field takes ${allowed.join(' or ')}`));
      } else if (id === entry.record.id && !pathOf(k0, k1, k2, k3, k4).includes('evidence')) {
        report(at(entry, pathOf(k0, k1, k2, k3, k4), `a record cannot point to itself`));
      }
    };
    for (const list of Object.values(ctx.entries) as Entry[][]) {
      for (entry of list) forEachReference(entry, visit);
    }
  },
};
