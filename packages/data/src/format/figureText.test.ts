import { describe, expect, it } from 'vitest';
import type { Figure } from '../schema/index.js';
import { figureChangeText, figureNumberText, figureText, figureValueText, readFigure, unitText } from './figureText.js';

const figure = (f: Partial<Figure>): Figure => ({ property: 'killed', qualifier: 'none', unit: 'people', raw: '16', ...f }) as Figure;

describe('the readings of a figure', () => {
  it('reads a number, a range and each open bound in the exports\' words', () => {
    expect(readFigure(figure({ value: 16, qualifier: 'at least' }))).toBe('at least 16');
    expect(readFigure(figure({ min: 10, max: 20 }))).toBe('10–20');
    expect(readFigure(figure({ min: 200, qualifier: 'hundreds' }))).toBe('hundreds (200 or more)');
    expect(readFigure(figure({ max: 20, qualifier: 'up to' }))).toBe('up to (up to 20)');
  });

  it('gives a table cell and the bare number of <Figure show="value">', () => {
    expect(figureValueText(figure({ min: 200 }))).toBe('from 200');
    expect(figureValueText(figure({ max: 20 }))).toBe('up to 20');
    expect(figureNumberText(figure({ min: 200 }))).toBe('200');
    expect(figureNumberText(figure({ min: 10, max: 20 }))).toBe('10–20');
  });

  it('writes running text with the unit, and keeps words the source gives without digits as printed', () => {
    expect(figureText(figure({ value: 16, qualifier: 'at least', raw: 'at least 16' }))).toBe('at least 16 people');
    expect(figureText(figure({ value: 12000, raw: '12,000' }))).toBe('12,000 people');
    expect(figureText(figure({ value: 1, raw: 'one person' }))).toBe('one person');
    expect(figureText(figure({ min: 200, qualifier: 'hundreds', raw: 'hundreds' }))).toBe('hundreds');
    expect(figureText(figure({ min: 3, raw: 'more than 3' }))).toBe('more than 3');
    expect(unitText({ unit: 'people', value: 1 })).toBe(' person');
    expect(unitText({ unit: 'percent', value: 5 })).toBe('%');
  });

  it('names what a figure counts in a release note, with the words as printed', () => {
    expect(figureChangeText(figure({ value: 16, qualifier: 'at least', raw: 'at least 16' }))).toBe('killed at least 16 people ("at least 16")');
    expect(figureChangeText(figure({ min: 3, raw: '3+' }))).toBe('killed min 3 people ("3+")');
    expect(figureChangeText(figure({ max: 9, raw: 'up to 9' }))).toBe('killed max 9 people ("up to 9")');
  });
});
