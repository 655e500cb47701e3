import { describe, expect, it } from 'vitest';
import { onlyIssue, edit } from '../ruleFixtures.js';

describe('names-in-seeds: each error names file, id, field and line', () => {
  it('names-in-seeds: a spelling no seed uses', () => {
    const issue = onlyIssue(edit('places/fixture-town', 'name: Zhanaozen', 'name: Zhanaozen\naliases: [Zhana-Ozen]'));
    expect(issue).toMatchObject({ rule: 'names-in-seeds', id: 'fixture-town', path: ['aliases', 0], line: 4 });
  });

  it('names-in-seeds: a name seen only in the footer does not count', () => {
    const issue = onlyIssue(edit('actors/fixture-police', 'name: Police', 'name: Copyright'));
    expect(issue).toMatchObject({ rule: 'names-in-seeds', path: ['name'] });
  });
});
