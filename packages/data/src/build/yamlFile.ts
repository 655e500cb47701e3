import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

/** A parsed record file that can say on which line any field path sits. */
export interface ParsedFile {
  data: unknown;
  lineOf(path: readonly (string | number)[]): number | undefined;
  syntaxErrors: { line: number; message: string }[];
}

/**
 * Parse one YAML record file. js-yaml (YAML 1.2 core schema, duplicate keys refused) reads a
 * well-formed file ten times faster than the `yaml` package, which matters at 100,000
 * records; the `yaml` package, whose errors and nodes carry line numbers, reads a file only
 * when js-yaml refuses it or a rule asks on which line a field is.
 */
export function parseYamlFile(text: string): ParsedFile {
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA });
  } catch {
    return parseWithPositions(text);
  }
  return { data: data ?? null, syntaxErrors: [], lineOf: (path) => lineOfPath(text, path) };
}

let lastPositions: { text: string; parsed: ParsedFile } | undefined;

/**
 * The line of a field in a record file's YAML, for an issue reported there. The file is parsed
 * again with positions; the last one is kept, as a file's issues tend to come together.
 * @example lineOfPath('id: a\nname: B\n', ['name']) // 2
 */
export function lineOfPath(text: string, path: readonly (string | number)[]): number | undefined {
  if (lastPositions?.text !== text) lastPositions = { text, parsed: parseWithPositions(text) };
  return lastPositions.parsed.lineOf(path);
}

/** Parse with the `yaml` package, keeping what is needed to point errors at lines. */
export function parseWithPositions(text: string): ParsedFile {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const syntaxErrors = doc.errors.map((e) => ({
    line: e.linePos?.[0]?.line ?? 1,
    message: (e.message.split('\n')[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, ''),
  }));
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  return {
    data: syntaxErrors.length ? undefined : doc.toJS(),
    syntaxErrors,
    lineOf(path) {
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
      return offset === undefined ? undefined : lineAt(offset);
    },
  };
}
