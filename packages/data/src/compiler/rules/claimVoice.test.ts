import { describe, expect, it } from 'vitest';
import { built, onlyIssue, edit } from '../ruleFixtures.js';

describe('claim-voice: each error names file, id, field and line', () => {
  it('claim-voice: an official-claim in a voice that is not official', () => {
    const issue = onlyIssue((r) => {
      edit('claims/fixture-claim-shooting', 'kind: fact', 'kind: official-claim\nattributedTo: [fixture-writer]')(r);
      r['actors/fixture-writer'] = 'id: fixture-writer\nkind: person\nname: Writer\n';
      edit('claims/fixture-claim-toll', 'about: [fixture-shooting]', 'about: [fixture-shooting, fixture-writer]')(r);
    });
    expect(issue).toMatchObject({ rule: 'claim-voice', id: 'fixture-claim-shooting', path: ['attributedTo'] });
    expect(issue.message).toContain('"fixture-writer" is not an official actor');
    built(edit('claims/fixture-claim-shooting', 'kind: fact', 'kind: official-claim\nattributedTo: [fixture-police]'));
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
    built(edit('claims/fixture-claim-toll', '  value: 16\n  qualifier: at least', '  max: 16\n  qualifier: up to'));
  });
});
