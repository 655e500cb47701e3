import { CORE_SCHEMA, load } from 'js-yaml';
import { CST, isMap, isSeq, Lexer, LineCounter, parseDocument, type Document, type Node } from 'yaml';

/** A record file as read: its data, or why it was refused, and on which line any field path sits. */
export interface ParsedFile {
  data: unknown;
  lineOf(path: readonly (string | number)[]): number | undefined;
  syntaxErrors: { line: number; message: string }[];
}

/** Control characters other than tab and line feed: invisible in an editor, and never meant in a record. */
const CONTROL_CLASS = '\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F';
const CONTROL = new RegExp(`[${CONTROL_CLASS}]`, 'g');
const CONTROL_NAMES: Record<string, string> = { '\u0000': 'NUL', '\r': 'carriage return', '\u001B': 'escape', '\u007F': 'delete' };
/** At most this many problems of one kind per file: the first ones show what to fix. */
const MAX_REPORTED = 5;

/**
 * Read one YAML record file. js-yaml (YAML 1.2 core schema, duplicate keys refused) alone decides
 * what a file means; it reads a well-formed file ten times faster than the `yaml` package, which
 * matters at 100,000 records. Refused before it runs, each at its line: control characters, and
 * YAML tags, anchors and aliases, which records never need (an alias bomb costs gigabytes). The
 * `yaml` package is used only to find lines, never for data.
 */
export function parseYamlFile(text: string): ParsedFile {
  // one regex scan clears most files of both checks, which then need no further regex or lexer
  const suspect = suspectCharacters(text);
  if (suspect) {
    const refused = [...(suspect & CONTROL_FOUND ? controlCharacters(text) : []), ...(suspect & MARK_FOUND ? tagsAnchorsAliases(text) : [])];
    if (refused.length) return failed(refused);
  }
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA });
  } catch (error) {
    const e = error as { name?: string; reason?: string; mark?: { line: number }; message: string };
    if (e.name !== 'YAMLException') throw error;
    return failed([locateSyntaxError(text, e.reason ?? e.message, (e.mark?.line ?? 0) + 1)]);
  }
  return { data: data ?? null, syntaxErrors: [], lineOf: (path) => lineOfPath(text, path) };
}

const failed = (syntaxErrors: ParsedFile['syntaxErrors']): ParsedFile => ({ data: undefined, syntaxErrors, lineOf: () => undefined });

const lineAtOffset = (text: string, offset: number) => {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
};

const CONTROL_FOUND = 1;
const MARK_FOUND = 2;

/** The characters that start a YAML tag, anchor or alias. */
const MARK = /[!&*]/;
/** A character of CONTROL or of MARK; without CONTROL's `g`, so a test keeps no position between files. */
const SUSPECT = new RegExp(`[${CONTROL_CLASS}!&*]`);
const CONTROL_ANY = new RegExp(`[${CONTROL_CLASS}]`);

/**
 * Whether a text holds a character of CONTROL (CONTROL_FOUND) or one of ! & * (MARK_FOUND), as
 * bits. A regex scans for a character class faster than a loop over the characters (about 0.2 s
 * against 0.5 s over a 100,000-event corpus), and most files match neither.
 */
function suspectCharacters(text: string): number {
  if (!SUSPECT.test(text)) return 0;
  return (CONTROL_ANY.test(text) ? CONTROL_FOUND : 0) | (MARK.test(text) ? MARK_FOUND : 0);
}

