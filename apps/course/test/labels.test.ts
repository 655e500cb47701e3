/**
 * No page prints a vocabulary id where its words belong ("sexual-violence" for "sexual
 * violence", "inconsistent-spelling", "state-body"): the built HTML's text, outside code, holds
 * none of the hyphenated values of the data package's label tables. Needs a built site (build/).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventTypes } from '@kzprotest/data';
import * as words from '@kzprotest/data/format';
import { siteDir } from './browser';

const tables: Record<string, Record<string, string>> = {
  contentWarnings: words.contentWarningLabels,
  claimKinds: words.claimKindLabels,
  eventRoles: words.eventRoleLabels,
  eventTypes: Object.fromEntries(Object.entries(eventTypes).map(([id, t]) => [id, t.label])),
  figureProperties: words.figurePropertyLabels,
  organizationTypes: words.organizationTypeLabels,
  erratumKinds: words.erratumKindLabels,
  sourceTypes: words.sourceTypeLabels,
};
// the ids a page could print by mistake: those that do not read as words (a hyphen joins them)
const ids = Object.entries(tables).flatMap(([table, labels]) => Object.keys(labels).filter((id) => id.includes('-')).map((id) => ({ table, id })));

const buildDir = process.env.KZ_SITE_BUILD ?? path.join(siteDir, 'build');
const htmlFiles = (readdirSync(buildDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));

/** The words a reader sees: no scripts, styles, code or attributes (where ids belong: hrefs, keys). */
const visibleText = (html: string) =>
  html
    .replace(/<(script|style|code|pre|template)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('the built site prints labels, not vocabulary ids', () => {
  it('has pages to read', () => {
    expect(htmlFiles.length).toBeGreaterThan(50);
    expect(ids.map((i) => i.id)).toContain('sexual-violence');
  });

  it('no page shows a hyphenated vocabulary id as text', () => {
    const found: string[] = [];
    for (const file of htmlFiles) {
      const text = visibleText(readFileSync(path.join(buildDir, file), 'utf8'));
      for (const { table, id } of ids) {
        const at = new RegExp(`(?<![\\w/#-])${id}(?![\\w-])`).exec(text);
        if (at) found.push(`${file}: "${id}" (${table}) in "…${text.slice(Math.max(0, at.index - 60), at.index + id.length + 30)}…"`);
      }
    }
    expect(found, 'print the label from @kzprotest/data/format instead').toEqual([]);
  });
});
