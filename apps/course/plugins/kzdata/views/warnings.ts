import * as kz from '@kzprotest/data';
import type { ContentWarningName } from '@kzprotest/data';

/**
 * What a page warns of before its text: the warnings its claims carry (the data's own field,
 * checked by the package's content-warnings rule), each once.
 */
export function warningsOfClaims(claimIds: readonly string[]): ContentWarningName[] {
  return kz.warningsOfAll(claimIds.map((id) => kz.get(id, 'claims').contentWarnings));
}

/**
 * What a page warns of that quotes claims and lists events: every warning of those claims, and
 * of the events, whose titles it shows and links to.
 */
export function warningsOf(claimIds: readonly string[], events: readonly { id: string }[] = []): ContentWarningName[] {
  return kz.warningsOfAll([warningsOfClaims(claimIds), ...events.map((e) => kz.get(e.id, 'events').contentWarnings)]);
}
