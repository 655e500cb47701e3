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
const { recordPages } = await import('../plugins/kzdata/routes');

describe('the kzdata plugin pages', () => {
  const pages = recordPages();
  const byPath = new Map(pages.map((p) => [p.path, p]));

  it('has one page per record at its stable URL, and the index pages', () => {
    for (const [collection, base] of [['events', '/events'], ['sources', '/sources'], ['actors', '/actors'], ['places', '/places'], ['themes', '/themes']] as const) {
      expect(byPath.has(base), base).toBe(true);
      for (const record of kz[collection]) expect(byPath.has(`${base}/${record.id}`), `${base}/${record.id}`).toBe(true);
    }
    expect(byPath.size, 'paths are unique').toBe(pages.length);
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

  it('has a "How we know" page: per source its coverage, kinds, voices, errata and unverified fields, and each disagreement with both sides', () => {
    const page = byPath.get('/how-we-know');
    expect(page?.component).toMatch(/HowWeKnow$/);
    const view = (page!.data as { howWeKnow: import('../plugins/kzdata/views/index').HowWeKnowView }).howWeKnow;
    expect(view.sources.map((s) => s.source.id)).toEqual(kz.sources.map((s) => s.id));
    for (const s of view.sources) {
      const claims = kz.claims.filter((c) => c.source === s.source.id);
      expect(s.claimCount, s.source.id).toBe(claims.length);
      expect(s.kinds.reduce((n, k) => n + k.count, 0), s.source.id).toBe(claims.length);
      expect(s.voices.reduce((n, v) => n + v.count, 0), s.source.id).toBe(claims.length);
      expect(s.coverage.sentences, s.source.id).toBeGreaterThan(0);
      expect(s.unverified.length, s.source.id).toBe(kz.get(s.source.id, 'sources').unverified.length);
    }
    const rsf = view.sources.find((s) => s.source.id === 'rsf-wefc-zhanaozen-city-cut-off')!;
    expect(rsf.errata.map((e) => e.id)).toEqual(['rsf-erratum-such-guljan', 'rsf-erratum-control-of-journalist']);
    expect(rsf.errata[1]!.evidence[0]!.quote).toBe('Journalists needed to obtain accreditation');
    // every linked claim appears in exactly one disagreement, beside the claims it disputes
    const linked = kz.claims.filter((c) => c.disputes.length > 0).map((c) => c.id).sort();
    expect(view.disagreements.flatMap((d) => d.sides.map((c) => c.id)).sort()).toEqual(linked);
    const police = view.disagreements.find((d) => d.about.some((e) => e.id === 'police-officers-prosecuted-after-zhanaozen'))!;
    expect(police.sides.map((c) => c.id).sort()).toEqual(['rferl-williamson-authorities-failed-to-address', 'rferl-zhumalyuly-shooters-unpunished', 'rsf-authorities-recognized-disproportionate-force']);
    expect(police.sides.find((c) => c.id === 'rferl-zhumalyuly-shooters-unpunished')!.claimants.map((c) => c.id)).toEqual(['adil-zhumalyuly']);
  });

  it('links every record back to the records that point at it, in collection order (parts, caused by, contains, narrower)', () => {
    const ids = (links: { id: string }[]) => links.map((l) => l.id);
    for (const event of kz.events) {
      const view = (byPath.get(`/events/${event.id}`)!.data as { event: { parts: { id: string }[]; causedBy: { id: string }[] } }).event;
      expect(ids(view.parts), `${event.id} parts`).toEqual(kz.events.filter((e) => e.partOf === event.id).map((e) => e.id));
      expect(ids(view.causedBy), `${event.id} causedBy`).toEqual(kz.events.filter((e) => e.causes.includes(event.id)).map((e) => e.id));
    }
    for (const place of kz.places) {
      const view = (byPath.get(`/places/${place.id}`)!.data as { place: { contains: { id: string }[] } }).place;
      expect(ids(view.contains), place.id).toEqual(kz.places.filter((p) => p.partOf === place.id).map((p) => p.id));
    }
    for (const theme of kz.themes) {
      const view = (byPath.get(`/themes/${theme.id}`)!.data as { theme: { narrower: { id: string }[] } }).theme;
      expect(ids(view.narrower), theme.id).toEqual(kz.themes.filter((t) => t.broader === theme.id).map((t) => t.id));
    }
    // the data has links of each kind, so the loops above compare something
    expect(kz.events.some((e) => e.partOf) && kz.events.some((e) => e.causes.length > 0)).toBe(true);
    expect(kz.places.some((p) => p.partOf) && kz.themes.some((t) => t.broader)).toBe(true);
  });
});
