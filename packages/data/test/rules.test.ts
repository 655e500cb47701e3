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
    // a leap day is a day (that the fixture's words do not state it is another rule's matter)
    expect(build(edit('events/fixture-shooting', 'date: 2011-12-16', 'date: 2012-02-29')).issues.filter((i) => i.rule !== 'date-bounds-stated')).toEqual([]);
  });

  it('date-bounds-stated: a day no date claim states', () => {
    const issue = onlyIssue(edit('events/fixture-shooting', /dateBasis:\n  on: .*\n/, ''));
    expect(issue).toMatchObject({ rule: 'date-bounds-stated', id: 'fixture-shooting', path: ['date'], line: 4 });
    expect(issue.message).toContain('add dateBasis.on');
    expect(issue.message).toContain('a year ("2011")');
  });

  it('date-bounds-stated: an invented end day of an interval, with the open form offered', () => {
    const issue = onlyIssue((r) => {
      edit('events/fixture-shooting', 'date: 2011-12-16\n', 'date: 2011-12-16/2011-12-31\n')(r);
      edit('events/fixture-shooting', '  on: {', '  start: {')(r);
    });
    expect(issue).toMatchObject({ rule: 'date-bounds-stated', path: ['date'] });
    expect(issue.message).toContain('the end "2011-12-31"');
    expect(issue.message).toContain('"2011-12-16/.."');
  });

  it('date-bounds-stated: the basis words must be in the claim\'s quote', () => {
    const issue = onlyIssue(edit('events/fixture-shooting', 'words: "December 16, 2011"', 'words: "December 17, 2011"'));
    expect(issue).toMatchObject({ rule: 'date-bounds-stated', path: ['dateBasis', 'on', 'words'], line: 13 });
    expect(issue.message).toContain('is not in the quote of claim "fixture-claim-shooting"');
  });

  it('date-bounds-stated: the basis words must state the bound: a wrong day', () => {
    const issue = onlyIssue(edit('events/fixture-shooting', 'date: 2011-12-16\n', 'date: 2011-12-17\n'));
    expect(issue).toMatchObject({ rule: 'date-bounds-stated', id: 'fixture-shooting', path: ['dateBasis', 'on', 'words'] });
    expect(issue.message).toContain('"December 16, 2011" does not state the date "2011-12-17": they give day 16, not 17');
  });

  it('date-bounds-stated: the basis words must state the bound: a wrong month, and a wrong year', () => {
    const month = onlyIssue(edit('events/fixture-shooting', 'date: 2011-12-16\n', 'date: 2011-11-16\n'));
    expect(month).toMatchObject({ rule: 'date-bounds-stated', path: ['dateBasis', 'on', 'words'] });
    expect(month.message).toContain('they give December, not November');
    const monthOnly = onlyIssue(edit('events/fixture-shooting', 'date: 2011-12-16\n', 'date: 2011-01\n'));
    expect(monthOnly.message).toContain('they give December, not January');
    const year = onlyIssue(edit('events/fixture-shooting', 'date: 2011-12-16\n', 'date: 2012-12-16\n'));
    expect(year.message).toContain('they give the year 2011, not 2012');
  });

  it('date-bounds-stated: words with no date of their own state no day; relative words do, and a month-only bound needs only the month', () => {
    const none = onlyIssue(edit('events/fixture-shooting', 'words: "December 16, 2011"', 'words: "Police fired on strikers"'));
    expect(none.message).toContain('they give no day and date nothing relatively');
    expect(build(edit('events/fixture-shooting', 'date: 2011-12-16\n', 'date: 2011-12\n')).ok).toBe(true);
  });

  it('date-bounds-stated: a terminus is the publication date of a source that reports the event, said so in dateNote', () => {
    const terminus = (date: string) => (r: Record<string, string>) => {
      edit('events/fixture-shooting', 'date: 2011-12-16\n', `date: 2011/${date}\n`)(r);
      edit('events/fixture-shooting', /dateBasis:\n  on: .*\n/, 'dateBasis:\n  end: { terminus: fixture-source }\n')(r);
    };
    const wrongDay = build(terminus('2012-12-19'));
    expect(wrongDay.issues.map((i) => i.message).join('\n')).toContain('is not the publication date of "fixture-source" ("2012-12-20")');
    const noNote = onlyIssue(terminus('2012-12-20'));
    expect(noNote).toMatchObject({ rule: 'date-bounds-stated', path: ['dateNote'] });
    const noted = build((r) => {
      terminus('2012-12')(r);
      r['events/fixture-shooting'] += 'dateNote: Before the article of December 2012, a terminus.\n';
    });
    expect(noted.issues.map(formatIssue)).toEqual([]);
  });

  it('dates: an open end, and an end month that contains the start day, are valid EDTF', () => {
    const interval = (date: string, end: string) => (r: Record<string, string>) => {
      edit('events/fixture-shooting', 'date: 2011-12-16\n', `date: "${date}"\n`)(r);
      edit('events/fixture-shooting', /dateBasis:\n  on: .*\n/, `dateBasis:\n  start: { claim: fixture-claim-shooting, words: "December 16, 2011" }\n${end}`)(r);
    };
    const open = build(interval('2011-12-16/..', ''));
    expect(open.issues.map(formatIssue)).toEqual([]);
    const withinMonth = build(interval('2011-12-16/2011-12', '  end: { claim: fixture-claim-shooting, words: "December 16, 2011" }\n'));
    expect(withinMonth.issues.map(formatIssue)).toEqual([]);
    if (withinMonth.ok) expect(withinMonth.dataset.events[0]!.dateRange).toEqual({ earliest: '2011-12-16', latest: '2011-12-31' });
  });

  it('dates: "on or before" ("[..2011-12-16]") is valid EDTF, with no earliest day and the bound as latest', () => {
    const result = build(edit('events/fixture-shooting', 'date: 2011-12-16\n', 'date: "[..2011-12-16]"\n'));
    expect(result.issues.map(formatIssue).filter((m) => !m.includes('date-bounds-stated'))).toEqual([]);
    const bad = onlyIssue(edit('events/fixture-shooting', 'date: 2011-12-16\n', 'date: "[..2011-12-16"\n'));
    expect(bad).toMatchObject({ rule: 'schema', path: ['date'] });
  });

  it('editorial rules are skipped only when asked (release notes building data older than them)', () => {
    const records = validRecords();
    edit('events/fixture-shooting', /dateBasis:\n  on: .*\n/, '')(records);
    expect(buildDataset({ files: toFiles(records), seeds: fixtureSeeds() }).ok).toBe(false);
    const old = buildDataset({ files: toFiles(records), seeds: fixtureSeeds(), skipEditorialRules: true });
    expect(old.issues.map(formatIssue)).toEqual([]);
    // an integrity rule still runs: a quote not in the seed fails either way
    edit('claims/fixture-claim-toll', 'At least 16 people died.', 'At least 17 people died.')(records);
    expect(buildDataset({ files: toFiles(records), seeds: fixtureSeeds(), skipEditorialRules: true }).ok).toBe(false);
  });

  it('disputes-linked: an event two disputing claims are about must be marked disputed', () => {
    const issue = onlyIssue(edit('claims/fixture-claim-toll', 'kind: figure', 'kind: figure\ndisputes: [fixture-claim-shooting]'));
    expect(issue).toMatchObject({ rule: 'disputes-linked', id: 'fixture-claim-toll', path: ['disputes', 0], line: 6 });
    expect(issue.message).toContain('no event they are both about (fixture-shooting) is marked "disputed: true"');
    const marked = build((r) => {
      edit('claims/fixture-claim-toll', 'kind: figure', 'kind: figure\ndisputes: [fixture-claim-shooting]')(r);
      edit('events/fixture-shooting', 'type: shooting', 'disputed: true\ntype: shooting')(r);
    });
    expect(marked.issues.map(formatIssue)).toEqual([]);
    if (!marked.ok) return;
    // one link, shown from both ends
    expect(marked.dataset.claims.find((c) => c.id === 'fixture-claim-shooting')!.disputes).toEqual(['fixture-claim-toll']);
  });

  it('disputes-linked: an event marked disputed with no disputing claims', () => {
    const issue = onlyIssue(edit('events/fixture-shooting', 'type: shooting', 'disputed: true\ntype: shooting'));
    expect(issue).toMatchObject({ rule: 'disputes-linked', id: 'fixture-shooting', path: ['disputed'] });
  });

  it('claim-voice: an official-claim in a voice that is not official', () => {
    const issue = onlyIssue((r) => {
      edit('claims/fixture-claim-shooting', 'kind: fact', 'kind: official-claim\nattributedTo: [fixture-writer]')(r);
      r['actors/fixture-writer'] = 'id: fixture-writer\nkind: person\nname: Writer\n';
      edit('claims/fixture-claim-toll', 'about: [fixture-shooting]', 'about: [fixture-shooting, fixture-writer]')(r);
    });
    expect(issue).toMatchObject({ rule: 'claim-voice', id: 'fixture-claim-shooting', path: ['attributedTo'] });
    expect(issue.message).toContain('"fixture-writer" is not an official actor');
    const official = build(edit('claims/fixture-claim-shooting', 'kind: fact', 'kind: official-claim\nattributedTo: [fixture-police]'));
    expect(official.issues.map(formatIssue)).toEqual([]);
  });

  it('claim-voice: an official-claim with no voice', () => {
    const issue = onlyIssue(edit('claims/fixture-claim-shooting', 'kind: fact', 'kind: official-claim'));
    expect(issue).toMatchObject({ rule: 'claim-voice', path: ['attributedTo'] });
  });

  it('claim-voice: reported speech in the source\'s own voice', () => {
    const issue = onlyIssue((r) => {
      r['claims/fixture-claim-said'] = 'id: fixture-claim-said\nsource: fixture-source\nquote:\n  exact: \'The strikers said: "We want fair pay."\'\nkind: fact\nabout: [fixture-shooting]\n';
    });
    expect(issue).toMatchObject({ rule: 'claim-voice', id: 'fixture-claim-said', path: ['attributedTo'] });
    expect(issue.message).toContain('the quote reports speech ("said")');
  });

  it('claim-voice: max only for a stated maximum', () => {
    const issue = onlyIssue(edit('claims/fixture-claim-toll', '  value: 16\n  qualifier: at least', '  max: 16\n  qualifier: at least'));
    expect(issue).toMatchObject({ rule: 'claim-voice', path: ['figure', 'max'] });
    expect(build(edit('claims/fixture-claim-toll', '  value: 16\n  qualifier: at least', '  max: 16\n  qualifier: up to')).ok).toBe(true);
  });

  it('content-warnings: a claim whose quote uses a warning\'s words without the warning, with the words', () => {
    const issue = onlyIssue(edit('claims/fixture-claim-toll', 'contentWarnings: [death]\n', ''));
    expect(issue).toMatchObject({ rule: 'content-warnings', file: 'data/claims/fixture-claim-toll.yaml', id: 'fixture-claim-toll', path: ['contentWarnings'] });
    expect(issue.message).toContain('the quote uses "died", which call for the warning "death"');
    // a warning the quote's words do not call for is the editor's to add
    expect(build(edit('claims/fixture-claim-toll', 'contentWarnings: [death]', 'contentWarnings: [death, imprisonment]')).ok).toBe(true);
  });

  it('content-warnings: a term that the seed wraps over a line break, in any case', () => {
    const result = build(edit('claims/fixture-claim-shooting', 'contentWarnings: [violence]\n', ''));
    // the event's title and summary ("Police fire on strikers") have now lost their warning too
    expect(result.issues.map((i) => [i.id, i.path.join('.')])).toEqual([['fixture-claim-shooting', 'contentWarnings'], ['fixture-shooting', 'title'], ['fixture-shooting', 'summary']]);
    const issue = result.issues[0]!;
    expect(issue).toMatchObject({ rule: 'content-warnings', path: ['contentWarnings'], line: 4 });
    expect(issue.message).toContain('"fired on"');
  });

  it('content-warnings: an event summary that uses a warning\'s words no claim about the event carries', () => {
    const issue = onlyIssue(edit('events/fixture-shooting', 'summary: Police fired on strikers.', 'summary: Police fired on strikers and tortured them.'));
    expect(issue).toMatchObject({ rule: 'content-warnings', file: 'data/events/fixture-shooting.yaml', id: 'fixture-shooting', path: ['summary'], line: 3 });
    expect(issue.message).toContain('the summary uses "tortured", which call for the warning "torture", but no claim about this event carries it');
  });

  it('content-warnings: a source whose quotable text uses the words, but not a word of its footer', () => {
    const issue = onlyIssue(edit('sources/fixture-source', 'contentWarnings: [death, violence]', 'contentWarnings: [violence]'));
    expect(issue).toMatchObject({ rule: 'content-warnings', file: 'data/sources/fixture-source.yaml', id: 'fixture-source', path: ['contentWarnings'] });
    expect(issue.message).toContain('uses "died", which call for the warning "death"');
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
