/**
 * The self-checks of the lessons (`<Check claim|event>` in their MDX), each with the answer the
 * data gives, for the assignment cartridge's quizzes: the claim's quote and whose words it is, or
 * the event's date and title, as the teacher guide gives them.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as kz from '@kzprotest/data';
import { claimView, eventSummary } from '../kzdata/views/index';
import { flowText, voiceOf } from '../../src/components/kz/data';
import type { Catalogue, SelfCheck } from '../../src/components/teacher/types';
import type { LoadedDoc } from './catalogue';
import { checks } from './guides';

/** A lesson's self-checks from its MDX text. @example selfChecksOf('<Check event="kozlov-trial-2012">When?</Check>')[0].answer */
export function selfChecksOf(mdx: string): SelfCheck[] {
  return checks(mdx).map((c) => {
    if (c.claim) {
      const claim = claimView(kz.get(c.claim, 'claims'));
      return { question: c.question, answer: `“${flowText(claim.quote)}” (${voiceOf(claim)})` };
    }
    const event = eventSummary(kz.get(c.event!, 'events'));
    return { question: c.question, answer: `${event.dateLabel}: ${event.title}` };
  });
}

/** Adds each lesson's self-checks to the catalogue, read from the lesson files the docs plugin loaded. */
export async function addSelfChecks(catalogue: Catalogue, docs: LoadedDoc[], siteDir: string): Promise<void> {
  const sourceOf = new Map(docs.map((d) => [d.id, d.source]));
  for (const lesson of catalogue.modules.flatMap((m) => m.lessons)) {
    const source = sourceOf.get(lesson.id);
    if (!source) continue;
    const file = path.join(siteDir, source.replace(/^@site\//, ''));
    const found = selfChecksOf(await readFile(file, 'utf8'));
    if (found.length) lesson.selfChecks = found;
  }
}
