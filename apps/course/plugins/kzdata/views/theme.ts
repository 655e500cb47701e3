import * as kz from '@kzprotest/data';
import { hrefOf } from '../paths';
import { eventsAndWarnings } from './event';
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
    ...eventsAndWarnings({ theme: theme.id }, kz.linksTo(theme.id, 'themeClaims')),
  };
}

export type ThemeView = ReturnType<typeof themeView>;
