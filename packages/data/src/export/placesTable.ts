import type { Dataset } from '../dataset.js';
import type { Place } from '../schema/index.js';
import { joinList, tableToCsv, type CsvOptions, type Table } from './csv.js';

/** The places table: names, spellings, containment and coordinates with their origin. */
export function placesTable(_data: Dataset): Table<Place> {
  return {
    name: 'places',
    title: 'Places',
    description: 'One place per row. No source gives coordinates: they come from a gazetteer, named in the coordinates_ columns.',
    primaryKey: 'id',
    foreignKeys: [{ fields: 'part_of', reference: { resource: 'places', fields: 'id' } }],
    columns: [
      { name: 'id', type: 'string', description: 'Permanent place id.', value: (p) => p.id, constraints: { required: true, unique: true } },
      { name: 'kind', type: 'string', description: 'country, region, city, town, district, site or building.', value: (p) => p.kind },
      { name: 'name', type: 'string', description: 'Name.', value: (p) => p.name },
      { name: 'aliases', type: 'string', description: 'Other spellings in the sources, joined with "; ".', value: (p) => joinList(p.aliases) },
      { name: 'part_of', type: 'string', description: 'The place it lies in.', value: (p) => p.partOf },
      { name: 'latitude', type: 'number', description: 'WGS 84 latitude; empty when unknown.', value: (p) => p.coordinates?.latitude },
      { name: 'longitude', type: 'number', description: 'WGS 84 longitude.', value: (p) => p.coordinates?.longitude },
      { name: 'coordinates_dataset', type: 'string', description: 'The gazetteer the coordinates come from.', value: (p) => p.coordinates?.origin.dataset },
      { name: 'coordinates_record', type: 'string', description: 'Its record.', value: (p) => p.coordinates?.origin.record },
      { name: 'coordinates_license', type: 'string', description: 'Its licence.', value: (p) => p.coordinates?.origin.license },
      { name: 'coordinates_note', type: 'string', description: 'Note on the coordinates.', value: (p) => p.coordinates?.origin.note },
      { name: 'description', type: 'string', description: 'Description.', value: (p) => p.description },
      { name: 'claim_ids', type: 'string', description: 'Claims about the place, joined with "; ".', value: (p) => joinList(p.claims) },
    ],
  };
}

/** Places as CSV. @example placesCsv(dataset) */
export function placesCsv(data: Dataset, options?: CsvOptions): string {
  return tableToCsv(placesTable(data), data.places, options);
}
