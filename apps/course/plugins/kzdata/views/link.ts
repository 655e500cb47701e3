import * as kz from '@kzprotest/data';
import type { Claim } from '@kzprotest/data';
import { hrefOf } from '../paths';

/** A linked record of one of the collections with pages (a claim links to its place on its source's page). */
export function linkTo(id: string): { id: string; name: string; href: string } {
  const { collection, record } = kz.resolve(id);
  if (collection === 'claims') {
    const claim = record as Claim;
    return { id: claim.id, name: claim.summary ?? claim.quote.exact, href: `${hrefOf('sources', claim.source)}#${claim.id}` };
  }
  const name = 'name' in record ? record.name : 'title' in record ? record.title : record.id;
  return { id: record.id, name, href: hrefOf(collection, record.id) };
}

/** A record named and linked: what a page needs to point at another record. */
export type RecordLink = ReturnType<typeof linkTo>;
