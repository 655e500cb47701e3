/**
 * Reads a Common Cartridge as an LMS importer would and checks what IMS Common Cartridge 1.3
 * requires of its manifest and of each resource type the course writes. The IMS schemas are not
 * on npm or Debian and cannot be fetched here, so each XML file is checked for well-formedness
 * with xmllint (libxml2-utils) and the elements each resource type needs are checked below.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8 } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { expect } from 'vitest';
import { CC13, RESOURCE_TYPES } from '../src/components/teacher/cartridge';

type Node = Record<string, any>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['item', 'resource', 'file', 'format', 'qtimetadatafield', 'section'].includes(name),
});

/** A resource of the manifest with its file parsed. */
export interface ReadResource {
  identifier: string;
  type: string;
  href: string;
  /** The file's text and its root element, parsed. */
  text: string;
  root: Node;
}

/** What a cartridge holds, as read back. */
export interface ReadCartridge {
  manifest: Node;
  /** The folders under the organization's root, with the resources their items point at. */
  folders: { title: string; resources: ReadResource[] }[];
  resources: ReadResource[];
}

const ROOTS: Record<string, { element: string; namespace: string }> = {
  [RESOURCE_TYPES.link]: { element: 'webLink', namespace: CC13.wl },
  [RESOURCE_TYPES.discussion]: { element: 'topic', namespace: CC13.dt },
  [RESOURCE_TYPES.quiz]: { element: 'questestinterop', namespace: CC13.qti },
  [RESOURCE_TYPES.assignment]: { element: 'assignment', namespace: CC13.assignment },
};

/** The QTI metadata fields of a node as label → entry. */
export const qtiFields = (node: Node): Record<string, string> =>
  Object.fromEntries((node.qtimetadatafield as Node[]).map((f) => [f.fieldlabel, String(f.fieldentry)]));

/** Runs xmllint (well-formedness, namespaces) on every XML file of the cartridge; throws with its message on the first error. */
export function xmllintAll(files: Record<string, Uint8Array>): void {
  const dir = mkdtempSync(path.join(tmpdir(), 'imscc-'));
  try {
    const paths = Object.entries(files).map(([name, bytes]) => {
      const file = path.join(dir, name);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, bytes);
      return file;
    });
    execFileSync('xmllint', ['--noout', ...paths], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Reads an unzipped cartridge and checks it against Common Cartridge 1.3: the manifest's
 * namespace, schema and version, LOM title, one rooted-hierarchy organization whose leaves each
 * point at one resource, every resource used once with a known CC 1.3 type and its file in the
 * zip, each file's root element in its type's namespace with the children that type requires,
 * and nothing in the zip that the manifest does not name.
 */
export function readCartridge(files: Record<string, Uint8Array>): ReadCartridge {
  xmllintAll(files);
  expect(Object.keys(files)).toContain('imsmanifest.xml');
  const manifest = parser.parse(strFromU8(files['imsmanifest.xml']!)).manifest as Node;
  expect(manifest['@xmlns']).toBe(CC13.cp);
  expect(manifest['@identifier']).toBeTruthy();
  expect(manifest['@xsi:schemaLocation']).toContain(`${CC13.cp} ${CC13.cpXsd}`);
  expect(manifest.metadata.schema).toBe('IMS Common Cartridge');
  expect(manifest.metadata.schemaversion).toBe('1.3.0');
  expect(manifest.metadata['lomimscc:lom']['lomimscc:general']['lomimscc:title']['lomimscc:string']['#text']).toBeTruthy();
  const organization = manifest.organizations.organization as Node;
  expect(organization['@structure']).toBe('rooted-hierarchy');
  expect(organization.item).toHaveLength(1);

  const resources: ReadResource[] = (manifest.resources.resource as Node[]).map((r) => {
    const type = r['@type'] as string;
    expect(Object.values(RESOURCE_TYPES), `resource ${r['@identifier']}`).toContain(type);
    expect(r.file, `resource ${r['@identifier']} has one file`).toHaveLength(1);
    const href = r.file[0]['@href'] as string;
    if (r['@href'] !== undefined) expect(r['@href']).toBe(href);
    expect(files[href], `file ${href} of ${r['@identifier']}`).toBeDefined();
    const text = strFromU8(files[href]!);
    const { element, namespace } = ROOTS[type]!;
    const root = parser.parse(text)[element] as Node;
    expect(root, `${href} has the root element <${element}>`).toBeDefined();
    expect(root['@xmlns'], `${href} namespace`).toBe(namespace);
    checkResource(type, root, href);
    return { identifier: r['@identifier'], type, href, text, root };
  });
  const byId = new Map(resources.map((r) => [r.identifier, r]));
  expect(byId.size).toBe(resources.length);

  const used: string[] = [];
  const folders = (organization.item[0].item as Node[]).map((folder) => {
    expect(folder['@identifierref'], 'a folder points at no resource').toBeUndefined();
    const leaves = folder.item as Node[];
    for (const leaf of leaves) {
      expect(leaf.title, `item ${leaf['@identifier']} has a title`).toBeTruthy();
      used.push(leaf['@identifierref']);
    }
    return { title: String(folder.title), resources: leaves.map((l) => byId.get(l['@identifierref'])!) };
  });
  expect(used.sort()).toEqual([...byId.keys()].sort());
  expect(Object.keys(files).sort()).toEqual(['imsmanifest.xml', ...resources.map((r) => r.href)].sort());
  return { manifest, folders, resources };
}

/** The children each resource type requires, by the CC 1.3 binding of that type. */
function checkResource(type: string, root: Node, href: string): void {
  switch (type) {
    case RESOURCE_TYPES.link:
      expect(root.title, href).toBeTruthy();
      expect(root.url['@href'], href).toMatch(/^https?:\/\//);
      return;
    case RESOURCE_TYPES.discussion:
      expect(root.title, href).toBeTruthy();
      expect(root.text['@texttype'], href).toBe('text/html');
      expect(root.text['#text'], href).toBeTruthy();
      return;
    case RESOURCE_TYPES.assignment:
      expect(root['@identifier'], href).toBeTruthy();
      expect(root.title, href).toBeTruthy();
      expect(root.text['@texttype'], href).toBe('text/html');
      for (const f of root.submission_formats?.format ?? []) expect(['html', 'text', 'url', 'file']).toContain(f['@type']);
      return;
    case RESOURCE_TYPES.quiz: {
      const assessment = root.assessment as Node;
      expect(assessment['@ident'], href).toBeTruthy();
      expect(assessment['@title'], href).toBeTruthy();
      expect(qtiFields(assessment.qtimetadata).cc_profile, href).toBe('cc.exam.v0p1');
      const items = assessment.section[0].item as Node[];
      expect(items.length, href).toBeGreaterThan(0);
      for (const item of items) {
        expect(item['@ident'], href).toBeTruthy();
        expect(qtiFields(item.itemmetadata.qtimetadata).cc_profile, href).toBe('cc.essay.v0p1');
        expect(item.presentation.material.mattext['#text'], href).toBeTruthy();
        expect(item.presentation.response_str.render_fib, href).toBeDefined();
        expect(item.resprocessing.respcondition.displayfeedback['@linkrefid'], href).toBe(item.itemfeedback['@ident']);
      }
      return;
    }
  }
}
