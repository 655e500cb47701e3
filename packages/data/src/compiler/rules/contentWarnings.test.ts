import { describe, expect, it } from 'vitest';
import { build, built, onlyIssue, edit } from '../ruleFixtures.js';

describe('content-warnings: each error names file, id, field and line', () => {
  it('content-warnings: a claim whose quote uses a warning\'s words without the warning, with the words', () => {
    const issue = onlyIssue(edit('claims/fixture-claim-toll', 'contentWarnings: [death]\n', ''));
    expect(issue).toMatchObject({ rule: 'content-warnings', file: 'data/claims/fixture-claim-toll.yaml', id: 'fixture-claim-toll', path: ['contentWarnings'] });
    expect(issue.message).toContain('the quote uses "died", which call for the warning "death"');
    // a warning the quote's words do not call for is the editor's to add
    built(edit('claims/fixture-claim-toll', 'contentWarnings: [death]', 'contentWarnings: [death, imprisonment]'));
  });
  it('content-warnings: a term that the seed wraps over a line break, in any case', () => {
    const result = build(edit('claims/fixture-claim-shooting', 'contentWarnings: [violence]\n', ''));
    // the event's title and summary ("Police fire on strikers") have now lost their warning too
    expect(result.issues.map((i) => [i.id, i.path.join('.')])).toEqual([['fixture-claim-shooting', 'contentWarnings'], ['fixture-shooting', 'title'], ['fixture-shooting', 'summary']]);
    const issue = result.issues[0]!;
    expect(issue).toMatchObject({ rule: 'content-warnings', path: ['contentWarnings'], line: 4 });
    expect(issue.message).toContain('"fired on"');
  });
  it('content-warnings: an event summary that uses a warning\'s words no claim about the event carries', () => {
    const issue = onlyIssue(edit('events/fixture-shooting', 'summary: Police fired on strikers.', 'summary: Police fired on strikers and tortured them.'));
    expect(issue).toMatchObject({ rule: 'content-warnings', file: 'data/events/fixture-shooting.yaml', id: 'fixture-shooting', path: ['summary'], line: 3 });
    expect(issue.message).toContain('the summary uses "tortured", which call for the warning "torture", but no claim about this event carries it');
  });
  it('content-warnings: a source whose quotable text uses the words, but not a word of its footer', () => {
    const issue = onlyIssue(edit('sources/fixture-source', 'contentWarnings: [death, violence]', 'contentWarnings: [violence]'));
    expect(issue).toMatchObject({ rule: 'content-warnings', file: 'data/sources/fixture-source.yaml', id: 'fixture-source', path: ['contentWarnings'] });
    expect(issue.message).toContain('uses "died", which call for the warning "death"');
  });
});
