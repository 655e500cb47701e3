import { describe, expect, it } from 'vitest';
import { built, onlyIssue, edit } from '../ruleFixtures.js';

describe('disputes-linked: each error names file, id, field and line', () => {
  it('disputes-linked: an event two disputing claims are about must be marked disputed', () => {
    const issue = onlyIssue(edit('claims/fixture-claim-toll', 'kind: figure', 'kind: figure\ndisputes: [fixture-claim-shooting]'));
    expect(issue).toMatchObject({ rule: 'disputes-linked', id: 'fixture-claim-toll', path: ['disputes', 0], line: 6 });
    expect(issue.message).toContain('no event they are both about (fixture-shooting) is marked "disputed: true"');
    const marked = built((r) => {
      edit('claims/fixture-claim-toll', 'kind: figure', 'kind: figure\ndisputes: [fixture-claim-shooting]')(r);
      edit('events/fixture-shooting', 'type: shooting', 'disputed: true\ntype: shooting')(r);
    });
    // one link, shown from both ends
    expect(marked.claims.find((c) => c.id === 'fixture-claim-shooting')!.disputes).toEqual(['fixture-claim-toll']);
  });

  it('disputes-linked: an event marked disputed with no disputing claims', () => {
    const issue = onlyIssue(edit('events/fixture-shooting', 'type: shooting', 'disputed: true\ntype: shooting'));
    expect(issue).toMatchObject({ rule: 'disputes-linked', id: 'fixture-shooting', path: ['disputed'] });
  });
});
