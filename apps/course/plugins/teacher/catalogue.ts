/**
 * The course as a teacher chooses from it: modules (the folders of docs/), their lessons with
 * questions, objectives, time and readings, and every source as a reading with citations.
 * Built from the docs plugin's loaded docs, whose front matter the kzdata hook has validated.
 */
import * as kz from '@kzprotest/data';
import type { Catalogue, LessonSummary, ModuleSummary, ReadingView } from '../../src/components/teacher/types';
import { isLesson, moduleSlug } from '../../src/course';
import { readingView } from './citations';

/** The fields of a loaded doc that the catalogue reads. */
export interface LoadedDoc {
  id: string;
  title: string;
  permalink: string;
  source: string;
  sourceDirName: string;
  sidebarPosition?: number;
  frontMatter: Record<string, unknown>;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** The module folder of a doc ("01-oil-labour-2011-strike"), or undefined for top-level docs. */
export function moduleOf(doc: LoadedDoc): string | undefined {
  const first = doc.sourceDirName.split('/')[0];
  return first && first !== '.' ? first : undefined;
}

function lessonSummary(doc: LoadedDoc, module: string): LessonSummary {
  const fm = doc.frontMatter;
  return {
    id: doc.id,
    title: doc.title,
    permalink: doc.permalink,
    module,
    questions: strings(fm.questions),
    objectives: strings(fm.objectives),
    keypoints: strings(fm.keypoints),
    time: typeof fm.time === 'number' ? fm.time : 0,
    readings: strings(fm.readings),
    contentWarning: strings(fm.contentWarning),
    ...(typeof fm.contentNote === 'string' ? { contentNote: fm.contentNote } : {}),
  };
}

const byPosition = (a: LoadedDoc, b: LoadedDoc) =>
  (a.sidebarPosition ?? Number.MAX_SAFE_INTEGER) - (b.sidebarPosition ?? Number.MAX_SAFE_INTEGER) || a.id.localeCompare(b.id);

/** Modules in folder order, each with its lessons in sidebar order and its guide (from the teach docs, same folder name). */
export function modulesOf(docs: LoadedDoc[], guides: LoadedDoc[] = []): ModuleSummary[] {
  const folders = [...new Set(docs.map(moduleOf).filter((m): m is string => Boolean(m)))].sort();
  return folders.map((folder) => {
    const inModule = docs.filter((d) => moduleOf(d) === folder).sort(byPosition);
    const overview = inModule.find((d) => d.frontMatter.kind === 'page' && /(^|\/)index$/.test(d.id)) ?? inModule.find((d) => d.frontMatter.kind === 'page');
    // the module's folder in teach/ also holds its lesson plans; the guide is guide.mdx
    const guide = guides.find((g) => moduleOf(g) === folder && /(^|\/)guide$/.test(g.id));
    const lessons = inModule.filter((d) => isLesson(d.frontMatter)).map((d) => lessonSummary(d, folder));
    return {
      id: folder,
      slug: moduleSlug(folder),
      title: overview?.title ?? folder,
      ...(overview ? { permalink: overview.permalink } : {}),
      ...(guide ? { guide: guide.permalink } : {}),
      lessons,
      readings: [...new Set(lessons.flatMap((l) => l.readings))],
    };
  });
}

/** Every source as a reading (five sources: small enough for the builder to carry). */
export async function allReadings(): Promise<Record<string, ReadingView>> {
  return Object.fromEntries(await Promise.all(kz.sources.map(async (s) => [s.id, await readingView(s.id)] as const)));
}

/** The whole catalogue for the assignment builder. */
export async function catalogueOf(docs: LoadedDoc[], guides: LoadedDoc[] = []): Promise<Catalogue> {
  return { modules: modulesOf(docs, guides), readings: await allReadings() };
}
