import type * as kz from '@kzprotest/data';
import { linkTo } from './link';

/** A page that stands for an id that moved or split. */
export function redirectView(redirect: (typeof kz.redirects)[number]) {
  return { id: redirect.id, kind: redirect.kind, reason: redirect.reason, date: redirect.date, to: redirect.to.map(linkTo) };
}

export type RedirectView = ReturnType<typeof redirectView>;
