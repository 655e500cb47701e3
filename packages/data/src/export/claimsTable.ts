import type { Dataset } from '../dataset.js';
import type { Claim } from '../schema/index.js';
import { joinList, tableToCsv, type CsvOptions, type Table } from './csv.js';

/** The claims table: one quoted statement per row, with its offsets into the seed and its figure. */
export function claimsTable(_data: Dataset): Table<Claim> {
  return {
    name: 'claims',
    title: 'Claims',
    description: 'One statement of one source per row, with the verbatim quote (line breaks kept) and its figure if any.',
    primaryKey: 'id',
    foreignKeys: [{ fields: 'source', reference: { resource: 'sources', fields: 'id' } }],
    columns: [
      { name: 'id', type: 'string', description: 'Permanent claim id.', value: (c) => c.id, constraints: { required: true, unique: true } },
      { name: 'source', type: 'string', description: 'The source id.', value: (c) => c.source, constraints: { required: true } },
      { name: 'kind', type: 'string', description: 'fact, figure, allegation, official-claim, opinion or analysis.', value: (c) => c.kind },
      { name: 'region', type: 'string', description: 'Where in the seed the quote lies: body, attribution or caption.', value: (c) => c.region },
      { name: 'attributed_to', type: 'string', description: 'Actor ids whose voice it is, outermost first, joined with "; "; empty means the source\'s own voice.', value: (c) => joinList(c.attributedTo) },
      { name: 'about', type: 'string', description: 'Ids of the records the claim is evidence for, joined with "; ".', value: (c) => joinList(c.about) },
      { name: 'quote', type: 'string', description: 'The exact words of the source, byte for byte.', value: (c) => c.quote.exact },
      { name: 'quote_prefix', type: 'string', description: 'Text just before the quote, where needed to tell repeats apart.', value: (c) => c.quote.prefix },
      { name: 'quote_suffix', type: 'string', description: 'Text just after the quote, where needed.', value: (c) => c.quote.suffix },
      { name: 'quote_start', type: 'integer', description: 'JavaScript string index of the quote in the seed text.', value: (c) => c.quote.start },
      { name: 'quote_end', type: 'integer', description: 'Index just past the quote.', value: (c) => c.quote.end },
      { name: 'figure_property', type: 'string', description: 'What the figure counts (killed, wounded, detained, ...).', value: (c) => c.figure?.property },
      { name: 'figure_value', type: 'number', description: 'The figure as one number.', value: (c) => c.figure?.value },
      { name: 'figure_min', type: 'number', description: 'Lower bound, when the figure is a range or a lower bound.', value: (c) => c.figure?.min },
      { name: 'figure_max', type: 'number', description: 'Upper bound.', value: (c) => c.figure?.max },
      { name: 'figure_qualifier', type: 'string', description: 'The source\'s hedging: none, at least, about, up to, ...', value: (c) => c.figure?.qualifier },
      { name: 'figure_unit', type: 'string', description: 'people, years, USD, ...', value: (c) => c.figure?.unit },
      { name: 'figure_raw', type: 'string', description: 'The figure as printed ("7 and 1/2 years").', value: (c) => c.figure?.raw },
      { name: 'summary', type: 'string', description: 'What the quote says, in plain words.', value: (c) => c.summary },
      { name: 'disputes', type: 'string', description: 'Ids of the claims that contradict this one, joined with "; " (each link is listed at both claims): read them side by side.', value: (c) => joinList(c.disputes) },
    ],
  };
}

/** Claims as CSV. @example claimsCsv(dataset) */
export function claimsCsv(data: Dataset, options?: CsvOptions): string {
  return tableToCsv(claimsTable(data), data.claims, options);
}
