import getReleasePlan from '@changesets/get-release-plan';
import type { Bump } from './diff.js';

/** What the pending changesets would release for the package. */
export interface PendingRelease {
  bump: Bump;
  /** The changeset files that name the package, e.g. "brave-new-theme.md". */
  files: string[];
  currentVersion: string;
  nextVersion: string;
}

/**
 * The release the changesets in `repo`'s `.changeset/` plan for one package, as `changeset version` would make it.
 * @example await pendingRelease(repo, '@kzprotest/data', '0.1.0') // { bump: 'minor', files: ['a.md'], currentVersion: '0.1.0', nextVersion: '0.2.0' }
 */
export async function pendingRelease(repo: string, pkg: string, currentVersion: string): Promise<PendingRelease> {
  const plan = await getReleasePlan(repo);
  const release = plan.releases.find((r) => r.name === pkg);
  const files = plan.changesets
    .filter((c) => c.releases.some((r) => r.name === pkg))
    .map((c) => `${c.id}.md`)
    .sort();
  if (!release || release.type === 'none') return { bump: 'none', files, currentVersion, nextVersion: currentVersion };
  return { bump: release.type, files, currentVersion, nextVersion: release.newVersion };
}
