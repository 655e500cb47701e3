/**
 * The data diff between two builds: records added, removed and changed (with the fields),
 * figures changed, and JSON Schema changes, each with the semver level VERSIONING.md gives it.
 * Pure: works on what emitAt read back, so tests can feed it small fixture datasets.
 */

import type { PendingRelease } from './pendingRelease.js';
import { figureChangeText } from '../format/figureText.js';
import type { Figure } from '../schema/index.js';

export type Bump = 'none' | 'patch' | 'minor' | 'major';
const order: Bump[] = ['none', 'patch', 'minor', 'major'];
export const maxBump = (...bumps: Bump[]): Bump => bumps.reduce((a, b) => (order.indexOf(b) > order.indexOf(a) ? b : a), 'none');

type Rec = { id: string; [field: string]: unknown };

export interface FieldChange {
  /** Dotted path with [i] for array items, e.g. "figure.value" or "actors[0].role". */
  path: string;
  before: unknown;
  after: unknown;
}

export interface RecordChange {
  id: string;
  fields: FieldChange[];
}

export interface FigureChange {
  claim: string;
  about: string[];
  source: string;
  before?: unknown;
  after?: unknown;
}

export interface SchemaChange {
  collection: string;
  /** JSON pointer-like path into the collection's JSON Schema. */
  path: string;
  what: string;
  bump: Bump;
}

export interface CollectionDiff {
  added: Rec[];
  /** Removed ids, each with the redirect that keeps it working (or none: breaking). */
  removed: { id: string; redirect?: { kind: string; to: string[] } }[];
  changed: RecordChange[];
}

export interface DataDiff {
  collections: Record<string, CollectionDiff>;
  collectionsAdded: string[];
  collectionsRemoved: string[];
  figures: { added: FigureChange[]; removed: FigureChange[]; changed: FigureChange[] };
  schema: SchemaChange[];
  /** False when the base's schemas could not be reproduced (it was built with today's code). */
  schemaCompared: boolean;
  /** The smallest release level this diff needs, and why. */
  bump: Bump;
  reasons: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Leaf-level differences between two JSON values, as dotted paths. */
export function fieldChanges(before: unknown, after: unknown, path = ''): FieldChange[] {
  if (same(before, after)) return [];
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((k) => fieldChanges(before[k], after[k], path ? `${path}.${k}` : k));
  }
  // arrays of objects are compared item by item; anything else is one change at this path
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length && before.some(isObject)) {
    return before.flatMap((item, i) => fieldChanges(item, after[i], `${path}[${i}]`));
  }
  return [{ path, before, after }];
}

function figureOf(claim: Rec): FigureChange {
  return { claim: claim.id, about: (claim.about as string[]) ?? [], source: String(claim.source ?? ''), after: claim.figure };
}

