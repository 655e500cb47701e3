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
   * Prefix an apostrophe to text cells that a spreadsheet would run as a formula: those that start
   * with = + - @, a tab or a carriage return, also after leading white space, control, zero-width
   * or bidirectional characters (and apostrophes before any of that, so the guard can be undone
   * exactly), so Excel, LibreOffice and Google Sheets show them as text (OWASP's advice against
   * CSV injection). Default true. Numbers are never touched. Turn it off for byte-exact text in
   * pandas or R, or undo it with `unneutralise`; the JSON export is always exact.
   */
  spreadsheetSafe?: boolean;
  /** Start with a UTF-8 byte order mark, which Excel needs to read UTF-8 when a file is double-clicked. Default false (RFC 4180 text, as pandas and Python's csv module read it). */
  bom?: boolean;
}

/**
 * Text cells that a spreadsheet would take for a formula: a formula character after any run of
 * white space, control, format (zero-width, bidirectional) characters, or a tab or CR first.
 */
export const FORMULA_START = /^(?:[\t\r]|[\p{White_Space}\p{Cc}\p{Cf}]*[=+\-@])/u;
// apostrophes before a formula start are guarded too, so that undoing the guard is unambiguous
const GUARDED = new RegExp(`^'*(?:${FORMULA_START.source.slice(1)})`, 'u');

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

/** The one record ending of every CSV file, the last line included (RFC 4180). */
export const CSV_RECORD_END = '\r\n';

// RFC 4180 quotes a field holding a comma, quote, CR or LF; leading or trailing white space is
// quoted too, so that no reader trims it
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/u;
const field = (text: string) => (NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/**
 * Rows to RFC 4180 CSV: every record, the last one included, ends with CRLF; fields are quoted
 * when they hold a comma, quote, CR or LF.
 * @example toCsv(['id', 'name'], [['a', 'Zhanaozen, "Janaozen"']]) // 'id,name\r\na,"Zhanaozen, ""Janaozen"""\r\n'
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | undefined)[])[], options: CsvOptions = {}): string {
  const safe = options.spreadsheetSafe ?? true;
  const lines = [header.map((h) => field(cell(h, false))), ...rows.map((r) => r.map((v) => field(cell(v, safe))))];
  // a record of one empty field would be an empty line, which readers skip: quote it
  return (options.bom ? '\uFEFF' : '') + lines.map((l) => (l.length === 1 && l[0] === '' ? '""' : l.join(',')) + CSV_RECORD_END).join('');
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
