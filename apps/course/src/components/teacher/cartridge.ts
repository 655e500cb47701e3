/**
 * An IMS Common Cartridge 1.3 of an assignment, made and zipped in the browser with no server:
 * the assignment as an assignment (the CC 1.3 assignment extension, with its due date for
 * Canvas), each chosen question as a discussion topic, the lessons' self-checks as QTI 1.2
 * quizzes (the CC profile's essay items, the answer from the data as feedback), and lessons and
 * readings as web links. Version 1.3 is the first with an assignment resource type; 1.1 (what
 * this wrote before) has only links, topics and quizzes.
 */
import { type Assignment, chosenActivities, chosenReadings, lessonById, questionText } from './assignLink';
import { cartridgeFailed } from './cartridgeFailed';
import { download, MIME } from './download';
import type { Catalogue, LessonSummary, ReadingView, SelfCheck } from './types';

const xmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
    // characters XML 1.0 forbids
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');

/** Text as an HTML paragraph per blank-line block, for the `texttype="text/html"` elements. */
const htmlParagraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${xmlEscape(p).replace(/\n/g, '<br/>')}</p>`)
    .join('');

/** One item of a cartridge: a titled web link (`kind` may be left out). */
export interface CartridgeLink {
  kind?: 'link';
  title: string;
  url: string;
}

/** The assignment itself: instructions, due day (YYYY-MM-DD), what to answer, where its handout is. */
export interface CartridgeAssignment {
  kind: 'assignment';
  title: string;
  instructions: string;
  due?: string;
  questions: string[];
  url: string;
}

/** A discussion topic: one question for the class, and the lesson it comes from. */
export interface CartridgeDiscussion {
  kind: 'discussion';
  title: string;
  prompt: string;
  lesson: CartridgeLink;
}

/** A quiz of open questions, each with the answer the data gives, shown as feedback. */
export interface CartridgeQuiz {
  kind: 'quiz';
  title: string;
  questions: SelfCheck[];
}

export type CartridgeItem = CartridgeLink | CartridgeAssignment | CartridgeDiscussion | CartridgeQuiz;

/** What a cartridge holds: its title, a description, and folders of items. */
export interface CartridgeSpec {
  title: string;
  description: string;
  folders: { title: string; items: CartridgeItem[] }[];
}

/** The Common Cartridge version written, as the manifest's metadata names it. */
export const CC_VERSION = '1.3.0';

/** Namespaces and schema locations of Common Cartridge 1.3 and its assignment extension. */
export const CC13 = {
  cp: 'http://www.imsglobal.org/xsd/imsccv1p3/imscp_v1p1',
  cpXsd: 'http://www.imsglobal.org/profile/cc/ccv1p3/ccv1p3_imscp_v1p2_v1p0.xsd',
  lomManifest: 'http://ltsc.ieee.org/xsd/imsccv1p3/LOM/manifest',
  lomManifestXsd: 'http://www.imsglobal.org/profile/cc/ccv1p3/LOM/ccv1p3_lommanifest_v1p0.xsd',
  wl: 'http://www.imsglobal.org/xsd/imsccv1p3/imswl_v1p3',
  wlXsd: 'http://www.imsglobal.org/profile/cc/ccv1p3/ccv1p3_imswl_v1p3.xsd',
  dt: 'http://www.imsglobal.org/xsd/imsccv1p3/imsdt_v1p3',
  dtXsd: 'http://www.imsglobal.org/profile/cc/ccv1p3/ccv1p3_imsdt_v1p3.xsd',
  qti: 'http://www.imsglobal.org/xsd/ims_qtiasiv1p2',
  qtiXsd: 'http://www.imsglobal.org/profile/cc/ccv1p3/ccv1p3_qtiasiv1p2p1_v1p0.xsd',
  assignment: 'http://www.imsglobal.org/xsd/imscc_extensions/assignment',
  assignmentXsd: 'http://www.imsglobal.org/profile/cc/cc_extensions/cc_extresource_assignmentv1p0_v1p0.xsd',
  // Canvas reads an assignment's due date from its own extension inside the CC assignment
  canvas: 'http://canvas.instructure.com/xsd/cccv1p0',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
} as const;

/** The resource type of each kind of item in CC 1.3. */
export const RESOURCE_TYPES = {
  link: 'imswl_xmlv1p3',
  discussion: 'imsdt_xmlv1p3',
  quiz: 'imsqti_xmlv1p2/imscc_xmlv1p3/assessment',
  assignment: 'assignment_xmlv1p0',
} as const;

const xmlHead = '<?xml version="1.0" encoding="UTF-8"?>';
const kindOf = (item: CartridgeItem) => item.kind ?? 'link';

/** "2027-03-01" → "1 March 2027", as the handout writes a due day. */
const dayInWords = (day: string) => new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

function webLinkXml(link: CartridgeLink): string {
  return [
    xmlHead,
    `<webLink xmlns="${CC13.wl}" xmlns:xsi="${CC13.xsi}" xsi:schemaLocation="${CC13.wl} ${CC13.wlXsd}">`,
    `  <title>${xmlEscape(link.title)}</title>`,
    `  <url href="${xmlEscape(link.url)}" target="_blank"/>`,
    '</webLink>',
    '',
  ].join('\n');
}

function discussionXml(d: CartridgeDiscussion): string {
  const html = `${htmlParagraphs(d.prompt)}<p>From the lesson <a href="${xmlEscape(d.lesson.url)}">${xmlEscape(d.lesson.title)}</a>.</p>`;
  return [
    xmlHead,
    `<topic xmlns="${CC13.dt}" xmlns:xsi="${CC13.xsi}" xsi:schemaLocation="${CC13.dt} ${CC13.dtXsd}">`,
    `  <title>${xmlEscape(d.title)}</title>`,
    `  <text texttype="text/html">${xmlEscape(html)}</text>`,
    '</topic>',
    '',
  ].join('\n');
}

function assignmentXml(a: CartridgeAssignment, identifier: string): string {
  const html = [
    a.due ? `<p><strong>Due:</strong> ${xmlEscape(dayInWords(a.due))}.</p>` : '',
    htmlParagraphs(a.instructions),
    a.questions.length ? `<p>Questions:</p><ol>${a.questions.map((q) => `<li>${xmlEscape(q)}</li>`).join('')}</ol>` : '',
    `<p>The assignment and its handout: <a href="${xmlEscape(a.url)}">${xmlEscape(a.url)}</a></p>`,
  ].join('');
  return [
    xmlHead,
    `<assignment identifier="${identifier}" xmlns="${CC13.assignment}" xmlns:xsi="${CC13.xsi}" xsi:schemaLocation="${CC13.assignment} ${CC13.assignmentXsd}">`,
    `  <title>${xmlEscape(a.title)}</title>`,
    `  <text texttype="text/html">${xmlEscape(html)}</text>`,
    '  <submission_formats>',
    '    <format type="text"/>',
    '    <format type="file"/>',
    '  </submission_formats>',
    ...(a.due
      ? [
          '  <extensions>',
          `    <assignment identifier="${identifier}_canvas" xmlns="${CC13.canvas}">`,
          `      <title>${xmlEscape(a.title)}</title>`,
          // a due day is due by its end, as Canvas itself reads a date without a time
          `      <due_at>${a.due}T23:59:59</due_at>`,
          '      <submission_types>online_text_entry,online_upload</submission_types>',
          '    </assignment>',
          '  </extensions>',
        ]
      : []),
    '</assignment>',
    '',
  ].join('\n');
}

const qtiField = (label: string, entry: string) => `<qtimetadatafield><fieldlabel>${label}</fieldlabel><fieldentry>${entry}</fieldentry></qtimetadatafield>`;

function quizXml(quiz: CartridgeQuiz, identifier: string): string {
  const items = quiz.questions.map((q, i) => {
    const id = `${identifier}_Q${i + 1}`;
    return [
      `      <item ident="${id}" title="${xmlEscape(q.question.slice(0, 250))}">`,
      `        <itemmetadata><qtimetadata>${qtiField('cc_profile', 'cc.essay.v0p1')}${qtiField('qmd_scoringpermitted', 'Yes')}${qtiField('qmd_computerscored', 'No')}</qtimetadata></itemmetadata>`,
      '        <presentation>',
      `          <material><mattext texttype="text/plain">${xmlEscape(q.question)}</mattext></material>`,
      `          <response_str ident="${id}_R" rcardinality="Single"><render_fib><response_label ident="${id}_A"/></render_fib></response_str>`,
      '        </presentation>',
      '        <resprocessing>',
      '          <outcomes><decvar varname="SCORE" vartype="Decimal" minvalue="0" maxvalue="100"/></outcomes>',
      '          <respcondition title="General feedback"><conditionvar><other/></conditionvar><displayfeedback feedbacktype="Response" linkrefid="general_fb"/></respcondition>',
      '        </resprocessing>',
      `        <itemfeedback ident="general_fb"><flow_mat><material><mattext texttype="text/plain">${xmlEscape(`From the data: ${q.answer}`)}</mattext></material></flow_mat></itemfeedback>`,
      '      </item>',
    ].join('\n');
  });
  return [
    xmlHead,
    `<questestinterop xmlns="${CC13.qti}" xmlns:xsi="${CC13.xsi}" xsi:schemaLocation="${CC13.qti} ${CC13.qtiXsd}">`,
    `  <assessment ident="${identifier}" title="${xmlEscape(quiz.title)}">`,
    `    <qtimetadata>${qtiField('cc_profile', 'cc.exam.v0p1')}${qtiField('qmd_assessmenttype', 'Examination')}${qtiField('qmd_scoretype', 'Percentage')}${qtiField('cc_maxattempts', 'unlimited')}</qtimetadata>`,
    `    <section ident="${identifier}_S">`,
    ...items,
    '    </section>',
    '  </assessment>',
    '</questestinterop>',
    '',
  ].join('\n');
}

/** Where each kind of item's file goes in the zip. */
const FILE_NAMES = { link: 'weblink.xml', discussion: 'topic.xml', quiz: 'assessment.xml', assignment: 'assignment.xml' } as const;

/**
 * The files of a Common Cartridge 1.3: imsmanifest.xml and one XML file per item, in a folder
 * named after its resource.
 * @example Object.keys(cartridgeFiles({ title: 'T', description: 'D', folders: [{ title: 'F', items: [{ title: 'A', url: 'https://example.org/' }] }] })) // ["R_001/weblink.xml", "imsmanifest.xml"]
 */
export function cartridgeFiles(spec: CartridgeSpec): Record<string, string> {
  const files: Record<string, string> = {};
  let n = 0;
  const folders: string[] = [];
  const resources: string[] = [];
  spec.folders.forEach((folder, f) => {
    const children = folder.items.map((item) => {
      n += 1;
      const id = `I_${String(n).padStart(3, '0')}`;
      const res = `R_${String(n).padStart(3, '0')}`;
      const kind = kindOf(item);
      const href = `${res}/${FILE_NAMES[kind]}`;
      files[href] =
        item.kind === 'assignment' ? assignmentXml(item, res)
        : item.kind === 'discussion' ? discussionXml(item)
        : item.kind === 'quiz' ? quizXml(item, res)
        : webLinkXml(item);
      // an assignment and a quiz name their file in href too, as Canvas's importer looks for it there first
      const hrefAttribute = kind === 'assignment' || kind === 'quiz' ? ` href="${href}"` : '';
      resources.push(`    <resource identifier="${res}" type="${RESOURCE_TYPES[kind]}"${hrefAttribute}>\n      <file href="${href}"/>\n    </resource>`);
      return `          <item identifier="${id}" identifierref="${res}">\n            <title>${xmlEscape(item.title)}</title>\n          </item>`;
    });
    folders.push(`        <item identifier="F_${String(f + 1).padStart(3, '0')}">\n          <title>${xmlEscape(folder.title)}</title>\n${children.join('\n')}\n        </item>`);
  });
  files['imsmanifest.xml'] = [
    xmlHead,
    `<manifest identifier="kzprotest_cartridge" xmlns="${CC13.cp}" xmlns:lomimscc="${CC13.lomManifest}" xmlns:xsi="${CC13.xsi}" xsi:schemaLocation="${CC13.cp} ${CC13.cpXsd} ${CC13.lomManifest} ${CC13.lomManifestXsd}">`,
    '  <metadata>',
    '    <schema>IMS Common Cartridge</schema>',
    `    <schemaversion>${CC_VERSION}</schemaversion>`,
    '    <lomimscc:lom>',
    '      <lomimscc:general>',
    `        <lomimscc:title><lomimscc:string language="en">${xmlEscape(spec.title)}</lomimscc:string></lomimscc:title>`,
    '        <lomimscc:language>en</lomimscc:language>',
    `        <lomimscc:description><lomimscc:string language="en">${xmlEscape(spec.description)}</lomimscc:string></lomimscc:description>`,
    '      </lomimscc:general>',
    '    </lomimscc:lom>',
    '  </metadata>',
    '  <organizations>',
    '    <organization identifier="O_001" structure="rooted-hierarchy">',
    '      <item identifier="ROOT">',
    ...folders,
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
    cartridgeFailed,
  );
}

/**
 * A lesson's chosen questions as discussion topics, each titled with its number in the lesson.
 * @example discussionTopics({ title: 'L' }, [{ n: 2, text: 'Why?' }], 'https://example.org/l')[0].title // "L: question 2"
 */
export function discussionTopics(lesson: Pick<LessonSummary, 'title'>, questions: { n: number; text: string }[], lessonUrl: string): CartridgeDiscussion[] {
  return questions.map((q) => ({ kind: 'discussion', title: `${lesson.title}: question ${q.n}`, prompt: q.text, lesson: { title: lesson.title, url: lessonUrl } }));
}

/**
 * What a cartridge of an assignment holds: the assignment (instructions, due day, questions),
 * a discussion topic per chosen question, a self-check quiz per chosen lesson that has self-checks,
 * and its lessons, readings and activities as links.
 */
export function assignmentCartridge(catalogue: Catalogue, a: Assignment, abs: (path: string) => string, shareUrl: string): CartridgeSpec {
  const title = a.title || 'Assignment';
  const description = [a.due ? `Due ${dayInWords(a.due)}.` : '', a.instructions].filter(Boolean).join(' ') || `${title} (kzprotest course)`;
  const lessons = a.lessons.map((id) => lessonById(catalogue, id)).filter((l): l is LessonSummary => Boolean(l));
  const chosenOf = (l: LessonSummary) =>
    a.questions.filter((q) => q.startsWith(`${l.id}#`)).flatMap((q) => {
      const text = questionText(catalogue, q);
      return text ? [{ n: Number(q.slice(l.id.length + 1)), text }] : [];
    });
  const discussions = lessons.flatMap((l) => discussionTopics(l, chosenOf(l), abs(l.permalink)));
  const quizzes: CartridgeQuiz[] = lessons.filter((l) => l.selfChecks?.length).map((l) => ({ kind: 'quiz', title: `Self-check: ${l.title}`, questions: l.selfChecks! }));
  const assignment: CartridgeAssignment = { kind: 'assignment', title, instructions: a.instructions, ...(a.due ? { due: a.due } : {}), questions: lessons.flatMap((l) => chosenOf(l).map((q) => q.text)), url: shareUrl };
  return {
    title,
    description,
    folders: [
      { title, items: [assignment, { title: `${title}: the assignment and handout`, url: shareUrl }] },
      ...(discussions.length ? [{ title: 'Discussion', items: discussions }] : []),
      ...(quizzes.length ? [{ title: 'Self-checks', items: quizzes }] : []),
      ...(lessons.length ? [{ title: 'Lessons', items: lessons.map((l) => ({ title: l.title, url: abs(l.permalink) })) }] : []),
      ...(a.readings.length ? [{ title: 'Readings', items: readingLinks(chosenReadings(catalogue, a), abs) }] : []),
      ...(a.activities.length ? [{ title: 'Activities', items: chosenActivities(catalogue, a).map((x) => ({ title: `${x.title} (${x.moduleTitle})`, url: abs(x.permalink) })) }] : []),
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
