/** Offsets at which each line of a text starts (index 0 is line 1). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** [start, end) of lines first..last (1-based, inclusive), without the last line's break. */
export function lineRange(starts: number[], textLength: number, first: number, last: number): [number, number] {
  const start = starts[first - 1]!;
  const next = starts[last];
  return [start, next === undefined ? textLength : next - 1];
}

/** The 1-based line an offset lies on. */
export function lineOfOffset(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Whether `name` occurs in `text` as a whole word or phrase (not inside a longer word). */
export function containsName(rawText: string, name: string): boolean {
  // a hard-wrapped seed breaks names across lines ("Rule of\nLaw")
  const text = rawText.replace(/\s+/g, ' ');
  const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + name.length])) return true;
  }
  return false;
}
