import { describe, expect, it } from 'vitest';
import { built, issuesOf, onlyIssue, edit } from '../ruleFixtures.js';

describe('dates-edtf: each error names file, id, field and line', () => {
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
    expect(issuesOf(edit('events/fixture-shooting', 'date: 2011-12-16', 'date: 2012-02-29'), { except: 'date-bounds-stated' })).toEqual([]);
  });

  it('dates: an open end, and an end month that contains the start day, are valid EDTF', () => {
    const interval = (date: string, end: string) => (r: Record<string, string>) => {
      edit('events/fixture-shooting', 'date: 2011-12-16\n', `date: "${date}"\n`)(r);
      edit('events/fixture-shooting', /dateBasis:\n  on: .*\n/, `dateBasis:\n  start: { claim: fixture-claim-shooting, words: "December 16, 2011" }\n${end}`)(r);
    };
    built(interval('2011-12-16/..', ''));
    const withinMonth = built(interval('2011-12-16/2011-12', '  end: { claim: fixture-claim-shooting, words: "December 16, 2011" }\n'));
    expect(withinMonth.events[0]!.dateRange).toEqual({ earliest: '2011-12-16', latest: '2011-12-31' });
  });

  it('dates: "on or before" ("[..2011-12-16]") is valid EDTF, with no earliest day and the bound as latest', () => {
    expect(issuesOf(edit('events/fixture-shooting', 'date: 2011-12-16\n', 'date: "[..2011-12-16]"\n'), { except: 'date-bounds-stated' })).toEqual([]);
    const bad = onlyIssue(edit('events/fixture-shooting', 'date: 2011-12-16\n', 'date: "[..2011-12-16"\n'));
    expect(bad).toMatchObject({ rule: 'schema', path: ['date'] });
  });
});
