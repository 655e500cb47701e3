/** The collections that have pages; claims live on their source's page. */
export type Collection = 'sources' | 'events' | 'actors' | 'places' | 'themes';

/** The URL prefix of each collection that has pages. */
export const routeBase: Record<Collection, string> = {
  sources: '/sources',
  events: '/events',
  actors: '/actors',
  places: '/places',
  themes: '/themes',
};

/**
 * The page of a record, without the base path (a page's <Link> adds it).
 * @example hrefOf('events', 'zhanaozen-shooting-2011-12-16') // "/events/zhanaozen-shooting-2011-12-16"
 */
export function hrefOf(collection: Collection, id: string): string {
  return `${routeBase[collection]}/${id}`;
}