function controlCharacters(text: string): ParsedFile['syntaxErrors'] {
  const found: ParsedFile['syntaxErrors'] = [];
  let sawCarriageReturn = false;
  for (const m of text.matchAll(CONTROL)) {
    const line = lineAtOffset(text, m.index);
    const char = m[0];
    // one line per report, and Windows line endings once for the whole file
    if (found.at(-1)?.line === line || (char === '\r' && sawCarriageReturn)) continue;
    if (char === '\r') sawCarriageReturn = true;
    const code = `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    const column = m.index - text.lastIndexOf('\n', m.index - 1);
    found.push({
      line,
      message:
        char === '\r'
          ? `a carriage return (${code}): the file has Windows line endings from this line on; save it with Unix (LF) line endings`
          : `a control character ${code}${CONTROL_NAMES[char] ? ` (${CONTROL_NAMES[char]})` : ''} at column ${column}; record files hold only printable text, tabs and line breaks`,
    });
    if (found.length === MAX_REPORTED) break;
  }
  return found;
}

/** Source tokens of the `yaml` lexer with their offsets; the lexer's own markers take no room in the text. */
function* tokens(text: string): Generator<{ type: ReturnType<typeof CST.tokenType>; source: string; offset: number }> {
  let offset = 0;
  for (const source of new Lexer().lex(text)) {
    const type = CST.tokenType(source);
    yield { type, source, offset };
    if (type !== 'doc-mode' && type !== 'flow-error-end' && type !== 'scalar') offset += source.length;
  }
}

function tagsAnchorsAliases(text: string): ParsedFile['syntaxErrors'] {
  // most files hold none of these characters, and then need no lexing at all
  if (!MARK.test(text)) return [];
  const found: ParsedFile['syntaxErrors'] = [];
  for (const t of tokens(text)) {
    const shown = t.source.length > 40 ? `${t.source.slice(0, 40)}…` : t.source;
    if (t.type === 'tag') found.push({ line: lineAtOffset(text, t.offset), message: `a YAML tag (${shown}) is not allowed in record files; write the value as plain text` });
    else if (t.type === 'anchor' || t.type === 'alias') {
      found.push({ line: lineAtOffset(text, t.offset), message: `a YAML ${t.type} (${shown}) is not allowed in record files; write each value out in full` });
    }
    if (found.length === MAX_REPORTED) break;
  }
  return found;
}

/**
 * Where a js-yaml error really is. js-yaml finds an unclosed quote only at the end of the file,
 * so the lexer finds the quote that opens it; every other error stays where js-yaml put it.
 */
function locateSyntaxError(text: string, reason: string, line: number): { line: number; message: string } {
  const quote = /within a (single|double) quoted scalar/.exec(reason);
  if (quote && /end of the stream/.test(reason)) {
    const mark = quote[1] === 'single' ? "'" : '"';
    const type = quote[1] === 'single' ? 'single-quoted-scalar' : 'double-quoted-scalar';
    let opened: number | undefined;
    for (const t of tokens(text)) {
      if (t.type === type && (t.source.length < 2 || !t.source.endsWith(mark) || t.offset + t.source.length >= text.trimEnd().length)) opened = t.offset;
    }
    if (opened !== undefined) return { line: lineAtOffset(text, opened), message: `the ${mark} opened on this line is never closed` };
  }
  if (/expected a single document/.test(reason)) {
    // js-yaml points at the first document; the mistake is where the second one starts
    let content = false;
    for (const t of tokens(text)) {
      if (content && (t.type === 'doc-start' || t.type === 'doc-end')) return { line: lineAtOffset(text, t.offset), message: 'a record file holds one YAML document; this "---" or "..." starts another' };
      if (t.type === 'scalar' || t.type === 'flow-map-start' || t.type === 'flow-seq-start' || t.type === 'seq-item-ind') content = true;
    }
  }
  return { line, message: reason };
}

let lastPositions: { text: string; lineOf: ParsedFile['lineOf'] } | undefined;

/**
 * The line of a field in a record file's YAML, for an issue reported there. The file is parsed
 * again with positions; the last one is kept, as a file's issues tend to come together.
 * @example lineOfPath('id: a\nname: B\n', ['name']) // 2
 */
export function lineOfPath(text: string, path: readonly (string | number)[]): number | undefined {
  if (lastPositions?.text !== text) lastPositions = { text, lineOf: positionsOf(text) };
  return lastPositions.lineOf(path);
}

/** A line finder for a file js-yaml has read: the `yaml` package's nodes know their offsets. */
export function positionsOf(text: string): ParsedFile['lineOf'] {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, uniqueKeys: true });
  return (path) => {
    // walk as deep as the path exists; a missing field is reported at its parent
    let node: Node | null | undefined = doc.contents as Node | null;
    let found = node;
    for (const key of path) {
      if (isMap(node)) node = node.get(key, true) as Node | undefined;
      else if (isSeq(node) && typeof key === 'number') node = node.get(key, true) as Node | undefined;
      else node = undefined;
      if (!node) break;
      found = node;
    }
    const offset = found?.range?.[0];
    return offset === undefined ? undefined : lineCounter.linePos(offset).line;
  };
}