/** Compare two builds' records and schemas. */
export function diffData(
  before: { collections: Record<string, Rec[]>; schemas: Record<string, unknown> },
  after: { collections: Record<string, Rec[]>; schemas: Record<string, unknown> },
  options: { compareSchemas?: boolean } = {},
): DataDiff {
  const schemaCompared = options.compareSchemas ?? true;
  const reasons: string[] = [];
  let bump: Bump = 'none';
  const need = (level: Bump, why: string) => {
    bump = maxBump(bump, level);
    reasons.push(`${level}: ${why}`);
  };
  const names = [...new Set([...Object.keys(before.collections), ...Object.keys(after.collections)])].sort();
  const collectionsAdded = names.filter((n) => !(n in before.collections));
  const collectionsRemoved = names.filter((n) => !(n in after.collections));
  const redirects = new Map((after.collections.redirects ?? []).map((r) => [r.id, r]));

  const collections: Record<string, CollectionDiff> = {};
  for (const name of names) {
    const old = new Map((before.collections[name] ?? []).map((r) => [r.id, r]));
    const now = new Map((after.collections[name] ?? []).map((r) => [r.id, r]));
    const added = [...now.values()].filter((r) => !old.has(r.id)).sort((a, b) => a.id.localeCompare(b.id));
    const removed = [...old.keys()]
      .filter((id) => !now.has(id))
      .sort()
      .map((id) => {
        const r = redirects.get(id);
        return r ? { id, redirect: { kind: String(r.kind), to: r.to as string[] } } : { id };
      });
    const changed = [...now.values()]
      .filter((r) => old.has(r.id))
      .map((r) => ({ id: r.id, fields: fieldChanges(old.get(r.id), r) }))
      .filter((c) => c.fields.length)
      .sort((a, b) => a.id.localeCompare(b.id));
    if (added.length || removed.length || changed.length) collections[name] = { added, removed, changed };

    // a record that moved is removed under its old id and added under the new one
    const unredirected = removed.filter((r) => !r.redirect && name !== 'redirects');
    if (unredirected.length) need('major', `${name}: ${unredirected.map((r) => r.id).join(', ')} removed without a redirect`);
    // DESIGN/VERSIONING: new claims on existing records are a patch; other new records a minor
    if (added.length && name !== 'redirects') need(name === 'claims' ? 'patch' : 'minor', `${added.length} new ${name}`);
    if (changed.length) need('patch', `${changed.length} ${name} changed`);
    if (name === 'redirects' && (added.length || removed.length)) need('patch', 'redirects changed');
  }
  for (const n of collectionsAdded) need('minor', `new collection ${n}`);
  for (const n of collectionsRemoved) need('major', `collection ${n} removed`);

  const figures = { added: [] as FigureChange[], removed: [] as FigureChange[], changed: [] as FigureChange[] };
  const oldClaims = new Map((before.collections.claims ?? []).map((c) => [c.id, c]));
  const newClaims = new Map((after.collections.claims ?? []).map((c) => [c.id, c]));
  for (const [id, claim] of newClaims) {
    const was = oldClaims.get(id);
    if (claim.figure === undefined && was?.figure === undefined) continue;
    if (!was || was.figure === undefined) figures.added.push(figureOf(claim));
    else if (claim.figure === undefined) figures.removed.push({ ...figureOf(was), after: undefined, before: was.figure });
    else if (!same(was.figure, claim.figure)) figures.changed.push({ ...figureOf(claim), before: was.figure });
  }
  for (const [id, was] of oldClaims) if (!newClaims.has(id) && was.figure !== undefined) figures.removed.push({ ...figureOf(was), after: undefined, before: was.figure });
  for (const list of Object.values(figures)) list.sort((a, b) => a.claim.localeCompare(b.claim));

  const schema = !schemaCompared ? [] : Object.keys({ ...before.schemas, ...after.schemas })
    .sort()
    .flatMap((collection) => schemaChanges(collection, before.schemas[collection], after.schemas[collection]));
  for (const c of schema) need(c.bump, `schema ${c.collection}${c.path}: ${c.what}`);

  return { collections, collectionsAdded, collectionsRemoved, figures, schema, schemaCompared, bump, reasons };
}

/**
 * Changes between two JSON Schemas of the emitted records, graded for a consumer who reads
 * them: a new optional field or enum value is minor; anything a reader relied on that goes
 * away or changes type is major.
 */
