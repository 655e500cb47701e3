import { describe, expect, it } from 'vitest';
import { built, onlyIssue } from '../ruleFixtures.js';

describe('released-ids-kept: each error names file, id, field and line', () => {
  it('released-ids-kept: a released id that is gone', () => {
    const issue = onlyIssue(() => {}, ['fixture-shooting', 'an-old-event']);
    expect(issue).toMatchObject({ rule: 'released-ids-kept', id: 'an-old-event', file: 'released-ids.json' });
    expect(issue.message).toContain('an-old-event');
  });

  it('released-ids-kept: a moved redirect keeps a released id', () => {
    built((r) => {
      r['redirects/an-old-event'] = 'id: an-old-event\nkind: moved\nto: [fixture-shooting]\nreason: Renamed.\ndate: 2026-11-24\n';
    }, ['an-old-event']);
  });
});
