// Test helper for the rule tests beside each rule: not reached from any entry, so tsup ships none of it.
import { expect } from 'vitest';
import { fixtureSeeds, toFiles, validRecords } from '../../test/fixture.js';
import { buildDataset } from './buildDataset.js';
import { formatIssue, type BuildIssue } from './issue.js';

type Records = Record<string, string>;

/** Build the fixture record set after `mutate` has edited it. */
export function build(mutate: (records: Records) => void = () => {}, releasedIds?: string[]) {
  const records = validRecords();
  mutate(records);
  return buildDataset({ files: toFiles(records), seeds: fixtureSeeds(), releasedIds });
}

/** The one issue the edited fixture has (the test fails when it has none or more). */
export function onlyIssue(mutate: (records: Records) => void, releasedIds?: string[]): BuildIssue {
  const result = build(mutate, releasedIds);
  expect(result.ok).toBe(false);
  const issues = result.issues;
  expect(issues, issues.map(formatIssue).join('\n')).toHaveLength(1);
  return issues[0]!;
}

/** An edit of one fixture record that fails the test when it changes nothing. */
export const edit = (key: string, from: string | RegExp, to: string) => (records: Records) => {
  const before = records[key]!;
  records[key] = before.replace(from, to);
  expect(records[key], `fixture edit of ${key} changed nothing`).not.toBe(before);
};
