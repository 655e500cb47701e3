import { describe, expect, it } from 'vitest';
import { buildDataset } from '../src/build/buildDataset.js';
import { formatIssue, type BuildIssue } from '../src/build/issue.js';
import { fixtureSeeds, toFiles, validRecords, FIXTURE_SEED } from './fixture.js';

function build(mutate: (records: Record<string, string>) => void = () => {}, releasedIds?: string[]) {
  const records = validRecords();
  mutate(records);
  return buildDataset({ files: toFiles(records), seeds: fixtureSeeds(), releasedIds });
}

function onlyIssue(mutate: (records: Record<string, string>) => void, releasedIds?: string[]): BuildIssue {
  const result = build(mutate, releasedIds);
  expect(result.ok).toBe(false);
  const issues = result.issues;
  expect(issues, issues.map(formatIssue).join('\n')).toHaveLength(1);
  return issues[0]!;
}

const edit = (key: string, from: string | RegExp, to: string) => (records: Record<string, string>) => {
  const before = records[key]!;
  records[key] = before.replace(from, to);
  expect(records[key], `fixture edit of ${key} changed nothing`).not.toBe(before);
};

describe('the fixture', () => {
  it('builds, resolving quotes to offsets in the seed', () => {
    const result = build();
    expect(result.issues.map(formatIssue)).toEqual([]);
    if (!result.ok) return;
    const toll = result.dataset.claims.find((c) => c.id === 'fixture-claim-toll')!;
    expect(FIXTURE_SEED.slice(toll.quote.start, toll.quote.end)).toBe('At least 16 people died.');
    expect(toll.region).toBe('body');
    const shooting = result.dataset.events[0]!;
    expect(shooting.claims.sort()).toEqual(['fixture-claim-shooting', 'fixture-claim-toll']);
    expect(shooting.dateRange).toEqual({ earliest: '2011-12-16', latest: '2011-12-16' });
  });
});

