import type { Dataset } from '../dataset.js';
import type { CslName, Source } from '../schema/index.js';
import { joinList, tableToCsv, type CsvOptions, type Table } from './csv.js';

const nameText = (n: CslName) => ('literal' in n ? n.literal : `${n.family}, ${n.given}`);

/** The sources table: bibliographic data, perspective, and what could not be verified. */
export function sourcesTable(_data: Dataset): Table<Source> {
  return {
    name: 'sources',
    title: 'Sources',
    description: 'One source text per row. Fields that could not be verified are empty and named in unverified.',
    primaryKey: 'id',
    foreignKeys: [],
    columns: [
      { name: 'id', type: 'string', description: 'Permanent source id.', value: (s) => s.id, constraints: { required: true, unique: true } },
      { name: 'type', type: 'string', description: 'CSL item type.', value: (s) => s.type },
      { name: 'title', type: 'string', description: 'Title.', value: (s) => s.title },
      { name: 'subtitle', type: 'string', description: 'Subtitle.', value: (s) => s.subtitle },
      { name: 'authors', type: 'string', description: 'Authors as "Family, Given" or an organisation name, joined with "; ".', value: (s) => joinList(s.author.map(nameText)) },
      { name: 'issued', type: 'string', description: 'Publication date as EDTF; empty when none could be verified.', value: (s) => s.issued },
      { name: 'container_title', type: 'string', description: 'Periodical or site.', value: (s) => s['container-title'] },
      { name: 'publisher', type: 'string', description: 'Publisher.', value: (s) => s.publisher },
      { name: 'url', type: 'string', description: 'Address of the text; empty when none was verified.', value: (s) => s.URL },
      { name: 'language', type: 'string', description: 'Language code.', value: (s) => s.language },
      { name: 'seed', type: 'string', description: 'File name of the source text under seeds/ in the repository.', value: (s) => s.seed },
      { name: 'perspective', type: 'string', description: 'journalism, advocacy, analysis or state.', value: (s) => s.perspective },
      { name: 'perspective_note', type: 'string', description: 'Who speaks in the source, and how.', value: (s) => s.perspectiveNote },
      { name: 'content_warnings', type: 'string', description: 'Joined with "; ".', value: (s) => joinList(s.contentWarnings) },
      { name: 'word_count', type: 'integer', description: 'Words in the body.', value: (s) => s.wordCount },
      { name: 'reading_minutes', type: 'integer', description: 'At 200 words a minute, rounded up.', value: (s) => s.readingMinutes },
      { name: 'original_title', type: 'string', description: 'Title of the work a republication reprints.', value: (s) => s.original?.title },
      { name: 'original_publisher', type: 'string', description: 'Its publisher.', value: (s) => s.original?.publisher },
      { name: 'original_issued', type: 'string', description: 'Its date as EDTF.', value: (s) => s.original?.issued },
      { name: 'original_url', type: 'string', description: 'Its address.', value: (s) => s.original?.URL },
      { name: 'unverified', type: 'string', description: 'Fields that could not be verified, as "field: note", joined with " | ".', value: (s) => (s.unverified.length ? s.unverified.map((u) => `${u.field}: ${u.note}`).join(' | ') : undefined) },
      { name: 'errata', type: 'string', description: 'Ids of errors recorded inside the source, joined with "; ".', value: (s) => joinList(s.errata.map((e) => e.id)) },
      { name: 'note', type: 'string', description: 'Note.', value: (s) => s.note },
    ],
  };
}

/** Sources as CSV. @example sourcesCsv(dataset) */
export function sourcesCsv(data: Dataset, options?: CsvOptions): string {
  return tableToCsv(sourcesTable(data), data.sources, options);
}
