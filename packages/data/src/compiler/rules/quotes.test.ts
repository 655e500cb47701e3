import { describe, expect, it } from 'vitest';
import { FIXTURE_SEED } from '../../../test/fixture.js';
import { built, onlyIssue, edit } from '../ruleFixtures.js';

describe('quotes-verbatim, quotes-unambiguous, quotes-in-regions: each error names file, id, field and line', () => {
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
    const dataset = built(edit('claims/fixture-claim-toll', '  exact: At least 16 people died.', '  exact: We want fair pay.\n  prefix: \'" \''));
    const claim = dataset.claims.find((c) => c.id === 'fixture-claim-toll')!;
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
});
