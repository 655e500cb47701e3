import { describe, expect, it } from 'vitest';
import { onlyIssue, edit } from '../ruleFixtures.js';

describe('references-resolve: each error names file, id, field and line', () => {
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
});
