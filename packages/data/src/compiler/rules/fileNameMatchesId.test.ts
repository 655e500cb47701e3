import { describe, expect, it } from 'vitest';
import { onlyIssue } from '../ruleFixtures.js';

describe('file-name-matches-id: each error names file, id, field and line', () => {
  it('file-name-matches-id', () => {
    const issue = onlyIssue((r) => {
      r['themes/other-name'] = r['themes/fixture-theme']!;
      delete r['themes/fixture-theme'];
    });
    expect(issue).toMatchObject({ rule: 'file-name-matches-id', file: 'data/themes/other-name.yaml', id: 'fixture-theme', path: ['id'], line: 1 });
  });
});
