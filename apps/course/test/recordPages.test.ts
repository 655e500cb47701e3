import { describe, expect, it, vi } from 'vitest';

// one redirect on top of the real data: the package ships none yet, and its page must exist
vi.mock('@kzprotest/data', async (importOriginal) => {
  const real = await importOriginal<typeof import('@kzprotest/data')>();
  return {
    ...real,
    redirects: [{ id: 'janaozen-town', kind: 'moved', to: ['zhanaozen'], reason: 'merged into the place record', date: '2026-11-25' }],
  };
});

const kz = await import('@kzprotest/data');
const { recordPages } = await import('../plugins/kzdata/index');

describe('the kzdata plugin pages', () => {
  const pages = recordPages();
  const byPath = new Map(pages.map((p) => [p.path, p]));

  it('has one page per record at its stable URL, and the index pages', () => {
    for (const [collection, base] of [['events', '/events'], ['sources', '/sources'], ['actors', '/actors'], ['places', '/places'], ['themes', '/themes']] as const) {
      expect(byPath.has(base), base).toBe(true);
      for (const record of kz[collection]) expect(byPath.has(`${base}/${record.id}`), `${base}/${record.id}`).toBe(true);
    }
    expect(new Set(pages.map((p) => p.name)).size, 'data file names are unique').toBe(pages.length);
  });

  it('gives a moved id a page in the collection of its new record', () => {
    const page = byPath.get('/places/janaozen-town');
    expect(page?.component).toMatch(/RedirectPage$/);
    expect(page?.data).toMatchObject({ redirect: { id: 'janaozen-town', to: [{ id: 'zhanaozen', href: '/places/zhanaozen' }] } });
  });

  it('ships with each record page only what it shows, never the whole dataset', () => {
    const everything = JSON.stringify({ claims: kz.claims, events: kz.events, sources: kz.sources }).length;
    for (const page of pages.filter((p) => /^\/(events|actors|places|themes)\/./.test(p.path))) {
      expect(JSON.stringify(page.data).length, page.path).toBeLessThan(everything / 2);
    }
    // the claims a record page carries are exactly the record's evidence
    for (const event of kz.events) {
      const data = byPath.get(`/events/${event.id}`)!.data as { event: { claims: { id: string }[] } };
      expect(data.event.claims.map((c) => c.id), event.id).toEqual(event.claims);
    }
    for (const actor of kz.actors) {
      const data = byPath.get(`/actors/${actor.id}`)!.data as { actor: { claims: { id: string }[] } };
      expect(data.actor.claims.map((c) => c.id), actor.id).toEqual(actor.claims);
    }
  });

  it('lists a source\'s claims in the order of its text', () => {
    const source = kz.sources[0]!;
    const data = byPath.get(`/sources/${source.id}`)!.data as { claims: { start: number }[] };
    const starts = data.claims.map((c) => c.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(starts.length).toBe(kz.claims.filter((c) => c.source === source.id).length);
  });
});
