/**
 * The activities without a browser: every module has at least three; each activity's items and
 * key agree with @kzprotest/data read directly (dates, voices, kinds, accounts, disputes links,
 * coordinates); and the share link carries activities while links without them stay valid.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as kz from '@kzprotest/data';
import type { Claim } from '@kzprotest/data';
import { moduleActivities } from '../plugins/activities/index';
import { acceptableOrder } from '../plugins/activities/generate';
import { loadedDocs } from './courseDocs';
import { summaryOf, type Activity } from '../src/components/activities/types';
import { chosenActivities, fromQuery, LINK_VERSION, toQuery, emptyAssignment } from '../src/components/teacher/assignLink';
import { assignmentCartridge } from '../src/components/teacher/cartridge';
import type { Catalogue } from '../src/components/teacher/types';
import { answersFromQuery, answersToQuery } from '../src/components/activities/answers';
import { siteDir } from './browser';


const modules = moduleActivities(siteDir, loadedDocs());
const all: Activity[] = modules.flatMap((m) => m.activities);
const ofKind = <K extends Activity['kind']>(kind: K) => all.filter((a): a is Extract<Activity, { kind: K }> => a.kind === kind);
/** The voice the data gives a claim: its innermost speaker, or the source itself. */
const dataVoice = (c: Claim) => c.attributedTo.at(-1) ?? `own:${c.source}`;

describe('the activity registry', () => {
  it('gives every module of docs/ at least three activities', () => {
    const folders = readdirSync(path.join(siteDir, 'docs')).filter((f) => /^\d/.test(f));
    expect(modules.map((m) => m.module.id)).toEqual(folders);
    for (const m of modules) expect(m.activities.length, `${m.module.id}: ${m.activities.map((a) => a.id).join(', ')}`).toBeGreaterThanOrEqual(3);
    // every kind is somewhere, and ids are unique
    expect(new Set(all.map((a) => a.kind))).toEqual(new Set(['order', 'who-says', 'compare-counts', 'weigh', 'map']));
    expect(new Set(all.map((a) => a.id)).size).toBe(all.length);
  });

  it('orders events by the data’s date ranges, and never shows them already in order', () => {
    for (const a of ofKind('order')) {
      for (const item of a.items) {
        const e = kz.get(item.id, 'events');
        expect([item.earliest, item.latest, item.dateLabel], item.id).toEqual([e.dateRange.earliest, e.dateRange.latest, kz.formatEdtf(e.date)]);
      }
      const byDate = [...a.items].sort((x, y) => kz.get(x.id, 'events').dateRange.earliest.localeCompare(kz.get(y.id, 'events').dateRange.earliest));
      expect(acceptableOrder(byDate), a.id).toBe(true);
      expect(acceptableOrder(a.items), a.id).toBe(false);
    }
  });

  it('accepts either order for events whose dates overlap', () => {
    const month = { earliest: '2011-12-01', latest: '2011-12-31' };
    const day = { earliest: '2011-12-16', latest: '2011-12-16' };
    const next = { earliest: '2011-12-17', latest: '2011-12-17' };
    expect([acceptableOrder([month, day]), acceptableOrder([day, month])]).toEqual([true, true]);
    expect([acceptableOrder([day, next]), acceptableOrder([next, day])]).toEqual([true, false]);
  });

  it('matches each quote to the voice and kind its claim record gives', () => {
    for (const a of ofKind('who-says')) {
      for (const item of a.items) {
        const c = kz.get(item.id, 'claims');
        expect(item.quote).toBe(c.quote.exact);
        expect(item.voice, item.id).toBe(dataVoice(c));
        expect(item.kind).toBe(c.kind);
        expect(a.voices.map((v) => v.id)).toContain(item.voice);
      }
      // the kinds offered are the package's own
      expect(a.kinds.map((k) => k.id)).toEqual(Object.keys(kz.claimKindDefinitions));
    }
  });

  it('tables every account of a figure that accountsOf gives, with its reading of the number', () => {
    for (const a of ofKind('compare-counts')) {
      const accounts = kz.accountsOf(a.event.id, a.property as never);
      expect(a.items.map((i) => i.id)).toEqual(accounts.map((x) => x.claim.id));
      for (const [i, item] of a.items.entries()) {
        const f = accounts[i]!.claim.figure!;
        expect([item.raw, item.qualifier, item.voice]).toEqual([f.raw, f.qualifier, dataVoice(accounts[i]!.claim as Claim)]);
        if (/\d/.test(f.raw)) expect(item.number).toBe(f.value ?? f.min);
        else expect(item.number).toBeUndefined();
      }
    }
    const toll = ofKind('compare-counts').find((a) => a.event.id === 'zhanaozen-shooting-2011-12-16' && a.property === 'killed');
    expect(toll, 'the Zhanaozen death toll is compared').toBeDefined();
  });

  it('keys weigh-the-evidence by the disputes links: a challenger is linked to the claim or to one on its side', () => {
    const linked = (x: string, y: string) => kz.get(x, 'claims').disputes.includes(y) || kz.get(y, 'claims').disputes.includes(x);
    for (const a of ofKind('weigh')) {
      const supporters = [a.claim.id, ...a.items.filter((i) => i.side === 'supports').map((i) => i.id)];
      for (const item of a.items) {
        if (item.side === 'challenges') expect(supporters.some((s) => linked(s, item.id)), item.id).toBe(true);
        // nothing on the claim's side disputes it or another supporter
        else expect(supporters.some((s) => linked(s, item.id)), item.id).toBe(false);
      }
      expect(a.items.some((i) => i.side === 'challenges')).toBe(true);
    }
  });

  it('maps events at the data’s places, each with the origin of its coordinates', () => {
    for (const a of ofKind('map')) {
      for (const p of a.places) {
        const c = kz.get(p.id, 'places').coordinates!;
        expect([p.latitude, p.longitude]).toEqual([c.latitude, c.longitude]);
        expect(p.origin).toContain(c.origin.dataset);
        expect(p.x).toBeGreaterThan(0);
        expect(p.x).toBeLessThan(a.map.width);
      }
      for (const item of a.items) {
        // each answer is one of the event's places, or the place on the map that contains it
        const within = (id: string): string[] => [id, ...(kz.get(id, 'places').partOf ? within(kz.get(id, 'places').partOf!) : [])];
        const event = kz.get(item.id, 'events');
        for (const place of item.places) expect(event.places.flatMap(within), item.id).toContain(place);
      }
      expect(a.map.credit).toMatch(/Natural Earth/);
    }
  });
});

