/**
 * A thin IMS Common Cartridge 1.1 of an assignment (imsmanifest.xml plus one web link per item),
 * made and zipped in the browser with no server.
 */
import { type Assignment, chosenActivities, chosenReadings, lessonById } from './assignLink';
import { download, MIME } from './download';
import type { Catalogue, LessonSummary, ReadingView } from './types';

const xmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
    // characters XML 1.0 forbids
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');

/** One item of a cartridge: a titled web link. */
export interface CartridgeLink {
  title: string;
  url: string;
}

/** What a cartridge holds: its title, a description, and folders of web links. */
export interface CartridgeSpec {
  title: string;
  description: string;
  folders: { title: string; links: CartridgeLink[] }[];
}

const NS = {
  cp: 'http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1',
  lomManifest: 'http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest',
  lomResource: 'http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource',
  wl: 'http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
};

/** The files of a thin Common Cartridge 1.1: imsmanifest.xml and one weblink XML per link. */
export function cartridgeFiles(spec: CartridgeSpec): Record<string, string> {
  const files: Record<string, string> = {};
  let n = 0;
  const items: string[] = [];
  const resources: string[] = [];
  spec.folders.forEach((folder, f) => {
    const children = folder.links.map((link) => {
      n += 1;
      const id = `I_${String(n).padStart(3, '0')}`;
      const res = `R_${String(n).padStart(3, '0')}`;
      const href = `${res}/weblink.xml`;
      files[href] = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<webLink xmlns="${NS.wl}" xmlns:xsi="${NS.xsi}" xsi:schemaLocation="${NS.wl} http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imswl_v1p1.xsd">`,
        `  <title>${xmlEscape(link.title)}</title>`,
        `  <url href="${xmlEscape(link.url)}" target="_blank"/>`,
        '</webLink>',
        '',
      ].join('\n');
      resources.push(`    <resource identifier="${res}" type="imswl_xmlv1p1">\n      <file href="${href}"/>\n    </resource>`);
      return `        <item identifier="${id}" identifierref="${res}">\n          <title>${xmlEscape(link.title)}</title>\n        </item>`;
    });
    items.push(`      <item identifier="F_${String(f + 1).padStart(3, '0')}">\n        <title>${xmlEscape(folder.title)}</title>\n${children.join('\n')}\n      </item>`);
  });
  files['imsmanifest.xml'] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="kzprotest_cartridge" xmlns="${NS.cp}" xmlns:lomimscc="${NS.lomManifest}" xmlns:lom="${NS.lomResource}" xmlns:xsi="${NS.xsi}" xsi:schemaLocation="${NS.cp} http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imscp_v1p2_v1p0.xsd ${NS.lomManifest} http://www.imsglobal.org/profile/cc/ccv1p1/LOM/ccv1p1_lommanifest_v1p0.xsd">`,
    '  <metadata>',
    '    <schema>IMS Common Cartridge</schema>',
    '    <schemaversion>1.1.0</schemaversion>',
    '    <lomimscc:lom>',
    '      <lomimscc:general>',
    `        <lomimscc:title><lomimscc:string language="en">${xmlEscape(spec.title)}</lomimscc:string></lomimscc:title>`,
    `        <lomimscc:description><lomimscc:string language="en">${xmlEscape(spec.description)}</lomimscc:string></lomimscc:description>`,
    '        <lomimscc:language>en</lomimscc:language>',
    '      </lomimscc:general>',
    '    </lomimscc:lom>',
    '  </metadata>',
    '  <organizations>',
    '    <organization identifier="O_001" structure="rooted-hierarchy">',
    '      <item identifier="ROOT">',
    ...items.map((i) => i.replace(/^/gm, '  ')),
    '      </item>',
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    ...resources,
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
  return files;
}

/**
 * The cartridge as .imscc bytes (a zip with imsmanifest.xml at its root). The zip library is
 * loaded at the first call, so the lesson pages that offer the button do not download it.
 */
export async function cartridgeZip(spec: CartridgeSpec): Promise<Uint8Array> {
  const { strToU8, zipSync } = await import('fflate');
  const files = cartridgeFiles(spec);
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])), { level: 6 });
}

/**
 * Save a cartridge as `<stem>.imscc`. When the zip library cannot be fetched (offline, or the
 * site was redeployed since the page loaded), the teacher is told so rather than left with a
 * button that does nothing.
 */
export function downloadCartridge(stem: string, spec: CartridgeSpec): Promise<void> {
  return cartridgeZip(spec).then(
    (bytes) => download(`${stem}.imscc`, bytes, MIME.imscc),
    (error: unknown) => {
      // the bundler's message runs over several lines ("Loading chunk 5227 failed.\n(error: …)")
      const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.replace(/\.$/, '');
      window.alert(`The Common Cartridge could not be made: ${reason}. Reload the page and try again.`);
    },
  );
}

/** What a cartridge of an assignment holds: the assignment itself, its lessons, its readings and its activities. */
export function assignmentCartridge(catalogue: Catalogue, a: Assignment, abs: (path: string) => string, shareUrl: string): CartridgeSpec {
  const title = a.title || 'Assignment';
  const description = [a.due ? `Due ${a.due}.` : '', a.instructions].filter(Boolean).join(' ') || `${title} (kzprotest course)`;
  const lessons = a.lessons.map((id) => lessonById(catalogue, id)).filter((l): l is LessonSummary => Boolean(l));
  return {
    title,
    description,
    folders: [
      { title, links: [{ title: `${title}: the assignment and handout`, url: shareUrl }] },
      ...(lessons.length ? [{ title: 'Lessons', links: lessons.map((l) => ({ title: l.title, url: abs(l.permalink) })) }] : []),
      ...(a.readings.length ? [{ title: 'Readings', links: readingLinks(chosenReadings(catalogue, a), abs) }] : []),
      ...(a.activities.length ? [{ title: 'Activities', links: chosenActivities(catalogue, a).map((x) => ({ title: `${x.title} (${x.moduleTitle})`, url: abs(x.permalink) })) }] : []),
    ],
  };
}

/** A reading's links: its page on the course, and the original only where its address is verified. */
export function readingLinks(readings: ReadingView[], abs: (path: string) => string): CartridgeLink[] {
  return readings.flatMap((r) => [
    { title: `${r.title} (source page)`, url: abs(r.href) },
    ...(r.url ? [{ title: `${r.title} (original, ${r.containerTitle ?? r.publisher})`, url: r.url }] : []),
  ]);
}
