// Test helper for the rule tests beside each rule: not reached from any entry, so tsup ships none of it.
import { expect } from 'vitest';
import { fixtureSeeds, toFiles, validRecords } from '../../test/fixture.js';
import type { Dataset } from '../dataset.js';
import { buildDataset } from './buildDataset.js';
import { formatIssue, type BuildIssue } from './issue.js';

type Records = Record<string, string>;

/** Build the fixture record set after `mutate` has edited it. */
export function build(mutate: (records: Records) => void = () => {}, releasedIds?: string[]) {
  const records = validRecords();
  mutate(records);
  return buildDataset({ files: toFiles(records), seeds: fixtureSeeds(), releasedIds });
}

/** The edited fixture's issues as the build prints them (file, line, id, field, message), leaving out those of `except`'s rule. */
export function issuesOf(mutate: (records: Records) => void, options: { except?: string; releasedIds?: string[] } = {}): string[] {
  return build(mutate, options.releasedIds).issues.filter((i) => i.rule !== options.except).map(formatIssue);
}

/** The dataset the edited fixture builds; when it does not build, the test fails listing every issue. */
export function built(mutate: (records: Records) => void, releasedIds?: string[]): Dataset {
  const result = build(mutate, releasedIds);
  expect(result.issues.map(formatIssue)).toEqual([]);
  if (!result.ok) throw new Error('the fixture did not build');
  return result.dataset;
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
