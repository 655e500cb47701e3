import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

/** A parsed record file that can say on which line any field path sits. */
export interface ParsedFile {
  data: unknown;
  lineOf(path: readonly (string | number)[]): number | undefined;
  syntaxErrors: { line: number; message: string }[];
}

/** Parse one YAML record file, keeping what is needed to point errors at lines. */
export function parseYamlFile(text: string): ParsedFile {
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
