import type { z } from 'zod';
import type { CollectionName } from '../schema/index.js';
import type { ActorInput, ClaimInput, EventInput, PlaceInput, RedirectInput, SourceInput, ThemeInput } from '../schema/index.js';
import type { BuildIssue } from './issue.js';
import { lineOfPath } from './yamlFile.js';

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
  /** The file's YAML, kept to find a field's line only when an issue is reported there. */
  text: string;
}

export interface SeedInfo {
  file: string;
  text: string;
  /** [start, end) offsets of each quotable region. */
  regions: { kind: 'body' | 'attribution' | 'caption'; start: number; end: number }[];
}

/** Everything the rules look at, gathered once. */
export interface BuildContext {
  entries: { [C in CollectionName]: Entry<C>[] };
  byId: Map<string, Entry>;
  /** Ids of records that failed their schema: already reported, so references to them are not. */
  brokenIds: Set<string>;
  /** Collections with a record that did not parse; checks that need every record of one hold back. */
  brokenCollections: Set<CollectionName>;
  /** Seed text and regions per source id (only sources whose seed and regions are valid). */
  seeds: Map<string, SeedInfo>;
  /** Resolved quote offsets, keyed by `${id}#${path}`. */
  quotes: Map<string, { start: number; end: number; region: 'body' | 'attribution' | 'caption' }>;
  /** Earliest/latest day per event id (only valid EDTF dates). */
  dateRanges: Map<string, { earliest: string; latest: string }>;
  releasedIds?: readonly string[];
}

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
  check(ctx: BuildContext, report: (issue: Omit<BuildIssue, 'rule'> & { rule?: string }) => void): void;
}

/** Build an issue located at a field of an entry. */
export function at(entry: Entry, path: (string | number)[], message: string): Omit<BuildIssue, 'rule'> {
  return { file: entry.file, id: entry.record.id, path, line: lineOfPath(entry.text, path), message };
}
