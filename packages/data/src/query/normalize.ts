// made at the first call, not at import: V8 checks a \p{…} regex literal, Unicode tables and all,
// when it compiles the module, which cost every import about 0.3 ms (BENCHMARKS.md, import)
let marks: RegExp | undefined;
let nonWordRuns: RegExp | undefined;

/**
 * Fold a name for matching: no diacritics, no case, punctuation as spaces.
 * @example normalizeName('Algha! (Forward!)') // "algha forward"
 */
export function normalizeName(text: string): string {
  marks ??= new RegExp('\\p{M}', 'gu');
  nonWordRuns ??= new RegExp('[^\\p{L}\\p{N}]+', 'gu');
  return text.normalize('NFKD').replace(marks, '').toLowerCase().replace(nonWordRuns, ' ').trim();
}
