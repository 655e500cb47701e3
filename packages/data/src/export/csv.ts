import { stringify } from 'csv-stringify/sync';

/** Frictionless Table Schema field types used by our tables. */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

/** One column: its CSV header, Table Schema type and description, and how to read it off a record. */
export interface Column<R> {
  name: string;
  type: FieldType;
  description: string;
  value: (record: R) => string | number | boolean | undefined;
  /** Table Schema constraints, e.g. { required: true, unique: true }. */
  constraints?: { required?: boolean; unique?: boolean; enum?: string[] };
}

/** A table: columns plus its primary and foreign keys, shared by the CSV writer and datapackage.json. */
export interface Table<R> {
  name: string;
  title: string;
  description: string;
  columns: Column<R>[];
  primaryKey: string;
  foreignKeys: { fields: string; reference: { resource: string; fields: string } }[];
  /** What ids in a list cell are joined with; named in datapackage.json. */
}

export interface CsvOptions {
  /**
   * Prefix an apostrophe to text cells that start with = + - @, a tab or a carriage return (or
   * apostrophes and then one of those, so the guard can be undone exactly), so
   * Excel, LibreOffice and Google Sheets show them as text instead of running them as formulas
   * (OWASP's advice against CSV injection). Default true. Numbers are never touched. Turn it off
   * for byte-exact text in pandas or R; the JSON export is always exact.
   */
  spreadsheetSafe?: boolean;
  /** Start with a UTF-8 byte order mark, which Excel needs to read UTF-8 when a file is double-clicked. Default false. */
  bom?: boolean;
}

/** Text cells that a spreadsheet would take for a formula. */
export const FORMULA_START = /^[=+\-@\t\r]/;
// apostrophes before a formula start are guarded too, so that undoing the guard is unambiguous
const GUARDED = /^'*[=+\-@\t\r]/;

/** Undo the spreadsheet guard: drop one leading apostrophe when the rest is guarded text. @example unneutralise("'=1+1") // "=1+1" */
export function unneutralise(cell: string): string {
  return cell.startsWith("'") && GUARDED.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** List cells (ids, aliases) are joined with "; ". */
export const LIST_SEPARATOR = '; ';
export const joinList = (values: readonly string[] | undefined) => (values && values.length ? values.join(LIST_SEPARATOR) : undefined);

function cell(value: string | number | boolean | undefined, spreadsheetSafe: boolean): string {
  if (value === undefined) return ''; // unknown stays empty, never 0 or "n/a"
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value} to CSV`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return spreadsheetSafe && GUARDED.test(value) ? `'${value}` : value;
}

/**
 * Rows to RFC 4180 CSV (CRLF between records, fields quoted when they hold a comma, quote or line break).
 * @example toCsv(['id', 'name'], [['a', 'Zhanaozen, "Janaozen"']]) // 'id,name\r\na,"Zhanaozen, ""Janaozen"""\r\n'
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | undefined)[])[], options: CsvOptions = {}): string {
  const safe = options.spreadsheetSafe ?? true;
  const body = stringify([header.map((h) => cell(h, false)), ...rows.map((r) => r.map((v) => cell(v, safe)))], {
    record_delimiter: 'windows',
    quoted_match: /^\s|\s$/, // keep leading/trailing spaces visible and intact in every reader
  });
  return (options.bom ? '\uFEFF' : '') + body;
}

/**
 * A table's records as CSV, columns in the table's order.
 * @example tableToCsv(eventsTable(dataset), dataset.events)
 */
export function tableToCsv<R>(table: Table<R>, records: readonly R[], options: CsvOptions = {}): string {
  return toCsv(
    table.columns.map((c) => c.name),
    records.map((r) => table.columns.map((c) => c.value(r))),
    options,
  );
}
