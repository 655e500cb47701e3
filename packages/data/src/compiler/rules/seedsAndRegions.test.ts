import { describe, expect, it } from 'vitest';
import { build, onlyIssue, edit } from '../ruleFixtures.js';

describe('seeds-and-regions: each error names file, id, field and line', () => {
  it('seeds-and-regions: a missing seed file', () => {
    const result = build(edit('sources/fixture-source', 'seed: fixture-seed.txt', 'seed: missing.txt'));
    expect(result.ok).toBe(false);
    expect(result.issues[0]).toMatchObject({ rule: 'seeds-and-regions', id: 'fixture-source', path: ['seed'], line: 10 });
  });

  it('seeds-and-regions: a region beyond the end of the seed', () => {
    const issue = onlyIssue(edit('sources/fixture-source', 'lines: [5, 5]', 'lines: [5, 99]'));
    expect(issue).toMatchObject({ rule: 'seeds-and-regions', path: ['regions', 1, 'lines'] });
  });
});
