/**
 * Fold a name for matching: no diacritics, no case, punctuation as spaces.
 * @example normalizeName('Algha! (Forward!)') // "algha forward"
 */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
