import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { accountsOf, claims, events } from '@kzprotest/data';
import remarkKzdata from '../plugins/kzdata/remark';

const siteDir = path.resolve(__dirname, '..');
const lessonPath = path.join(siteDir, 'docs/99-test/lesson.mdx');

async function compileLesson(body: string): Promise<string> {
  const file = new VFile({ value: body, path: lessonPath });
  return String(await compile(file, { remarkPlugins: [[remarkKzdata, { siteDir }]], development: false }));
}

/** The JSON the plugin wrote into a component's data attribute. */
function dataOf(code: string): unknown {
  const match = /data: "((?:[^"\\]|\\.)*)"/.exec(code);
  if (!match) throw new Error(`no data attribute in:\n${code}`);
  return JSON.parse(JSON.parse(`"${match[1]}"`));
}

const shooting = 'zhanaozen-shooting-2011-12-16';

describe('remark-kzdata', () => {
  it('fills <EventDate> with the event date in words', async () => {
    const code = await compileLesson(`On <EventDate id="${shooting}" /> ...`);
    expect(dataOf(code)).toMatchObject({ date: '2011-12-16', label: '16 December 2011', href: `/events/${shooting}` });
  });

  it('fills <Figure> with the claim, its figure and its source', async () => {
    const claim = claims.find((c) => c.figure)!;
    const data = dataOf(await compileLesson(`<Figure claim="${claim.id}" />`)) as { figure: { raw: string }; source: { id: string } };
    expect(data.figure.raw).toBe(claim.figure!.raw);
    expect(data.source.id).toBe(claim.source);
  });

  it('fills <CompareAccounts> with every account of the property', async () => {
    const data = dataOf(await compileLesson(`<CompareAccounts event="${shooting}" property="killed" />`)) as { accounts: { id: string }[] };
    expect(data.accounts.map((a) => a.id)).toEqual(accountsOf(shooting, 'killed').map((a) => a.claim.id));
    expect(data.accounts.length).toBeGreaterThan(1);
  });

  it('fills <Timeline> with the events the filters select', async () => {
    const data = dataOf(await compileLesson('<Timeline place="zhanaozen" />')) as { events: { id: string }[] };
    expect(data.events.map((e) => e.id)).toContain(shooting);
    expect(data.events.length).toBeLessThan(events.length);
  });

  it('stops on an unknown id, naming the file, the line and the id', async () => {
    await expect(compileLesson('Text\n\n<EventDate id="no-such-event" />')).rejects.toThrow(
      /docs\/99-test\/lesson\.mdx:3:1: <EventDate> unknown id "no-such-event"/,
    );
  });

  it('stops on an id of the wrong collection', async () => {
    await expect(compileLesson('<Quote claim="zhanaozen" />')).rejects.toThrow(/lesson\.mdx:1:1: <Quote> "zhanaozen" is a record of places, not of claims/);
  });

  it('stops on a missing id attribute and on an id given as an expression', async () => {
    await expect(compileLesson('<EventDate />')).rejects.toThrow(/lesson\.mdx:1:1: <EventDate> needs the attribute id="..."/);
    await expect(compileLesson(`<EventDate id={"${shooting}"} />`)).rejects.toThrow(/lesson\.mdx: <EventDate id=\{\.\.\.\}>: write ids as plain strings/);
  });

  it('stops on a property no claim of the event gives', async () => {
    await expect(compileLesson(`<CompareAccounts event="${shooting}" property="money" />`)).rejects.toThrow(/no claim gives a "money" figure/);
  });
});

describe('remark-kzdata <SourceFact>', () => {
  it('gives a verified fact of a source', async () => {
    const data = dataOf(await compileLesson('<SourceFact id="atol-2012-cold-winds-from-janaozen" field="containerTitle" />')) as { value: string };
    expect(data.value).toBe('Asia Times Online');
  });

  it('refuses a fact the record marks unverified, quoting why', async () => {
    await expect(compileLesson('<SourceFact id="rsf-wefc-zhanaozen-city-cut-off" field="issued" />')).rejects.toThrow(
      /<SourceFact> source "rsf-wefc-zhanaozen-city-cut-off": issued is not verified \(No date is printed/,
    );
  });
});

describe('figures in running text', () => {
  it('reads a number with its qualifier and unit, and keeps words-only figures as printed', async () => {
    const { figureText } = await import('../plugins/kzdata/format');
    expect(figureText({ property: 'killed', value: 16, qualifier: 'at least', unit: 'people', raw: 'at least 16' })).toBe('at least 16 people');
    expect(figureText({ property: 'organizations', min: 2000, qualifier: 'several', unit: 'organizations', raw: 'several thousand' })).toBe('several thousand');
    expect(figureText({ property: 'sentence', value: 7.5, qualifier: 'none', unit: 'years', raw: '7 and 1/2 years' })).toBe('7.5 years');
  });
});
