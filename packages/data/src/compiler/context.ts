import type { z } from 'zod';
import type { CollectionName } from '../schema/index.js';
import type { ActorInput, ClaimInput, EventInput, PlaceInput, RedirectInput, SourceInput, ThemeInput } from '../schema/index.js';
import type { BuildIssue } from './issue.js';
import type { Resolved } from './resolve/index.js';
import { lineOfPath } from './yamlFile.js';

/**
 * The one empty list every record's empty field holds (most claims dispute nothing, most events
 * list no causes): about 600,000 of them at 100,000 events, 32 bytes each. Frozen, so code that
 * would add to one record's list throws instead of adding to all of them.
 */
export const NO_ITEMS = Object.freeze([]) as unknown as never[];

/** The parsed (zod output) shape of each collection's YAML records. */
export interface InputRecords {
  sources: z.output<typeof SourceInput>;
  claims: z.output<typeof ClaimInput>;
  events: z.output<typeof EventInput>;
  actors: z.output<typeof ActorInput>;
  places: z.output<typeof PlaceInput>;
  themes: z.output<typeof ThemeInput>;
  redirects: z.output<typeof RedirectInput>;
}

export interface Entry<C extends CollectionName = CollectionName> {
  collection: C;
  file: string;
  record: InputRecords[C];
  /** The file's YAML, to find a field's line only when an issue is reported there (kept, or read again: see BuildInput.reread). */
  readonly text: string;
}

/** The records as parsed, before anything they point at is resolved. */
export interface ParsedRecords {
  readonly entries: { readonly [C in CollectionName]: readonly Entry<C>[] };
  readonly byId: ReadonlyMap<string, Entry>;
  /** Ids of records that failed their schema: already reported, so references to them are not. */
  readonly brokenIds: ReadonlySet<string>;
  /** Collections with a record that did not parse; checks that need every record of one hold back. */
  readonly brokenCollections: ReadonlySet<CollectionName>;
  readonly releasedIds?: readonly string[];
}

/** Everything the rules look at, gathered and resolved once; read-only, so no rule feeds another. */
export type BuildContext = ParsedRecords & Readonly<Resolved>;

/** A named integrity check, in the manner of browser-compat-data's linters. */
export interface Rule {
  name: string;
  description: string;
  /**
   * An editorial rule (how a record must be written) rather than one the records need to be
   * emitted at all; a ref built with newer build code than its own skips these, because its data
   * was written before they existed.
   */
  editorial?: boolean;
  /** Report what is wrong; a check reads the context and changes nothing, so rules run in any order. */
  check(ctx: BuildContext, report: (issue: Omit<BuildIssue, 'rule'> & { rule?: string }) => void): void;
}

/** Build an issue located at a field of an entry. */
export function at(entry: Entry, path: (string | number)[], message: string): Omit<BuildIssue, 'rule'> {
  return { file: entry.file, id: entry.record.id, path, line: lineOfPath(entry.text, path), message };
}
