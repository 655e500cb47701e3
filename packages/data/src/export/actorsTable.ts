import type { Dataset } from '../dataset.js';
import type { Actor } from '../schema/index.js';
import { joinList, tableToCsv, type CsvOptions, type Table } from './csv.js';

/** The actors table: people, organisations and groups with every spelling the sources use. */
export function actorsTable(_data: Dataset): Table<Actor> {
  return {
    name: 'actors',
    title: 'Actors',
    description: 'One person, organisation or group per row.',
    primaryKey: 'id',
    foreignKeys: [{ fields: 'part_of', reference: { resource: 'actors', fields: 'id' } }],
    columns: [
      { name: 'id', type: 'string', description: 'Permanent actor id.', value: (a) => a.id, constraints: { required: true, unique: true } },
      { name: 'kind', type: 'string', description: 'person, organization or group.', value: (a) => a.kind },
      { name: 'organization_type', type: 'string', description: 'party, union, security-force, media-outlet, ...', value: (a) => a.organizationType },
      { name: 'name', type: 'string', description: 'The name as a source spells it (or our label, when name_is_descriptive).', value: (a) => a.name },
      { name: 'name_is_descriptive', type: 'boolean', description: 'true when the name is our label for a loosely named collective.', value: (a) => a.nameIsDescriptive },
      { name: 'aliases', type: 'string', description: 'Other spellings in the sources, joined with "; ".', value: (a) => joinList(a.aliases) },
      { name: 'description', type: 'string', description: 'Description.', value: (a) => a.description },
      { name: 'roles', type: 'string', description: 'Roles as "role (organization, date)", joined with " | ".', value: (a) => (a.roles.length ? a.roles.map((r) => `${r.role}${r.organization || r.date ? ` (${[r.organization, r.date].filter(Boolean).join(', ')})` : ''}`).join(' | ') : undefined) },
      { name: 'part_of', type: 'string', description: 'The actor this one belongs to.', value: (a) => a.partOf },
      { name: 'claim_ids', type: 'string', description: 'Claims about the actor, joined with "; ".', value: (a) => joinList(a.claims) },
    ],
  };
}

/** Actors as CSV. @example actorsCsv(dataset) */
export function actorsCsv(data: Dataset, options?: CsvOptions): string {
  return tableToCsv(actorsTable(data), data.actors, options);
}
