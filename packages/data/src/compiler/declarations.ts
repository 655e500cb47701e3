import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The package's entries, each with an ES module and a CommonJS build (see tsup.config.ts). */
export const declarationEntries = ['index', 'schema', 'export', 'format'] as const;

/**
 * tsup writes the same declarations twice, as .d.ts for the ES module build and .d.cts for the
 * CommonJS one. The types are the same, and an ES module may import CommonJS, so each entry's
 * .d.ts re-exports its .d.cts and the .d.ts chunks are removed: the declarations ship once.
 */
export function shareDeclarations(folder: string): void {
  const entries = new Set<string>(declarationEntries.map((e) => `${e}.d.ts`));
  for (const name of readdirSync(folder)) {
    if (!name.endsWith('.d.ts')) continue;
    if (entries.has(name)) writeFileSync(join(folder, name), `export * from './${name.slice(0, -'.d.ts'.length)}.cjs';\n`);
    else rmSync(join(folder, name));
  }
}

/** A zod schema as far as the declarations need it: its description and what it wraps. */
interface SchemaLike {
  description?: string;
  def?: { innerType?: SchemaLike; element?: SchemaLike; in?: SchemaLike; options?: SchemaLike[] };
  shape?: Record<string, SchemaLike>;
}

/** The description of a field, looked for through optional, default, array and pipe wrappers. */
function describedOf(schema: SchemaLike | undefined): string | undefined {
  for (let s = schema; s; s = s.def?.innerType ?? s.def?.in) if (s.description) return s.description;
  return undefined;
}

/** The object shape a field holds, through optional, default, array and pipe wrappers. */
function shapeOf(schema: SchemaLike | undefined): Record<string, SchemaLike> | undefined {
  for (let s = schema; s; s = s.def?.innerType ?? s.def?.element ?? s.def?.in) if (s.shape) return s.shape;
  return undefined;
}

const jsDoc = (indent: string, text: string) => `${indent}/** ${text.replaceAll('*/', '*\\/')} */`;

/**
 * zod's descriptions (`.describe()`) as JSDoc on the properties of each schema's declared shape,
 * which `tsc` leaves out: a record type is `z.infer` of the schema, and an editor's hover shows
 * the JSDoc of the shape's property it maps from.
 */
export function documentDeclarations(folder: string, schemas: Record<string, unknown>): void {
  for (const name of readdirSync(folder)) {
    if (!name.endsWith('.d.cts')) continue;
    const path = join(folder, name);
    const lines = readFileSync(path, 'utf8').split('\n');
    const out: string[] = [];
    // the shapes being walked, by the indent of their properties
    let frames: { indent: number; shape: Record<string, SchemaLike> }[] = [];
    for (const line of lines) {
      const start = /^declare const ([A-Za-z0-9_]+?)(?:\$\d+)?: z\.ZodObject<\{$/.exec(line);
      if (start) {
        const shape = shapeOf(schemas[start[1]!] as SchemaLike | undefined);
        frames = shape ? [{ indent: 4, shape }] : [];
        out.push(line);
        continue;
      }
      const property = /^( +)"?([A-Za-z0-9_-]+)"?\??: (.*)$/.exec(line);
      if (property && frames.length) {
        const indent = property[1]!.length;
        frames = frames.filter((f) => f.indent <= indent);
        const frame = frames.at(-1);
        if (frame?.indent === indent) {
          const field = frame.shape[property[2]!];
          const description = describedOf(field);
          if (description && !out.at(-1)?.trim().startsWith('/**')) out.push(jsDoc(property[1]!, description));
          const nested = property[3]!.endsWith('<{') ? shapeOf(field) : undefined;
          if (nested) frames.push({ indent: indent + 4, shape: nested });
        }
      } else if (/^\S/.test(line)) frames = [];
      out.push(line);
    }
    writeFileSync(path, out.join('\n'));
  }
}
