import * as kz from '@kzprotest/data';
import { warningsOf } from './warnings';
import { hrefOf } from '../paths';
import { eventSummary } from './event';
import { linkTo } from './link';

/** A theme's page: its broader and narrower themes and its events. */
export function themeView(id: string) {
  const theme = kz.get(id, 'themes');
  return {
    id: theme.id,
    href: hrefOf('themes', theme.id),
    name: theme.name,
    description: theme.description,
    ...(theme.broader ? { broader: linkTo(theme.broader) } : {}),
    narrower: kz.linksTo(theme.id, 'narrower').map(linkTo),
    events: kz.findEvents({ theme: theme.id }).map(eventSummary),
    contentWarnings: warningsOf(kz.linksTo(theme.id, 'themeClaims'), kz.findEvents({ theme: theme.id })),
  };
}

export type ThemeView = ReturnType<typeof themeView>;