describe('each build rule catches its error and names file, id, field and line', () => {
  it('yaml-syntax', () => {
    const issue = onlyIssue((r) => {
      r['themes/fixture-theme'] = 'id: fixture-theme\nname: Repression\ndescription: Force: used\n';
    });
    expect(issue).toMatchObject({ rule: 'yaml-syntax', file: 'data/themes/fixture-theme.yaml', line: 3 });
  });

  it('schema: a malformed field', () => {
    const issue = onlyIssue(edit('events/fixture-shooting', 'type: shooting', 'type: massacre'));
    expect(issue).toMatchObject({ rule: 'schema', file: 'data/events/fixture-shooting.yaml', id: 'fixture-shooting', path: ['type'], line: 6 });
    expect(issue.message).toContain('shooting');
  });

  it('schema: a missing required field is reported on the record', () => {
    const issue = onlyIssue(edit('themes/fixture-theme', /description: .*\n/, ''));
    expect(issue).toMatchObject({ rule: 'schema', id: 'fixture-theme', path: ['description'] });
  });

  it('file-name-matches-id', () => {
    const issue = onlyIssue((r) => {
      r['themes/other-name'] = r['themes/fixture-theme']!;
      delete r['themes/fixture-theme'];
    });
    expect(issue).toMatchObject({ rule: 'file-name-matches-id', file: 'data/themes/other-name.yaml', id: 'fixture-theme', path: ['id'], line: 1 });
  });

  it('ids-unique across collections', () => {
    const issue = onlyIssue((r) => {
      r['themes/fixture-town'] = 'id: fixture-town\nname: Town theme\ndescription: A theme whose id is a place id.\n';
    });
    expect(issue).toMatchObject({ rule: 'ids-unique', id: 'fixture-town', path: ['id'] });
    expect(issue.message).toContain('data/places/fixture-town.yaml');
  });

  it('references-resolve: an unknown id', () => {
    const issue = onlyIssue(edit('events/fixture-shooting', 'places: [fixture-town]', 'places: [nowhere]'));
    expect(issue).toMatchObject({ rule: 'references-resolve', id: 'fixture-shooting', path: ['places', 0], line: 7 });
    expect(issue.message).toContain('"nowhere" does not exist');
  });

  it('references-resolve: an id of the wrong collection', () => {
    const issue = onlyIssue(edit('claims/fixture-claim-toll', 'source: fixture-source', 'source: fixture-town'));
    expect(issue).toMatchObject({ rule: 'references-resolve', id: 'fixture-claim-toll', path: ['source'], line: 2 });
    expect(issue.message).toContain('is in places');
  });

  it('seeds-and-regions: a missing seed file', () => {
    const result = build(edit('sources/fixture-source', 'seed: fixture-seed.txt', 'seed: missing.txt'));
    expect(result.ok).toBe(false);
    expect(result.issues[0]).toMatchObject({ rule: 'seeds-and-regions', id: 'fixture-source', path: ['seed'], line: 10 });
  });

  it('seeds-and-regions: a region beyond the end of the seed', () => {
    const issue = onlyIssue(edit('sources/fixture-source', 'lines: [5, 5]', 'lines: [5, 99]'));
    expect(issue).toMatchObject({ rule: 'seeds-and-regions', path: ['regions', 1, 'lines'] });
  });

  it('quotes-verbatim: a quote not in the seed', () => {
    const issue = onlyIssue(edit('claims/fixture-claim-toll', 'At least 16 people died.', 'At least 17 people died.'));
    expect(issue).toMatchObject({ rule: 'quotes-verbatim', file: 'data/claims/fixture-claim-toll.yaml', id: 'fixture-claim-toll', path: ['quote', 'exact'], line: 4 });
    expect(issue.message).toContain('seeds/fixture-seed.txt');
  });

  it('quotes-verbatim: a quote whose line break was turned into a space', () => {
    const issue = onlyIssue(edit('claims/fixture-claim-shooting', '  exact: |-\n    Police fired on strikers in Zhanaozen on\n    December 16, 2011.', '  exact: Police fired on strikers in Zhanaozen on December 16, 2011.'));
    expect(issue.rule).toBe('quotes-verbatim');
    expect(issue.message).toContain('other white space');
  });

  it('quotes-unambiguous: a quote that occurs twice without prefix or suffix', () => {
    const issue = onlyIssue(edit('claims/fixture-claim-toll', 'At least 16 people died.', 'We want fair pay.'));
    expect(issue).toMatchObject({ rule: 'quotes-unambiguous', id: 'fixture-claim-toll', path: ['quote', 'exact'] });
    expect(issue.message).toContain('occurs 2 times');
  });

  it('a prefix tells two occurrences apart', () => {
    const result = build(edit('claims/fixture-claim-toll', '  exact: At least 16 people died.', '  exact: We want fair pay.\n  prefix: \'" \''));
    expect(result.issues.map(formatIssue)).toEqual([]);
    if (!result.ok) return;
    const claim = result.dataset.claims.find((c) => c.id === 'fixture-claim-toll')!;
    expect(claim.quote.start).toBe(FIXTURE_SEED.lastIndexOf('We want fair pay.'));
  });

  it('quotes-verbatim: a prefix that matches no occurrence', () => {
    const issue = onlyIssue(edit('claims/fixture-claim-toll', '  exact: At least 16 people died.', '  exact: We want fair pay.\n  prefix: nothing like this'));
    expect(issue).toMatchObject({ rule: 'quotes-verbatim', path: ['quote', 'prefix'] });
  });

  it('quotes-in-regions: a quote from the footer', () => {
    const issue = onlyIssue(edit('claims/fixture-claim-toll', 'At least 16 people died.', 'Copyright footer'));
    expect(issue).toMatchObject({ rule: 'quotes-in-regions', id: 'fixture-claim-toll', path: ['quote', 'exact'] });
    expect(issue.message).toContain('line 6');
  });

  it('dates-edtf: a day that is not in the calendar', () => {
    const issue = onlyIssue(edit('events/fixture-shooting', 'date: 2011-12-16', 'date: 2011-02-30'));
    expect(issue).toMatchObject({ rule: 'dates-edtf', id: 'fixture-shooting', path: ['date'], line: 4 });
  });

  it('dates-edtf: 29 February of a common year, alone or in an interval, is refused (the EDTF library would roll it over)', () => {
    for (const date of ['2011-02-29', '2011-02-29/2011-03-05', '2011-01~/2011-02-29']) {
      const issue = onlyIssue(edit('events/fixture-shooting', 'date: 2011-12-16', `date: "${date}"`));
      expect(issue).toMatchObject({ rule: 'dates-edtf', id: 'fixture-shooting', path: ['date'] });
      expect(issue.message).toContain('2011-02-29 is not a day of the calendar');
    }
    // a leap day is a day
    expect(build(edit('events/fixture-shooting', 'date: 2011-12-16', 'date: 2012-02-29')).ok).toBe(true);
  });

  it('evidence-consistent: a date claim that is not about the event', () => {
    const issue = onlyIssue((r) => {
      edit('events/fixture-shooting', 'dateClaims: [fixture-claim-shooting]', 'dateClaims: [fixture-claim-shooting, fixture-claim-other]')(r);
      r['claims/fixture-claim-other'] = 'id: fixture-claim-other\nsource: fixture-source\nquote:\n  exact: By A. Writer\nkind: fact\nabout: [fixture-town]\n';
    });
    expect(issue).toMatchObject({ rule: 'evidence-consistent', id: 'fixture-shooting', path: ['dateClaims', 1] });
  });

  it('records-evidenced: a place no claim is about', () => {
    const issue = onlyIssue(edit('claims/fixture-claim-shooting', 'about: [fixture-shooting, fixture-town, fixture-police]', 'about: [fixture-shooting, fixture-police]'));
    expect(issue).toMatchObject({ rule: 'records-evidenced', file: 'data/places/fixture-town.yaml', id: 'fixture-town' });
  });

  it('names-in-seeds: a spelling no seed uses', () => {
    const issue = onlyIssue(edit('places/fixture-town', 'name: Zhanaozen', 'name: Zhanaozen\naliases: [Zhana-Ozen]'));
    expect(issue).toMatchObject({ rule: 'names-in-seeds', id: 'fixture-town', path: ['aliases', 0], line: 4 });
  });

  it('names-in-seeds: a name seen only in the footer does not count', () => {
    const issue = onlyIssue(edit('actors/fixture-police', 'name: Police', 'name: Copyright'));
    expect(issue).toMatchObject({ rule: 'names-in-seeds', path: ['name'] });
  });

  it('released-ids-kept: a released id that is gone', () => {
    const issue = onlyIssue(() => {}, ['fixture-shooting', 'an-old-event']);
    expect(issue).toMatchObject({ rule: 'released-ids-kept', id: 'an-old-event', file: 'released-ids.json' });
    expect(issue.message).toContain('an-old-event');
  });

  it('released-ids-kept: a moved redirect keeps a released id', () => {
    const result = build((r) => {
      r['redirects/an-old-event'] = 'id: an-old-event\nkind: moved\nto: [fixture-shooting]\nreason: Renamed.\ndate: 2026-11-24\n';
    }, ['an-old-event']);
    expect(result.issues.map(formatIssue)).toEqual([]);
  });

  it('formats an issue as file:line, record, field, message and rule', () => {
    const issue = onlyIssue(edit('events/fixture-shooting', 'type: shooting', 'type: massacre'));
    expect(formatIssue(issue)).toMatch(/^data\/events\/fixture-shooting\.yaml:6 record "fixture-shooting" field type: .+ \[schema\]$/);
  });
});
