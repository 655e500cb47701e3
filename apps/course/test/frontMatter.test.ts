import { describe, expect, it } from 'vitest';
import { sources } from '@kzprotest/data';
import { validateFrontMatter } from '../plugins/kzdata/frontMatter';

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
    ...overrides,
  };
}

describe('lesson front matter', () => {
  it('accepts a complete lesson and adds the readings as source cards', () => {
    const result = validateFrontMatter(lesson(), file) as { kz: { readingCards: { id: string; citation: string }[] } };
    expect(result.kz.readingCards.map((c) => c.id)).toEqual([reading.id]);
    expect(result.kz.readingCards[0]!.citation).toContain(reading.title);
  });

  it('rejects a lesson without objectives, naming the file and the field', () => {
    const { objectives: _, ...rest } = lesson();
    expect(() => validateFrontMatter(rest, file)).toThrow(/docs\/99-test\/lesson\.mdx[\s\S]*field "objectives"/);
  });

  it('rejects an empty objectives list', () => {
    expect(() => validateFrontMatter(lesson({ objectives: [] }), file)).toThrow(/field "objectives": needs at least one objective/);
  });

  it('rejects an unknown reading id, naming the file, the field and the id', () => {
    const bad = () => validateFrontMatter(lesson({ readings: [reading.id, 'no-such-source'] }), file);
    expect(bad).toThrow(/docs\/99-test\/lesson\.mdx/);
    expect(bad).toThrow(/field "readings\.1": "no-such-source" is not a source id/);
  });

  it('rejects a reading that is a record of another collection', () => {
    expect(() => validateFrontMatter(lesson({ readings: ['zhanaozen'] }), file)).toThrow(/field "readings\.0": "zhanaozen" is not a source id/);
  });

  it('requires a content warning when a reading discusses death or violence', () => {
    const grave = sources.find((s) => s.contentWarnings.includes('death'))!;
    expect(() => validateFrontMatter(lesson({ readings: [grave.id], contentWarning: undefined }), file)).toThrow(
      /field "contentWarning": the readings discuss .*death/,
    );
    expect(() => validateFrontMatter(lesson({ readings: [grave.id], contentWarning: grave.contentWarnings }), file)).not.toThrow();
  });

  it('rejects a missing time and a time that is not minutes', () => {
    expect(() => validateFrontMatter(lesson({ time: undefined }), file)).toThrow(/field "time"/);
    expect(() => validateFrontMatter(lesson({ time: '30 min' }), file)).toThrow(/field "time": must be a number of minutes/);
  });

  it('lets pages (kind: page) through with a title only', () => {
    expect(validateFrontMatter({ kind: 'page', title: 'Glossary' }, 'docs/00-orientation/glossary.mdx')).toMatchObject({ title: 'Glossary' });
    expect(() => validateFrontMatter({ kind: 'page' }, 'docs/00-orientation/glossary.mdx')).toThrow(/glossary\.mdx[\s\S]*field "title"/);
  });
});
