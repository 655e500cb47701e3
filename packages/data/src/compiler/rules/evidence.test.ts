import { describe, expect, it } from 'vitest';
import { onlyIssue, edit } from '../ruleFixtures.js';

describe('evidence-consistent, records-evidenced: each error names file, id, field and line', () => {
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
});