export function schemaChanges(collection: string, before: unknown, after: unknown, path = ''): SchemaChange[] {
  const out: SchemaChange[] = [];
  const add = (p: string, what: string, bump: Bump) => out.push({ collection, path: p || '/', what, bump });
  if (same(before, after)) return out;
  if (before === undefined) return [{ collection, path: path || '/', what: 'added', bump: 'minor' }];
  if (after === undefined) return [{ collection, path: path || '/', what: 'removed', bump: 'major' }];
  if (!isObject(before) || !isObject(after)) {
    if (Array.isArray(before) && Array.isArray(after)) {
      const n = Math.max(before.length, after.length);
      for (let i = 0; i < n; i++) out.push(...schemaChanges(collection, before[i], after[i], `${path}/${i}`));
      return out;
    }
    add(path, `${JSON.stringify(before)} → ${JSON.stringify(after)}`, 'major');
    return out;
  }
  for (const key of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    const b = before[key];
    const a = after[key];
    if (same(a, b)) continue;
    const p = `${path}/${key}`;
    // descriptions and titles change no data
    if (key === 'description' || key === 'title' || key === '$schema' || key === 'examples') continue;
    if (key === 'properties' && isObject(b) && isObject(a)) {
      const required = new Set((after.required as string[] | undefined) ?? []);
      for (const prop of Object.keys(a).filter((k) => !(k in b)).sort()) add(`${p}/${prop}`, `field "${prop}" added${required.has(prop) ? ' (always present)' : ' (optional)'}`, 'minor');
      for (const prop of Object.keys(b).filter((k) => !(k in a)).sort()) add(`${p}/${prop}`, `field "${prop}" removed`, 'major');
      for (const prop of Object.keys(a).filter((k) => k in b).sort()) out.push(...schemaChanges(collection, b[prop], a[prop], `${p}/${prop}`));
    } else if (key === 'required') {
      const was = new Set((b as string[] | undefined) ?? []);
      const now = new Set((a as string[] | undefined) ?? []);
      const newProps = isObject(after.properties) && isObject(before.properties) ? Object.keys(after.properties).filter((k) => !(k in (before.properties as object))) : [];
      for (const r of [...now].filter((r) => !was.has(r) && !newProps.includes(r))) add(p, `"${r}" is now always present`, 'minor');
      const gone = isObject(after.properties) ? [...was].filter((r) => !now.has(r) && r in (after.properties as object)) : [];
      for (const r of gone) add(p, `"${r}" may now be absent`, 'major');
    } else if (key === 'enum' && Array.isArray(b) && Array.isArray(a)) {
      const added = a.filter((v) => !b.some((x) => same(x, v)));
      const removed = b.filter((v) => !a.some((x) => same(x, v)));
      if (added.length) add(p, `values added: ${added.map((v) => JSON.stringify(v)).join(', ')}`, 'minor');
      if (removed.length) add(p, `values removed: ${removed.map((v) => JSON.stringify(v)).join(', ')}`, 'major');
    } else if ((key === 'anyOf' || key === 'oneOf') && Array.isArray(b) && Array.isArray(a) && [...a, ...b].every((x) => isObject(x) && 'const' in x)) {
      // zod writes some enums as anyOf of consts
      const consts = (l: unknown[]) => l.map((x) => (x as { const: unknown }).const);
      out.push(...schemaChanges(collection, { enum: consts(b) }, { enum: consts(a) }, path).map((c) => ({ ...c, path: p })));
    } else if (b === undefined) {
      add(p, `"${key}" added: ${JSON.stringify(a)}`, key === 'additionalProperties' ? 'minor' : 'major');
    } else if (a === undefined) {
      add(p, `"${key}" removed (was ${JSON.stringify(b)})`, 'minor');
    } else if (isObject(b) || Array.isArray(b)) {
      out.push(...schemaChanges(collection, b, a, p));
    } else {
      add(p, `${key} ${JSON.stringify(b)} → ${JSON.stringify(a)}`, 'major');
    }
  }
  return out;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const fmt = (v: unknown) => (v === undefined ? '—' : typeof v === 'string' ? JSON.stringify(clip(v, 80)) : clip(JSON.stringify(v), 160));
const isScalarList = (v: unknown): v is unknown[] => Array.isArray(v) && !v.some((x) => typeof x === 'object' && x !== null);
/** A change as shown: lists of ids or names as what was added and removed, the rest as before → after. */
export function describeChange(f: FieldChange): string {
  if (isScalarList(f.before) && isScalarList(f.after)) {
    const before = f.before;
    const added = f.after.filter((x) => !before.includes(x));
    const removed = before.filter((x) => !(f.after as unknown[]).includes(x));
    const parts = [...added.map((x) => `+${fmt(x)}`), ...removed.map((x) => `−${fmt(x)}`)];
    return parts.length ? parts.join(', ') : 'reordered';
  }
  return `${fmt(f.before)} → ${fmt(f.after)}`;
}
// a figure of an older ref is whatever that ref built, so it is read as a figure only when it is an object
const figureText = (f: unknown) => (isObject(f) ? figureChangeText(f as Partial<Figure>) : fmt(f));
const titleOf = (r: Rec) => (typeof r.title === 'string' ? r.title : typeof r.name === 'string' ? r.name : typeof r.summary === 'string' ? r.summary : '');

/** The diff as Markdown release notes. */
export function renderMarkdown(diff: DataDiff, header: { from: string; to: string; fromVersion: string; toVersion: string; pending?: PendingRelease }): string {
  const lines: string[] = [];
  lines.push(`## Data changes in @kzprotest/data`, '');
  lines.push(`- from: ${header.from} (version ${header.fromVersion})`, `- to: ${header.to} (version ${header.toVersion})`, '');
  lines.push(`The data diff needs at least a **${diff.bump === 'none' ? 'no' : diff.bump}** release${diff.reasons.length ? ':' : '.'}`);
  for (const r of diff.reasons) lines.push(`- ${r}`);
  lines.push('');
  if (header.pending) {
    const p = header.pending;
    if (p.bump === 'none') lines.push(`No changeset for @kzprotest/data is pending: run \`npm run changeset\`.`, '');
    else lines.push(`Pending changesets (${p.files.join(', ')}) release a **${p.bump}**: ${p.currentVersion} → **${p.nextVersion}**.`, '');
    if (order.indexOf(p.bump) < order.indexOf(diff.bump)) {
      lines.push(`**Warning:** the changesets ask for ${p.bump}, but the data diff needs ${diff.bump}.`, '');
    }
  }
  const collections = Object.entries(diff.collections);
  lines.push('### Records', '');
  if (!collections.length) lines.push('No record was added, removed or changed.', '');
  for (const [name, c] of collections) {
    lines.push(`#### ${name}`, '');
    if (c.added.length) {
      lines.push(`Added (${c.added.length}):`, '');
      for (const r of c.added) lines.push(`- \`${r.id}\`${titleOf(r) ? ` ${fmt(titleOf(r))}` : ''}`);
      lines.push('');
    }
    if (c.removed.length) {
      lines.push(`Removed (${c.removed.length}):`, '');
      for (const r of c.removed) lines.push(`- \`${r.id}\`${r.redirect ? ` → ${r.redirect.kind} to ${r.redirect.to.map((t) => `\`${t}\``).join(', ')}` : ' **without a redirect (breaking)**'}`);
      lines.push('');
    }
    if (c.changed.length) {
      lines.push(`Changed (${c.changed.length}):`, '');
      for (const r of c.changed) {
        lines.push(`- \`${r.id}\`: ${[...new Set(r.fields.map((f) => f.path))].map((p) => `\`${p}\``).join(', ')}`);
        for (const f of r.fields.slice(0, 6)) lines.push(`  - \`${f.path}\`: ${describeChange(f)}`);
        if (r.fields.length > 6) lines.push(`  - … and ${r.fields.length - 6} more`);
      }
      lines.push('');
    }
  }
  lines.push('### Figures', '');
  const { added, removed, changed } = diff.figures;
  if (!added.length && !removed.length && !changed.length) lines.push('No figure was added, removed or changed.', '');
  for (const f of changed) lines.push(`- changed \`${f.claim}\` (${f.source}, about ${f.about.join(', ')}): ${figureText(f.before)} → ${figureText(f.after)}`);
  for (const f of added) lines.push(`- new \`${f.claim}\` (${f.source}, about ${f.about.join(', ')}): ${figureText(f.after)}`);
  for (const f of removed) lines.push(`- removed \`${f.claim}\` (${f.source}, about ${f.about.join(', ')}): was ${figureText(f.before)}`);
  if (added.length || removed.length || changed.length) lines.push('');
  lines.push('### Schema changes', '');
  if (!diff.schemaCompared) lines.push('Not compared: the base has no build code of its own, so its JSON Schemas cannot be reproduced.', '');
  else if (!diff.schema.length && !diff.collectionsAdded.length && !diff.collectionsRemoved.length) lines.push('None: the JSON Schemas of the records are unchanged.', '');
  for (const n of diff.collectionsAdded) lines.push(`- (minor) new collection \`${n}\``);
  for (const n of diff.collectionsRemoved) lines.push(`- (major) collection \`${n}\` removed`);
  for (const c of diff.schema) lines.push(`- (${c.bump}) \`${c.collection}\` \`${c.path}\`: ${c.what}`);
  if (diff.schema.length || diff.collectionsAdded.length || diff.collectionsRemoved.length) lines.push('');
  return `${lines.join('\n').trimEnd()}\n`;
}
