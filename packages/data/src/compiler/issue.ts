/** One thing wrong with the data, located precisely enough to fix without searching. */
export interface BuildIssue {
  /** The rule that found it, e.g. "quotes-verbatim". */
  rule: string;
  /** Path of the YAML file, relative to the data package. */
  file: string;
  /** The record's id, when the file parsed far enough to have one. */
  id?: string;
  /** Field path inside the record, e.g. ["quote", "exact"]. */
  path: (string | number)[];
  /** 1-based line in the file, when known. */
  line?: number;
  message: string;
}

/** `data/claims/x.yaml:7 claim-id quote.exact: message [rule]` */
export function formatIssue(issue: BuildIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  const field = issue.path.length ? issue.path.map(String).join('.') : '(record)';
  const id = issue.id ? ` record "${issue.id}"` : '';
  return `${where}${id} field ${field}: ${issue.message} [${issue.rule}]`;
}

/**
 * For the command-line scripts: when a build failed, print each issue under the heading and exit 1.
 * @example exitOnIssues(result, (n) => `The data did not build: ${n} problem(s).\n`); result.dataset
 */
export function exitOnIssues<R extends { ok: boolean; issues: readonly BuildIssue[] }>(result: R, heading: (count: number) => string): asserts result is Extract<R, { ok: true }> {
  if (result.ok) return;
  console.error(heading(result.issues.length));
  for (const issue of result.issues) console.error(`  ${formatIssue(issue)}`);
  process.exit(1);
}
