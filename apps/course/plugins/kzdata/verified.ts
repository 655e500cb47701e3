/**
 * The verified-field policy: a source field the record lists as unverified is never shown
 * as a fact (no link to an unconfirmed address, no unconfirmed date stated as known).
 */
import type { Source } from '@kzprotest/data';

/**
 * Whether a field of a source is verified; an entry covers the fields inside it ("original" covers "original.URL").
 * @example isVerified(source, 'original.URL')
 */
export function isVerified(source: Source, field: string): boolean {
  return !source.unverified.some((u) => field === u.field || field.startsWith(`${u.field}.`));
}