describe('activities in the share link', () => {
  const activities = all.slice(0, 3).map(summaryOf);
  const catalogue = { modules: [], readings: {}, activities } as unknown as Catalogue;

  it('round-trip, in the order chosen', () => {
    const a = { ...emptyAssignment(), title: 'T', activities: [activities[2]!.id, activities[0]!.id] };
    const query = toQuery(a);
    expect(query).toContain(`activities=${encodeURIComponent(activities[2]!.id)}`);
    expect(fromQuery(query, catalogue)).toEqual({ assignment: a, problems: [] });
    expect(chosenActivities(catalogue, a).map((x) => x.title)).toEqual([activities[2]!.title, activities[0]!.title]);
  });

  it(`keep a version ${LINK_VERSION} link without activities valid, and name unknown activities as problems`, () => {
    expect(fromQuery('?v=1&title=Old%20link', catalogue)).toEqual({ assignment: { ...emptyAssignment(), title: 'Old link' }, problems: [] });
    expect(toQuery({ ...emptyAssignment(), title: 'x' })).toBe('?v=1&title=x');
    const { assignment, problems } = fromQuery(`?v=1&activities=${activities[0]!.id},02-counting-the-dead/nope`, catalogue);
    expect(assignment.activities).toEqual([activities[0]!.id]);
    expect(problems).toEqual(['Unknown activity "02-counting-the-dead/nope": no activity of the course has this id; it was left out.']);
    // a catalogue from before activities offers none, and says so of a link that has them
    expect(fromQuery(`?v=1&activities=${activities[0]!.id}`, { modules: [], readings: {} } as unknown as Catalogue).problems).toHaveLength(1);
  });

  it('put the chosen activities in the cartridge, in a folder of their own', () => {
    const a = { ...emptyAssignment(), title: 'T', activities: [activities[1]!.id] };
    const spec = assignmentCartridge(catalogue, a, (p) => `https://example.org${p}`, 'https://example.org/assign?v=1');
    expect(spec.folders.map((f) => f.title)).toEqual(['T', 'Activities']);
    expect(spec.folders[1]!.items).toEqual([{ title: `${activities[1]!.title} (${activities[1]!.moduleTitle})`, url: `https://example.org${activities[1]!.permalink}` }]);
  });
});

describe('a student’s answers in the address', () => {
  it('read back, keeping only what the activity asks', () => {
    const answers = { 'voice-a': 'kazakh-authorities', why: 'Two lines,\nand & a sign' };
    const query = answersToQuery(answers, true);
    expect(answersFromQuery(`${query}&other=1`, ['voice-a', 'why'])).toEqual({ answers, checked: true });
    expect(answersFromQuery('?voice-b=x', ['voice-a'])).toEqual({ answers: {}, checked: false });
  });
});
