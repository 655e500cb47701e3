import type { Figure } from '../schema/index.js';

type Amount = Pick<Figure, 'value' | 'min' | 'max'>;

/** How an amount with only one bound is worded: "(16 or more)", "from 16", "min 16", … */
export interface OpenBoundWords {
  atLeast: (min: number) => string;
  atMost: (max: number) => string;
}

/**
 * A figure's number or range ("16", "10–20"), its open bounds worded as asked; empty when it
 * has none. Every reading of a figure below is this amount with its own words around it.
 * @example figureAmount({ min: 200 }, { atLeast: (n) => `from ${n}`, atMost: (n) => `up to ${n}` }) // "from 200"
 */
export function figureAmount(f: Amount, open: OpenBoundWords, number: (n: number) => string = String): string {
  if (f.value !== undefined) return number(f.value);
  if (f.min !== undefined && f.max !== undefined) return `${number(f.min)}–${number(f.max)}`;
  if (f.min !== undefined) return open.atLeast(f.min);
  if (f.max !== undefined) return open.atMost(f.max);
  return '';
}

const hedgeOf = (f: Pick<Figure, 'qualifier'>) => (f.qualifier && f.qualifier !== 'none' ? `${f.qualifier} ` : '');

/**
 * A figure's reading as words, for exports: "16", "at least 16", "10–20", "hundreds (200 or more)".
 * @example readFigure({ qualifier: 'at least', value: 16, … }) // "at least 16"
 */
export function readFigure(f: Pick<Figure, 'value' | 'min' | 'max' | 'qualifier'>): string {
  return `${hedgeOf(f)}${figureAmount(f, { atLeast: (n) => `(${n} or more)`, atMost: (n) => `(up to ${n})` })}`;
}

/**
 * The data's reading of a figure as a table cell: a number, a range, or an open bound.
 * @example figureValueText({ min: 200 }) // "from 200"
 */
export function figureValueText(f: Amount): string {
  return figureAmount(f, { atLeast: (n) => `from ${n}`, atMost: (n) => `up to ${n}` });
}

/**
 * A figure's number or its one bound, bare: what `<Figure show="value">` prints.
 * @example figureNumberText({ min: 10, max: 20 }) // "10–20"
 */
export function figureNumberText(f: Amount): string {
  return figureAmount(f, { atLeast: String, atMost: String });
}

/**
 * A figure in a release note, with what it counts and the words as printed.
 * @example figureChangeText({ property: 'killed', qualifier: 'at least', value: 16, unit: 'people', raw: 'at least 16' }) // 'killed at least 16 people ("at least 16")'
 */
export function figureChangeText(f: Partial<Figure>): string {
  const amount = figureAmount(f, { atLeast: (n) => `min ${n}`, atMost: (n) => `max ${n}` }) || `max ${f.max}`;
  return `${f.property} ${hedgeOf(f as Pick<Figure, 'qualifier'>)}${amount}${f.unit ? ` ${f.unit}` : ''} ("${f.raw}")`;
}

const SINGULAR: Partial<Record<Figure['unit'], string>> = { people: 'person', organizations: 'organization', years: 'year', months: 'month', days: 'day', hours: 'hour' };

/**
 * The unit as a reader says it after the figure: "1 person", "16 people", "5%".
 * @example unitText({ unit: 'people', value: 1 }) // " person"
 */
export function unitText(figure: Pick<Figure, 'unit' | 'value' | 'max'>): string {
  if (figure.unit === 'percent') return '%';
  const one = (figure.value ?? figure.max) === 1;
  return ` ${one ? (SINGULAR[figure.unit] ?? figure.unit) : figure.unit}`;
}

/**
 * Qualifier, number and unit for running text ("at least 16 people"). A figure the source gives
 * only in words ("several thousand", "hundreds") or as an open range is shown as printed.
 * @example figureText({ qualifier: 'at least', value: 16, unit: 'people', raw: 'at least 16', … }) // "at least 16 people"
 */
export function figureText(figure: Figure): string {
  const n = (x: number) => x.toLocaleString('en-GB');
  const inDigits = /\d/.test(figure.raw);
  const closed = figure.value !== undefined || (figure.min !== undefined && figure.max !== undefined);
  if (!inDigits || !closed) return figure.raw;
  return `${hedgeOf(figure)}${figureAmount(figure, { atLeast: String, atMost: String }, n)}${unitText(figure)}`;
}
