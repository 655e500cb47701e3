import { describe, expect, it } from 'vitest';
import { onlyIssue } from '../ruleFixtures.js';

describe('ids-unique: each error names file, id, field and line', () => {
  it('ids-unique across collections', () => {
    const issue = onlyIssue((r) => {
      r['themes/fixture-town'] = 'id: fixture-town\nname: Town theme\ndescription: A theme whose id is a place id.\n';
    });
    expect(issue).toMatchObject({ rule: 'ids-unique', id: 'fixture-town', path: ['id'] });
    expect(issue.message).toContain('data/places/fixture-town.yaml');
  });
});
