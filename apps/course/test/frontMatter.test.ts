import { describe, expect, it } from 'vitest';
import { sources } from '@kzprotest/data';
import { validateFrontMatter } from '../plugins/kzdata/frontMatter';
import { samplePlan } from './fixtures/lessonPlan';

const file = 'docs/99-test/lesson.mdx';
const reading = sources.find((s) => s.contentWarnings.length === 0) ?? sources[0]!;

function lesson(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'A lesson',
    questions: ['What happened?'],
    objectives: ['Name the sources that disagree.'],
    keypoints: ['Sources disagree.'],
    time: 30,
    readings: [reading.id],
    contentWarning: [...reading.contentWarnings],
    plan: samplePlan(30),
    ...overrides,
  };
}

describe('lesson front matter', () => {
  it('accepts a complete lesson and adds the readings as source cards', async () => {
    const result = (await validateFrontMatter(lesson(), file)) as { kz: { readingCards: { id: string; citation: string }[] } };
    expect(result.kz.readingCards.map((c) => c.id)).toEqual([reading.id]);
    expect(result.kz.readingCards[0]!.citation).toContain(reading.title);
  });

  it('rejects a lesson without objectives, naming the file and the field', async () => {
    const { objectives: _, ...rest } = lesson();
    await expect(validateFrontMatter(rest, file)).rejects.toThrow(/docs\/99-test\/lesson\.mdx[\s\S]*field "objectives"/);
  });

  it('rejects an empty objectives list', async () => {
    await expect(validateFrontMatter(lesson({ objectives: [] }), file)).rejects.toThrow(/field "objectives": needs at least one objective/);
  });

  it('rejects an unknown reading id, naming the file, the field and the id', async () => {
    const bad = validateFrontMatter(lesson({ readings: [reading.id, 'no-such-source'] }), file);
    await expect(bad).rejects.toThrow(/docs\/99-test\/lesson\.mdx/);
    await expect(bad).rejects.toThrow(/field "readings\.1": "no-such-source" is not a source id/);
  });

  it('rejects a reading that is a record of another collection', async () => {
    await expect(validateFrontMatter(lesson({ readings: ['zhanaozen'] }), file)).rejects.toThrow(/field "readings\.0": "zhanaozen" is not a source id/);
  });

  it('requires a content warning when a reading discusses death or violence', async () => {
    const grave = sources.find((s) => s.contentWarnings.includes('death'))!;
    await expect(validateFrontMatter(lesson({ readings: [grave.id], contentWarning: undefined }), file)).rejects.toThrow(
      /field "contentWarning": the readings discuss .*death/,
    );
    await expect(validateFrontMatter(lesson({ readings: [grave.id], contentWarning: grave.contentWarnings }), file)).resolves.toBeDefined();
  });

  it('rejects a missing time and a time that is not minutes', async () => {
    await expect(validateFrontMatter(lesson({ time: undefined }), file)).rejects.toThrow(/field "time"/);
    await expect(validateFrontMatter(lesson({ time: '30 min' }), file)).rejects.toThrow(/field "time": must be a number of minutes/);
  });

  it('lets pages (kind: page) through with a title only', async () => {
    await expect(validateFrontMatter({ kind: 'page', title: 'Glossary' }, 'docs/00-orientation/glossary.mdx')).resolves.toMatchObject({ title: 'Glossary' });
    await expect(validateFrontMatter({ kind: 'page' }, 'docs/00-orientation/glossary.mdx')).rejects.toThrow(/glossary\.mdx[\s\S]*field "title"/);
  });
});
