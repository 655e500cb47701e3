import { describe, expect, it } from 'vitest';
import { build, built, onlyIssue, edit } from '../ruleFixtures.js';

describe('date-bounds-stated: each error names file, id, field and line', () => {
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

  it('date-bounds-stated: a terminus is the publication date of a source that reports the event, said so in dateNote', () => {
    const terminus = (date: string) => (r: Record<string, string>) => {
      edit('events/fixture-shooting', 'date: 2011-12-16\n', `date: 2011/${date}\n`)(r);
      edit('events/fixture-shooting', /dateBasis:\n  on: .*\n/, 'dateBasis:\n  end: { terminus: fixture-source }\n')(r);
    };
    const wrongDay = build(terminus('2012-12-19'));
    expect(wrongDay.issues.map((i) => i.message).join('\n')).toContain('is not the publication date of "fixture-source" ("2012-12-20")');
    const noNote = onlyIssue(terminus('2012-12-20'));
    expect(noNote).toMatchObject({ rule: 'date-bounds-stated', path: ['dateNote'] });
    built((r) => {
      terminus('2012-12')(r);
      r['events/fixture-shooting'] += 'dateNote: Before the article of December 2012, a terminus.\n';
    });
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
    built(edit('events/fixture-shooting', 'date: 2011-12-16\n', 'date: 2011-12\n'));
  });
});
